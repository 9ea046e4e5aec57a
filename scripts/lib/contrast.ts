// The contrast corpus (non-health pages): on how many of them a candidate appears, found by
// plain search of their normalised text, singular or plural. Mining them with compromise would
// cost far more, and only the candidates of the health pages are ever looked up.
import { normaliseKey } from '../../terms/normalise';

export interface Contrast {
  pages: number;
  pagesWith(key: string): number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function contrastOf(texts: readonly string[]): Contrast {
  const normalised = texts.map(normaliseKey);
  return {
    pages: texts.length,
    pagesWith(key) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escape(key)}(?:s|es)?(?![\\p{L}\\p{N}])`,
        'u',
      );
      return normalised.filter((t) => pattern.test(t)).length;
    },
  };
}
