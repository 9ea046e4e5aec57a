// Compiles the glossary into one matcher: whole words, inflections, longest match first, and
// context rules for aliases that have everyday meanings.
import { compileCues, meantAsTerm, sentenceAround, type CompiledCues } from './context';
import { normaliseKey, normaliseText } from './normalise';
import type { MatchEntry, Matcher, TermMatch } from './types';

interface FormInfo {
  entryId: string;
  alias: string;
  /** The form as written (separators as spaces), for case-sensitive aliases only. */
  shape: string | null;
  cues: CompiledCues | null;
}

interface Candidate extends TermMatch {
  cues: CompiledCues | null;
  caseSensitive: boolean;
}

/** Distinct unambiguous entries that make a page "about health" for ambiguous aliases. */
const HEALTH_PAGE_ENTRIES = 2;

/** Regular endings the pattern allows after any form; the form table then accepts or refuses. */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing'];
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface BlockResult {
  /** Terms, decided now. */
  matches: TermMatch[];
  /** Ambiguous terms that count only if the page turns out to be about health. */
  ifHealthPage: TermMatch[];
  /** Entries found by unambiguous aliases: what tells whether a page is about health. */
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

/**
 * One pattern of plain literals: V8 runs a long alternation of literals many times faster than
 * one with character classes, so separators are made uniform in the text rather than the pattern.
 */
function literalPattern(keys: Iterable<string>): RegExp {
  const all = [...keys];
  const known = new Set(all);
  // A form that is another form plus a regular ending is found through the ending group.
  const stems = all.filter(
    (k) => !ENDINGS.some((e) => k.endsWith(e) && known.has(k.slice(0, -e.length))),
  );
  const body = stems
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`\\b(?:${body})(?:${ENDINGS.join('|')})?\\b`, 'gi');
}

export function compileMatcher(entries: readonly MatchEntry[]): BlockMatcher {
  const byKey = new Map<string, FormInfo[]>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const cues = alias.ambiguous ? compileCues(alias.ambiguous) : null;
      for (const form of [alias.text, ...(alias.forms ?? [])]) {
        const key = normaliseKey(form);
        const shape = alias.caseSensitive ? normaliseText(form).text : null;
        const list = byKey.get(key) ?? [];
        list.push({ entryId: entry.id, alias: alias.text, shape, cues });
        byKey.set(key, list);
      }
    }
  }
  const pattern = literalPattern(byKey.keys());

  const scan = (original: string): Candidate[] => {
    const out: Candidate[] = [];
    const { text, toOriginal } = normaliseText(original);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = m[0];
      const infos = byKey.get(found.toLowerCase());
      const info = infos?.find((i) => i.shape === null || i.shape === found);
      const start = toOriginal(m.index);
      const end = toOriginal(m.index + found.length - 1) + 1;
      // \b only knows ASCII letters: "é" next to a form still makes it part of a longer word.
      const inWord =
        WORD_CHAR.test(original.charAt(start - 1)) || WORD_CHAR.test(original.charAt(end));
      if (!info || inWord) {
        // Not a form of ours ("heated", "tens"): look again from the next character.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      out.push({
        start,
        end,
        entryId: info.entryId,
        alias: info.alias,
        cues: info.cues,
        caseSensitive: info.shape !== null,
      });
    }
    return out;
  };

  const resolve = (text: string, candidates: Candidate[]): BlockResult => {
    const result: BlockResult = { matches: [], ifHealthPage: [], clearEntries: [] };
    // Unambiguous terms in start order, to find one in a sentence with a binary search: a block
    // can hold tens of thousands of candidates.
    const clear = candidates.filter((o) => !o.cues);
    const clearIn = (from: number, to: number): boolean => {
      let lo = 0;
      let hi = clear.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((clear[mid]?.start ?? 0) < from) lo = mid + 1;
        else hi = mid;
      }
      const first = clear[lo];
      return !!first && first.end <= to;
    };
    for (const c of candidates) {
      const match = { start: c.start, end: c.end, entryId: c.entryId, alias: c.alias };
      if (!c.cues) {
        result.matches.push(match);
        result.clearEntries.push(c.entryId);
        continue;
      }
      const [from, to] = sentenceAround(text, c.start, c.end);
      const termInSentence = clearIn(from, to);
      const verdict = meantAsTerm({
        text,
        start: c.start,
        end: c.end,
        caseSensitive: c.caseSensitive,
        cues: c.cues,
        termInSentence,
      });
      if (verdict === 'yes') result.matches.push(match);
      else if (verdict === 'if-health-page') result.ifHealthPage.push(match);
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
        const result = resolve(text, scan(text));
        for (const id of result.clearEntries) seen.add(id);
        return result;
      },
    };
  };

  const merge = (r: BlockResult, healthPage: boolean): TermMatch[] =>
    healthPage ? [...r.matches, ...r.ifHealthPage].sort((a, b) => a.start - b.start) : r.matches;

  return {
    pageScan,
    find(text) {
      const result = resolve(text, scan(text));
      const healthPage = new Set(result.clearEntries).size >= HEALTH_PAGE_ENTRIES;
      return merge(result, healthPage);
    },
    findInBlocks(texts) {
      const scanner = pageScan();
      const results = texts.map((t) => scanner.add(t));
      return results.map((r) => merge(r, scanner.healthPage));
    },
  };
}
