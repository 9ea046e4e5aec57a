// In the popup, when the active tab shows a PDF: the browser's own viewer lets no extension in,
// so PT Lens offers to open the same document in its own viewer.
import ui from '../popup/ui.module.css';

export function ReadPdfOffer({ onRead }: { onRead: () => void }) {
  return (
    <div class={ui.note}>
      <p>This tab shows a PDF. PT Lens can explain its terms in its own reader.</p>
      <button type="button" class={ui.button} onClick={onRead}>
        Read this PDF with PT Lens
      </button>
      <p>PT Lens fetches this one document, from its own address, when you choose this.</p>
    </div>
  );
}
