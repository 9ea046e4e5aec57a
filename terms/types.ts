// What the term engine returns for a piece of text.
import type { AmbiguityCues } from '../guide/types';

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

/** What the matcher needs of a glossary alias: its text, case rule, context cues and forms. */
export interface MatchAlias {
  text: string;
  caseSensitive?: boolean;
  /** The cues that decide an ambiguous alias (the everyday senses' names stay in the guide). */
  ambiguous?: Omit<AmbiguityCues, 'otherSenses'>;
  /** Inflected forms made at build time ("NSAIDs", "iced"). */
  forms?: readonly string[];
}

/** What the matcher needs of a glossary entry: no explanations, so it stays small on pages. */
export interface MatchEntry {
  id: string;
  aliases: readonly MatchAlias[];
}
