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
  /** Words anywhere in the same sentence that mean it is NOT the glossary sense ("scan" for ultrasound). */
  notInSentence?: readonly string[];
  /** When true, the alias counts only if the sentence (or page) has a support word. */
  needsSupport?: boolean;
}

/**
 * What an alias is to its entry. Every kind names the same thing as the entry, so the entry's
 * explanation is true of the alias: a symptom, a broader or a narrower idea is never an alias
 * (it is a "see also" in `related`, or an entry of its own).
 */
export const ALIAS_KINDS = [
  /** The entry's own name, as its term writes it ("Sciatica"). */
  'name',
  /** Another name for the same thing ("slipped disc" for herniated disc). */
  'synonym',
  /** A short form that expands to the entry's name ("NSAID"). */
  'abbreviation',
  /** The same word spelled another way: UK spelling, a hyphen, a space ("oedema"). */
  'spelling',
  /** Another grammatical form of the same word: a plural or an adjective ("arthritic"). */
  'form',
  /** A brand name of this very medicine or product ("Advil" for ibuprofen). */
  'brand',
] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface Alias {
  text: string;
  kind: AliasKind;
  /** For an abbreviation whose long form is none of the entry's names: what it stands for. */
  expansion?: string;
  /** Abbreviations match case-sensitively ("TENS" is not "tens"). */
  caseSensitive?: boolean;
  /** Present when the alias has everyday meanings beside the glossary one. */
  ambiguous?: AmbiguityCues;
}

/** A named source for an entry's facts. */
export interface Source {
  /** Named plainly, as a patient would look it up: 'MedlinePlus, "Sciatica"'. */
  name: string;
  /** Present when the source is a copy, summary, mirror or news report: why it is weak. */
  weak?: string;
}

/** How soon to get help, from the most urgent. */
export const HELP_URGENCIES = ['emergency', 'same-day', 'soon'] as const;
export type HelpUrgency = (typeof HELP_URGENCIES)[number];

/** When to get help: the signs, in plain words, and how soon. */
export interface GetHelp {
  urgency: HelpUrgency;
  /** Starts with the signs and says what to do: "Chest pain or slurred speech: call 911 ...". */
  text: string;
}

/** A word that was considered as an alias and is not one, and why (the alias audit). */
export interface NotAlias {
  text: string;
  why: string;
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
  /** "See also": related entries (a symptom, a broader or a narrower idea), by id. */
  related: readonly string[];
  /** Corrects the source guide, naming the better source. */
  note?: string;
  /** Medicines and risky treatments: risks and who should not use it, no doses. */
  safety?: string;
  /** When to get help. Medicines, treatments and symptoms have one, or say in `noGetHelp` why not. */
  getHelp?: GetHelp;
  /** Why an entry of a kind that usually has a get-help line has none. */
  noGetHelp?: string;
  /** Words the alias audit kept out of `aliases`, and why. */
  notAliases?: readonly NotAlias[];
  /** Named sources for the facts in this entry, primary first. */
  sources: readonly Source[];
  /** When the entry was last checked against its sources (YYYY-MM-DD). */
  reviewed: string;
}

export type GuideBlock = { kind: 'p'; text: string } | { kind: 'list'; items: string[] };

export interface GuideSection {
  id: SectionId;
  title: string;
  blocks: readonly GuideBlock[];
}
