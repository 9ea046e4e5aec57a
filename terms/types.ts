// What the term engine returns for a piece of text.

export interface TermMatch {
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  entryId: string;
  /** The alias (base form) that matched, as written in the glossary. */
  alias: string;
}

export interface Matcher {
  /** Sorted, non-overlapping matches in `text`. */
  find(text: string): TermMatch[];
}
