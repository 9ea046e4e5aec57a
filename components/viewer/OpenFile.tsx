// "Open a file": a file picker and a place to drop one, for PDFs, text and HTML files. The file is
// read in the browser; nothing is sent anywhere.
import { useState } from 'preact/hooks';

export const ACCEPTED = '.pdf,application/pdf,.txt,text/plain,.html,.htm,text/html';

export interface OpenFileProps {
  onFile: (file: File) => void;
}

export function OpenFile({ onFile }: OpenFileProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'open-file open-file-over' : 'open-file'}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <p>Drop a PDF, text or HTML file here, or</p>
      <label class="open-file-pick">
        Open a file
        <input
          type="file"
          accept={ACCEPTED}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p class="open-file-note">The file is read here, on your computer. Nothing is uploaded.</p>
    </div>
  );
}
