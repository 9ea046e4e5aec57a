// Decides whether an ambiguous alias is meant in its glossary sense, from the words around it,
// the sentence it sits in, and what the rest of the page is about.
import type { AmbiguityCues } from '../guide/types';

/** Cue words, lower-cased once: matched by plain string search, with no RegExp to build. */
export interface CompiledCues {
  needsSupport: boolean;
  notAfter: readonly string[];
  notBefore: readonly string[];
  support: readonly string[];
  against: readonly string[];
}

const lower = (list: readonly string[] = []): string[] => list.map((w) => w.toLowerCase());

export function compileCues(cues: Omit<AmbiguityCues, 'otherSenses'>): CompiledCues {
  return {
    needsSupport: !!cues.needsSupport,
    notAfter: lower(cues.notAfter),
    notBefore: lower(cues.notBefore),
    support: lower(cues.supportWords),
    against: lower(cues.notInSentence),
  };
}

/**
 * Cues compiled when first needed. They were RegExps once, about a millisecond each to build,
 * which a page meeting many ambiguous words paid many times over; lower-casing is all it costs.
 */
export function lazyCues(cues: Omit<AmbiguityCues, 'otherSenses'>): () => CompiledCues {
  let compiled: CompiledCues | undefined;
  return () => (compiled ??= compileCues(cues));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** One of `words` ends `text` (lower case), as a whole word, before any trailing space. */
function endsWithWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const tail = text.replace(/[\s\u00a0]+$/, '');
  return words.some((w) => tail.endsWith(w) && !isWordChar(tail[tail.length - w.length - 1]));
}

/** One of `words` starts `text` (lower case), as a whole word, after any leading space. */
function startsWithWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const head = text.replace(/^[\s\u00a0]+/, '');
  return words.some((w) => head.startsWith(w) && !isWordChar(head[w.length]));
}

/** One of `words` is in `text` (lower case) as a whole word. */
function hasWord(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + w.length])) return true;
    }
  }
  return false;
}

/** A clock time just before: "9 a.m. PT", "10:30 PT", "5pm PT" name a time zone. */
const CLOCK_BEFORE = /(?:\d{1,2}:\d{2}|\d{1,2}\s*[ap]\.?m\.?)[\s\u00a0]*$/i;
/** A language or region tag: "PT-BR". */
const TAG_AFTER = /^[-\u2010\u2011][\p{Lu}]{2}(?![\p{L}])/u;

const WINDOW = 80;
const SENTENCE_LIMIT = 400;

/** The sentence around [start, end): from the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - SENTENCE_LIMIT);
  const head = text.slice(from, start);
  const stop = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('\n'),
  );
  if (stop >= 0) from += stop + 1;
  const tail = text.slice(end, end + SENTENCE_LIMIT);
  const next = tail.search(/[.!?](?:\s|$)|\n/);
  return [from, next >= 0 ? end + next + 1 : end + tail.length];
}

export interface Decision {
  text: string;
  start: number;
  end: number;
  caseSensitive: boolean;
  cues: CompiledCues;
  /** Another, unambiguous glossary term in the same sentence. */
  termInSentence: boolean;
}

/** Yes, no, or "yes if the page is about health" (decided once the page has been read). */
export type Verdict = 'yes' | 'no' | 'if-health-page';

export function meantAsTerm(d: Decision): Verdict {
  const before = d.text.slice(Math.max(0, d.start - WINDOW), d.start);
  const after = d.text.slice(d.end, d.end + WINDOW);
  if (d.caseSensitive && (CLOCK_BEFORE.test(before) || TAG_AFTER.test(after))) return 'no';
  const { cues } = d;
  if (endsWithWord(before.toLowerCase(), cues.notAfter)) return 'no';
  if (startsWithWord(after.toLowerCase(), cues.notBefore)) return 'no';
  const [from, to] = sentenceAround(d.text, d.start, d.end);
  const sentence = `${d.text.slice(from, d.start)} ${d.text.slice(d.end, to)}`.toLowerCase();
  // The other sense named in the sentence wins over everything: saying nothing beats
  // explaining the wrong thing.
  if (hasWord(sentence, cues.against)) return 'no';
  if (d.termInSentence || hasWord(sentence, cues.support)) return 'yes';
  return cues.needsSupport ? 'no' : 'if-health-page';
}
