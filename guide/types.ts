// The shapes of the guide's words: glossary entries, guide sections and their sources.
// Plain data types only: nothing here knows about the DOM, storage or the browser.

export const CATEGORIES = [
  'condition',
  'symptom',
  'treatment',
  'exercise',
  'medication',
  'body',
  'care',
  'research',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SECTION_IDS = [
  'what-is-pt',
  'in-a-session',
  'chronic-pain',
  'why-it-hurts',
  'at-home',
  'how-long',
  'bottom-line',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * Context cues that tell an ambiguous alias's glossary sense from its everyday senses.
 * All cue words are matched case-insensitively against whole words.
 */
export interface AmbiguityCues {
  /** The everyday senses, in plain words, e.g. "Pacific Time" for PT. */
  otherSenses: readonly string[];
  /** Words or phrases that, directly before the alias, mean it is NOT the glossary sense. */
  notAfter?: readonly string[];
  /** Words or phrases that, directly after the alias, mean it is NOT the glossary sense. */
  notBefore?: readonly string[];
  /** Words anywhere in the same sentence that mean it IS the glossary sense. */
  supportWords?: readonly string[];
  /** When true, the alias counts only if the sentence (or page) has a support word. */
  needsSupport?: boolean;
}

export interface Alias {
  text: string;
  /** Abbreviations match case-sensitively ("TENS" is not "tens"). */
  caseSensitive?: boolean;
  /** Present when the alias has everyday meanings beside the glossary one. */
  ambiguous?: AmbiguityCues;
}

export interface GlossaryEntry {
  /** Stable kebab-case id, used in deep links: never change one once shipped. */
  id: string;
  /** The display term, e.g. "Delayed onset muscle soreness (DOMS)". */
  term: string;
  /** Other words that mean this entry (not inflections: the term engine makes those). */
  aliases: readonly Alias[];
  category: Category;
  /** Tooltip text: at most 35 words, Flesch-Kincaid grade 8 or lower. */
  short: string;
  /** Fuller explanation: at most 120 words, grade 9 or lower. */
  more: string;
  section: SectionId;
  related: readonly string[];
  /** Corrects the source guide, naming the better source. */
  note?: string;
  /** Medicines and risky treatments: risks, no doses, ask your clinician. */
  safety?: string;
  /** Named reliable sources for the facts in this entry, e.g. 'MedlinePlus, "Rheumatoid Arthritis"'. */
  sources: readonly string[];
}

export type GuideBlock = { kind: 'p'; text: string } | { kind: 'list'; items: string[] };

export interface GuideSection {
  id: SectionId;
  title: string;
  blocks: readonly GuideBlock[];
}
