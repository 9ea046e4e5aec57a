// Reads a PDF's text for the scan command, page by page, with pdf.js's Node build: each page is
// one block, its lines joined as the viewer joins them (pdf/page-text.ts). A file with no text, or
// one that will not open, is refused with the viewer's plain words.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadFailure, NO_TEXT_MESSAGE } from '../../pdf/load-failure';
import { hasNoText, pageText } from '../../pdf/page-text';

export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes the buffer over: give it a copy, never the caller's.
  const loading = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
  });
  let doc;
  try {
    doc = await loading.promise;
  } catch (error) {
    await loading.destroy();
    throw new Error(loadFailure(error).message, { cause: error });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
    if (hasNoText(pages)) throw new Error(NO_TEXT_MESSAGE);
    return pages;
  } finally {
    await doc.destroy();
  }
}
