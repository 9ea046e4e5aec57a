// The regular expressions that find glossary forms: long alternations of plain literals, the
// shape V8 runs fastest.

/** Regular endings the patterns allow after any form, in the order the patterns try them; the
 * form table then accepts or refuses. */
export const ENDINGS: readonly string[] = ['s', 'es', 'd', 'ed', 'ing'];

/**
 * V8 stops optimising a pattern whose source is longer than this (kRegExpTooLargeToOptimize):
 * past it the same alternation runs five to eight times slower. A unit test keeps the shipped
 * glossary's patterns under it.
 */
export const FAST_PATTERN_LIMIT = 20 * 1024;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** What `\b` counts as a word character is ASCII only. */
const WORD_END = /\W+$/;

export interface FormPatterns {
  /** Every form, for text whose separators are normalised (normalise.ts). */
  forms: RegExp;
  /**
   * Every form, anchored where `lastIndex` points. The scanner works out what it finds without
   * running it (form-scanner.ts); it is made when first asked for, to say what that must equal.
   */
  readonly formAt: RegExp;
  /**
   * Every form and every lead-in, for text as it is. A lead-in is the start of a phrase up to a
   * gap between its words ("low back" in "low back pain"): where one is followed by a gap that
   * normalising would change ("low back\n pain"), only the normalised text tells what is there.
   */
  formsAndLeadIns: RegExp;
  /** The lead-ins, lowercase. */
  leadIns: ReadonlyMap<string, LeadIn>;
  /** The forms the patterns hold (not those made of another and an ending), lowercase. */
  stems: ReadonlySet<string>;
  /** For each lead-in that starts with forms: those forms, longest first (what `formAt` would
   * try where the lead-in was found). */
  leadInForms: ReadonlyMap<string, readonly string[]>;
  /** The length of the longest of `stems`. */
  longestStem: number;
  /** Enough characters of normalised text to hold any form with its ending, and one more. */
  span: number;
}

export interface LeadIn {
  /** True where it is, or starts with, a form ("ice" of "ice pack"): one may be found there. */
  startsWithForm: boolean;
  /**
   * The first word character that follows it in each phrase, lowercase; null where a phrase has
   * none after it (one ending in "&"), so that anything may follow.
   */
  next: string | null;
}

/** Longest first, so that where several alternatives match, the longest wins; none: never. */
const alternation = (items: Iterable<string>): string =>
  [...items]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|') || '(?!)';

/** `keys` are normalised, lowercase forms (normaliseKey). */
export function formPatterns(keys: Iterable<string>): FormPatterns {
  const all = [...keys];
  const known = new Set(all);
  // A form that is another form plus a regular ending is found through the ending group.
  const stems = all.filter(
    (k) => !ENDINGS.some((e) => k.endsWith(e) && known.has(k.slice(0, -e.length))),
  );
  const stemSet = new Set(stems);
  const leadInForms = new Map<string, string[]>();
  const startsWithForm = (s: string): boolean => {
    const found: string[] = [];
    for (let i = s.length; i >= 1; i--) if (stemSet.has(s.slice(0, i))) found.push(s.slice(0, i));
    if (found.length) leadInForms.set(s, found);
    return found.length > 0;
  };
  const leadIns = new Map<string, LeadIn>();
  for (const key of all) {
    for (let i = 1; i < key.length; i++) {
      if (key[i] !== ' ' && key[i] !== "'") continue;
      // Up to its last word character, so that `\b` holds after it ("peace &" -> "peace").
      const text = key.slice(0, i).replace(WORD_END, '');
      if (!text) continue;
      const next = /\w/.exec(key.slice(text.length))?.[0] ?? null;
      const known = leadIns.get(text);
      if (!known) leadIns.set(text, { startsWithForm: startsWithForm(text), next });
      else if (next === null) known.next = null;
      else if (known.next !== null && !known.next.includes(next)) known.next += next;
    }
  }
  const tail = `(?:${ENDINGS.join('|')})?\\b`;
  const body = alternation(stems);
  const forms = new RegExp(`\\b(?:${body})${tail}`, 'gi');
  let formAt: RegExp | undefined;
  return {
    forms,
    get formAt() {
      return (formAt ??= new RegExp(forms.source.slice('\\b'.length), 'iy'));
    },
    formsAndLeadIns: new RegExp(
      `\\b(?:${alternation(new Set([...stems, ...leadIns.keys()]))})${tail}`,
      'gi',
    ),
    leadIns,
    stems: stemSet,
    leadInForms,
    longestStem: Math.max(0, ...stems.map((k) => k.length)),
    span: Math.max(0, ...all.map((k) => k.length)) + Math.max(...ENDINGS.map((e) => e.length)) + 1,
  };
}
