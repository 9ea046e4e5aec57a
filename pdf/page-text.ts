// The text of a PDF page as pdf.js reports it (runs of text, some ending a line), joined into the
// prose a reader sees: a line's end is a space, as in the viewer's text layer, so a term that
// wraps ("range of / motion") is still one run of words and a wrapped line does not end its
// sentence. Used by find and the command line; the viewer keeps pdf.js's own layer.

/** The part of a pdf.js text item this needs (TextItem; marked-content items have no `str`). */
export interface TextRun {
  str?: string;
  hasEOL?: boolean;
}

export function pageText(items: readonly (TextRun | object)[]): string {
  let text = '';
  for (const item of items as readonly TextRun[]) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += ' ';
  }
  return text;
}

/** True when no page has a visible character: the document is pictures only. */
export function hasNoText(pages: readonly string[]): boolean {
  return pages.every((p) => !/\S/.test(p));
}
