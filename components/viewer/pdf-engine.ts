// pdf.js behind three calls: open a document, draw a page, lay its text out. Its worker is a file
// of our own package (bundled by the build from pdfjs-dist), never fetched from the network; this
// module is imported by the viewer page only, so web pages never load pdf.js.
import {
  GlobalWorkerOptions,
  TextLayer,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfDocument = PDFDocumentProxy;
export type PdfPage = PDFPageProxy;

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  // No fonts, CMaps or scripts from elsewhere: what the file holds and the standard fonts'
  // built-in substitutes are all pdf.js may use.
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: true,
    stopAtErrors: false,
  }).promise;
}

export interface PageSize {
  width: number;
  height: number;
}

export function pageSize(page: PdfPage, zoom: number): PageSize {
  const { width, height } = page.getViewport({ scale: zoom });
  return { width, height };
}

export interface DrawnPage {
  /** Resolves when the picture and the text layer are both in place. */
  done: Promise<void>;
  /** Stops drawing (the page scrolled away or the zoom changed). */
  cancel(): void;
}

/**
 * Draws `page` into `canvas` and lays its text out in a layer that takes the place of
 * `textLayer`: spans of transparent text over the picture, so it can be selected, copied, found
 * and explained.
 */
export function drawPage(o: {
  page: PdfPage;
  zoom: number;
  canvas: HTMLCanvasElement;
  textLayer: HTMLElement;
  /** False when only the picture is drawn again (its text layer is still right). */
  withText?: boolean;
}): DrawnPage {
  const viewport = o.page.getViewport({ scale: o.zoom });
  const ratio = window.devicePixelRatio || 1;
  o.canvas.width = Math.floor(viewport.width * ratio);
  o.canvas.height = Math.floor(viewport.height * ratio);
  const task: RenderTask = o.page.render({
    canvas: o.canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  });
  // Laid out apart and put in place whole: the lens reads a page's text once, complete, not
  // while pdf.js is still adding its runs (a half-made line could hide a term).
  const fresh = document.createElement('div');
  fresh.className = o.textLayer.className;
  const text =
    o.withText === false
      ? null
      : new TextLayer({
          textContentSource: o.page.streamTextContent(),
          container: fresh,
          viewport,
        });
  const laidOut = text?.render().then(() => {
    joinLines(fresh);
    o.textLayer.replaceWith(fresh);
  });
  return {
    done: Promise.all([task.promise, laidOut]).then(() => undefined),
    cancel: () => {
      task.cancel();
      text?.cancel();
    },
  };
}

/**
 * pdf.js ends each line with a <br>, which PT Lens reads as the end of a block; a space at the
 * end of the line's last run keeps a term that wraps ("range of / motion") one run of words, and
 * sits where the line ends, so a wrapped term's mark and card stay on its words. A space, not a
 * line break: most of a PDF's line ends are wrapped lines, and the lens takes a line break for
 * the end of a sentence (which would hide the words that tell one sense of a term from another).
 */
function joinLines(layer: HTMLElement): void {
  for (const br of [...layer.querySelectorAll('br')]) {
    const last = br.previousSibling;
    if (last instanceof HTMLElement && last.tagName === 'SPAN') last.append(' ');
    else br.before(document.createTextNode(' '));
    br.remove();
  }
}

/** Whether a document has any text at all, asked of its first pages (a scan has none). */
export async function hasText(doc: PdfDocument, pages = 3): Promise<boolean> {
  for (let n = 1; n <= Math.min(pages, doc.numPages); n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    if (content.items.some((item) => 'str' in item && /\S/.test(item.str))) return true;
  }
  return false;
}
