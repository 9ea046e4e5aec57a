// Reading-level scores for the glossary's words: Flesch-Kincaid grade, counted with the
// `syllable` and `flesch-kincaid` libraries, leaving out the term being explained.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Word count as a reader counts it: every run of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/**
 * Grade level of `text` with the `exclude` phrases (the term and its aliases) taken out, since a
 * reader who hovered a term is not slowed by its own name.
 */
export function readability(text: string, exclude: readonly string[] = []): Readability {
  let t = text;
  const longestFirst = [...exclude].sort((a, b) => b.length - a.length);
  for (const phrase of longestFirst) {
    if (!phrase.trim()) continue;
    t = t.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'),
      ' ',
    );
  }
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const sentences = Math.max(
    1,
    t.split(/[.!?]+(?:\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length,
  );
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const grade =
    words.length === 0
      ? 0
      : fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { words: countWords(text), sentences, grade: Math.round(grade * 10) / 10 };
}
