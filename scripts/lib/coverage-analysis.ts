// One page's part of the coverage report: its words, the real matcher's marks (and which of
// them are the first of their entry in their section), and the candidate terms mined from it,
// each with how often a mark covers it.
import type { BlockMatcher } from '../../terms/matcher';
import { mineCandidates, type CandidateKind, type Occurrence } from './candidate-mining';
import { countWords, type Page } from './coverage-pages';

/** Without headings, a page is cut into sections of this many words. */
export const SECTION_WORDS = 500;

export interface PageMark {
  entryId: string;
  /** The first mark of its entry in its section (heading to heading, or 500 words). */
  first: boolean;
}

export interface PageCandidate {
  kind: CandidateKind;
  occurrences: number;
  /** Occurrences whose head word a mark covers. */
  marked: number;
}

export interface PageAnalysis {
  file: string;
  words: number;
  marks: PageMark[];
  candidates: Map<string, PageCandidate>;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A mark explains a candidate when it lies within the phrase and covers its head: "low back
 * pain" explains "chronic low back pain", but "joint" does not explain "joint pain", nor
 * "carpal tunnel syndrome" the word "syndrome".
 */
export const explains = (m: Span, o: Occurrence): boolean =>
  m.start >= o.start && m.end <= o.end && m.start < o.headEnd && m.end > o.headStart;

/** Which section each block is in: a new one at each heading, or every 500 words. */
export function sectionsOf(page: Page): number[] {
  const byHeading = page.blocks.some((b) => b.heading);
  let section = 0;
  let words = 0;
  return page.blocks.map((block, i) => {
    if (byHeading) {
      if (block.heading && i > 0) section++;
    } else {
      section = Math.floor(words / SECTION_WORDS);
      words += countWords(block.text);
    }
    return section;
  });
}

/** Blocks are mined as one text, a line apart: one parse per page costs less than one per block. */
function mineBlocks(texts: readonly string[]): Occurrence[][] {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 2;
  }
  const perBlock: Occurrence[][] = texts.map(() => []);
  for (const o of mineCandidates(texts.join('\n\n'))) {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > o.start) i--;
    const shift = starts[i] ?? 0;
    perBlock[i]?.push({
      ...o,
      start: o.start - shift,
      end: o.end - shift,
      headStart: o.headStart - shift,
      headEnd: o.headEnd - shift,
    });
  }
  return perBlock;
}

export function analysePage(page: Page, matcher: BlockMatcher): PageAnalysis {
  const texts = page.blocks.map((b) => b.text);
  const found = matcher.findInBlocks(texts);
  const mined = mineBlocks(texts);
  const sections = sectionsOf(page);
  const seen = new Set<string>();
  const marks: PageMark[] = [];
  const candidates = new Map<string, PageCandidate>();
  texts.forEach((text, i) => {
    const blockMarks = found[i] ?? [];
    for (const m of blockMarks) {
      const key = `${sections[i]} ${m.entryId}`;
      marks.push({ entryId: m.entryId, first: !seen.has(key) });
      seen.add(key);
    }
    for (const o of mined[i] ?? []) {
      const c = candidates.get(o.key) ?? { kind: o.kind, occurrences: 0, marked: 0 };
      // compromise may read a word as a noun in one place and an adjective in another.
      if (o.kind === 'adjective') c.kind = 'adjective';
      c.occurrences += 1;
      if (blockMarks.some((m) => explains(m, o))) c.marked += 1;
      candidates.set(o.key, c);
    }
  });
  return {
    file: page.file,
    words: texts.reduce((n, t) => n + countWords(t), 0),
    marks,
    candidates,
  };
}
