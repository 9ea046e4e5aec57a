// Turns what the reader asked for into a document to show: the bytes of a web address or of a
// chosen file, opened as a PDF with pdf.js, or read as text (an HTML file's text only: its markup
// and scripts are dropped, never shown or run).
import { documentKind, paragraphs, startsLikePdf } from '../../pdf/file-kind';
import { BlockedError, UnreachableError } from '../../pdf/load-failure';
import { hasText, openPdf, type PdfDocument } from './pdf-engine';

export type OpenedDocument =
  | { kind: 'pdf'; name: string; doc: PdfDocument; hasText: boolean }
  | { kind: 'text'; name: string; paragraphs: string[] };

export interface DocumentBytes {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * The one request PT Lens makes: the document the reader asked to read, on their click. No
 * cookies go with it (so a site learns no more than that its file was fetched again, and a host
 * that shares its files with any origin can answer).
 */
export async function fetchDocument(url: string, name: string): Promise<DocumentBytes> {
  const response = await fetch(url, { credentials: 'omit' }).catch((err: unknown) => {
    throw new BlockedError(String(err));
  });
  if (!response.ok) throw new UnreachableError(`${response.status}`);
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  return { name, type, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export async function readFile(file: File): Promise<DocumentBytes> {
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function openDocument(input: DocumentBytes): Promise<OpenedDocument> {
  const kind = documentKind(input.name, input.type);
  // An empty or damaged file named .pdf goes to pdf.js, which says which it is.
  if (kind === 'pdf' || startsLikePdf(input.bytes)) {
    const doc = await openPdf(input.bytes);
    return { kind: 'pdf', name: input.name, doc, hasText: await hasText(doc) };
  }
  if (kind === 'other') {
    throw Object.assign(new Error('not a document'), { name: 'NotReadableError' });
  }
  const text = new TextDecoder().decode(input.bytes);
  return {
    kind: 'text',
    name: input.name,
    paragraphs: kind === 'html' ? htmlParagraphs(text) : paragraphs(text),
  };
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, td, th, figcaption';

/** An HTML file's prose: the text of its headings, paragraphs and list items, in order. */
function htmlParagraphs(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter(
    (el) => !el.parentElement?.closest(BLOCKS),
  );
  const texts = blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  const found = texts.filter(Boolean);
  return found.length ? found : paragraphs(doc.body.textContent ?? '');
}
