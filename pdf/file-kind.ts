// What kind of document a chosen file is, from its type and name: the viewer shows a PDF with
// pdf.js, and text or HTML as plain paragraphs (an HTML file's markup is never run or shown).

export type DocumentKind = 'pdf' | 'text' | 'html' | 'other';

export function documentKind(name: string, type = ''): DocumentKind {
  const lower = name.toLowerCase();
  if (type === 'application/pdf' || lower.endsWith('.pdf')) return 'pdf';
  if (type === 'text/html' || /\.x?html?$/.test(lower)) return 'html';
  if (type.startsWith('text/') || /\.(txt|text|md)$/.test(lower)) return 'text';
  return 'other';
}

/** A PDF starts with "%PDF-" (some have a few bytes before it): sniffed, as a name can lie. */
export function startsLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Plain text as paragraphs: blank lines part them; single line breaks stay inside one. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
