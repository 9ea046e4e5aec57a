// Decides whether an ambiguous alias is meant in its glossary sense, from the words around it,
// the sentence it sits in, and what the rest of the page is about.
import type { AmbiguityCues } from '../guide/types';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const words = (list: readonly string[]): string => list.map(escape).join('|');

export interface CompiledCues {
  needsSupport: boolean;
  notAfter: RegExp | null;
  notBefore: RegExp | null;
  support: RegExp | null;
  against: RegExp | null;
}

export function compileCues(cues: Omit<AmbiguityCues, 'otherSenses'>): CompiledCues {
  const { notAfter = [], notBefore = [], supportWords = [], notInSentence = [] } = cues;
  const anywhere = (list: readonly string[]): RegExp | null =>
    list.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(list)})(?![\\p{L}\\p{N}])`, 'iu')
      : null;
  return {
    needsSupport: !!cues.needsSupport,
    notAfter: notAfter.length
      ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words(notAfter)})[\\s\\u00a0]*$`, 'iu')
      : null,
    notBefore: notBefore.length
      ? new RegExp(`^[\\s\\u00a0]*(?:${words(notBefore)})(?![\\p{L}\\p{N}])`, 'iu')
      : null,
    support: anywhere(supportWords),
    against: anywhere(notInSentence),
  };
}

/**
 * Cues compiled when first needed: their Unicode, case-insensitive patterns are slow to build,
 * and most pages never meet most ambiguous aliases.
 */
export function lazyCues(cues: Omit<AmbiguityCues, 'otherSenses'>): () => CompiledCues {
  let compiled: CompiledCues | undefined;
  return () => (compiled ??= compileCues(cues));
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
  if (d.cues.notAfter?.test(before) || d.cues.notBefore?.test(after)) return 'no';
  const [from, to] = sentenceAround(d.text, d.start, d.end);
  const sentence = `${d.text.slice(from, d.start)} ${d.text.slice(d.end, to)}`;
  // The other sense named in the sentence wins over everything: saying nothing beats
  // explaining the wrong thing.
  if (d.cues.against?.test(sentence)) return 'no';
  if (d.termInSentence || d.cues.support?.test(sentence)) return 'yes';
  return d.cues.needsSupport ? 'no' : 'if-health-page';
}
