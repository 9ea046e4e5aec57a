// How text is compared with glossary forms: line breaks, no-break spaces and hyphens read as
// spaces, curly apostrophes as straight ones, and runs of spaces as one.

/** Characters that stand for a word separator. Replaced one for one, so offsets survive. */
const SEPARATORS = /[\t\n\r\f\v\u00a0\u2028\u2029\u2010\u2011\u2013-]/g;
const CURLY = /[\u2018\u2019\u02bc]/g;
const HAS_CURLY = /[\u2018\u2019\u02bc]/;
const NEEDS_MAPPING = /[\t\n\r\f\v\u00a0\u2028\u2029\u2010\u2011\u2013\u2018\u2019\u02bc-]/;
/** Non-word characters up to a separator or apostrophe that normalising swaps, or two spaces. */
const CHANGED_GAP =
  /\W*?(?:[\t\n\r\f\v\u00a0\u2028\u2029\u2010\u2011\u2013\u2018\u2019\u02bc-]| {2})/y;

/** The form a glossary alias is stored and looked up by. */
export function normaliseKey(s: string): string {
  return s.replace(SEPARATORS, ' ').replace(CURLY, "'").replace(/ {2,}/g, ' ').trim().toLowerCase();
}

/**
 * True when normalising would change the non-word characters that start at `index` (up to the
 * next word character): where it is false, a phrase running on from there reads the same as is.
 */
export function gapChangesAt(text: string, index: number): boolean {
  CHANGED_GAP.lastIndex = index;
  return CHANGED_GAP.test(text);
}

export interface NormalisedText {
  text: string;
  /** The offset in the original text of an offset in `text`. */
  toOriginal(offset: number): number;
}

const identity = (offset: number): number => offset;

/**
 * Text ready for literal matching. Separators and apostrophes are swapped one for one; only a
 * run of spaces shortens the text, and `toOriginal` maps offsets back across those runs.
 */
export function normaliseText(original: string): NormalisedText {
  let text = NEEDS_MAPPING.test(original) ? original.replace(SEPARATORS, ' ') : original;
  if (HAS_CURLY.test(text)) text = text.replace(CURLY, "'");
  if (!text.includes('  ')) return { text, toOriginal: identity };
  // For each collapsed run: where it starts in the new text, and how much shorter the text is
  // from there on.
  const at: number[] = [];
  const shift: number[] = [];
  let removed = 0;
  text = text.replace(/ {2,}/g, (run: string, offset: number) => {
    removed += run.length - 1;
    at.push(offset - removed + run.length);
    shift.push(removed);
    return ' ';
  });
  return {
    text,
    toOriginal(offset) {
      let lo = 0;
      let hi = at.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((at[mid] ?? 0) <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + (found >= 0 ? (shift[found] ?? 0) : 0);
    },
  };
}
