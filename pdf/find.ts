// The viewer's find: where a phrase occurs in each page's text, ignoring case and how the
// spaces and line breaks between its words fall.

export interface FoundAt {
  /** 1-based page number. */
  page: number;
  /** Which occurrence on its page (0 is the first). */
  nth: number;
}

/** The phrase as a pattern: its words in order, any run of spaces or line breaks between them. */
export function findPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+'), 'giu');
}

export function findInPages(pages: readonly string[], query: string): FoundAt[] {
  const pattern = findPattern(query);
  if (!pattern) return [];
  const found: FoundAt[] = [];
  pages.forEach((text, i) => {
    const count = [...text.matchAll(pattern)].length;
    for (let nth = 0; nth < count; nth++) found.push({ page: i + 1, nth });
  });
  return found;
}

/** "2 of 5", or a plain "Not found". */
export function findLabel(at: number, total: number): string {
  return total === 0 ? 'Not found' : `${at + 1} of ${total}`;
}
