// "Open a file" on the app page: a file picker in the header and drag and drop anywhere on the
// page, for a PDF, text or HTML file, which then opens in PT Lens's reader.
import { useEffect } from 'preact/hooks';
import ui from '../popup/ui.module.css';
import { ACCEPTED } from './OpenFile';

export function OpenFileButton({ onFile }: { onFile: (file: File) => void }) {
  useEffect(() => {
    const over = (e: DragEvent): void => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent): void => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      onFile(file);
    };
    addEventListener('dragover', over);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('drop', drop);
    };
  }, [onFile]);
  return (
    <label class={ui.button} title="Open a PDF, text or HTML file, or drop one on this page">
      Open a file
      <input
        type="file"
        accept={ACCEPTED}
        style={{ position: 'absolute', opacity: 0, width: '1px', height: '1px' }}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}
