// Compiles the glossary into one matcher: whole words, inflections, longest match first, and
// context rules for aliases that have everyday meanings.
import { meantAsTerm, sentenceAround } from './context';
import { formScanner, type FormHit, type ScannerOptions } from './form-scanner';
import type { MatchEntry, Matcher, TermMatch } from './types';

/** Distinct entries found for sure that make a page "about health" for ambiguous aliases. */
const HEALTH_PAGE_ENTRIES = 2;

export interface BlockResult {
  /** Terms, decided now. */
  matches: TermMatch[];
  /** Ambiguous terms that count only if the page turns out to be about health. */
  ifHealthPage: TermMatch[];
  /**
   * Entries found for sure, by an unambiguous alias or an ambiguous one its sentence confirms:
   * what tells whether a page is about health.
   */
  clearEntries: string[];
}

/** Reads a page block by block, as it arrives, keeping what the page is about. */
export interface PageScan {
  add(text: string): BlockResult;
  /** True once the page holds enough unambiguous terms; it never turns false again. */
  readonly healthPage: boolean;
}

export interface BlockMatcher extends Matcher {
  /** Matches in each of a page's blocks, with the whole page as context for ambiguous aliases. */
  findInBlocks(texts: readonly string[]): TermMatch[][];
  pageScan(): PageScan;
}

/** True when a hit of `sorted` (in start order) lies within [from, to). */
function hitWithin(sorted: readonly FormHit[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const first = sorted[lo];
  return !!first && first.end <= to;
}

function distinctAtLeast(ids: readonly string[], n: number): boolean {
  if (ids.length < n) return false;
  return new Set(ids).size >= n;
}

const byStart = (a: TermMatch, b: TermMatch): number => a.start - b.start;

function merge(r: BlockResult, healthPage: boolean): TermMatch[] {
  return healthPage && r.ifHealthPage.length
    ? [...r.matches, ...r.ifHealthPage].sort(byStart)
    : r.matches;
}

/** `options.vocabulary`: the text of a short document, to compile only what it could hold. */
export function compileMatcher(
  entries: readonly MatchEntry[],
  options: ScannerOptions = {},
): BlockMatcher {
  const scanner = formScanner(entries, options);

  const resolve = (text: string, hits: readonly FormHit[]): BlockResult => {
    const result: BlockResult = { matches: [], ifHealthPage: [], clearEntries: [] };
    if (hits.length === 0) return result;
    // Unambiguous terms in start order, to find one in a sentence with a binary search: a block
    // can hold tens of thousands of hits.
    const clear: FormHit[] = [];
    for (const hit of hits) if (!hit.info.cues) clear.push(hit);
    for (const { start, end, info } of hits) {
      const match = { start, end, entryId: info.entryId, alias: info.alias };
      if (!info.cues) {
        result.matches.push(match);
        result.clearEntries.push(info.entryId);
        continue;
      }
      const [from, to] = sentenceAround(text, start, end);
      const verdict = meantAsTerm({
        text,
        start,
        end,
        caseSensitive: info.shape !== null,
        cues: info.cues(),
        termInSentence: hitWithin(clear, from, to),
      });
      if (verdict === 'yes') {
        result.matches.push(match);
        result.clearEntries.push(info.entryId);
      } else if (verdict === 'if-health-page') result.ifHealthPage.push(match);
    }
    return result;
  };

  const pageScan = (): PageScan => {
    const seen = new Set<string>();
    return {
      get healthPage() {
        return seen.size >= HEALTH_PAGE_ENTRIES;
      },
      add(text) {
        const result = resolve(text, scanner.scan(text));
        for (const id of result.clearEntries) seen.add(id);
        return result;
      },
    };
  };

  return {
    pageScan,
    find(text) {
      const hits = scanner.scan(text);
      if (hits.length === 0) return [];
      const result = resolve(text, hits);
      return merge(result, distinctAtLeast(result.clearEntries, HEALTH_PAGE_ENTRIES));
    },
    findInBlocks(texts) {
      const page = pageScan();
      const results = texts.map((t) => page.add(t));
      return results.map((r) => merge(r, page.healthPage));
    },
  };
}
