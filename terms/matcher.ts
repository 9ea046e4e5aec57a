// Compiles the glossary into one matcher: whole words, inflections, longest match first, and
// context rules for aliases that have everyday meanings.
import type { GlossaryEntry } from '../guide/types';
import { compileCues, meantAsTerm, sentenceAround, type CompiledCues } from './context';
import type { InflectionTable } from './inflection-table';
import { normaliseKey, normaliseText } from './normalise';
import type { Matcher, TermMatch } from './types';

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

export interface BlockMatcher extends Matcher {
  /** Matches in each of a page's blocks, with the whole page as context for ambiguous aliases. */
  findInBlocks(texts: readonly string[]): TermMatch[][];
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

export function compileMatcher(
  entries: readonly GlossaryEntry[],
  inflections: InflectionTable = {},
): BlockMatcher {
  const byKey = new Map<string, FormInfo[]>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const cues = alias.ambiguous ? compileCues(alias.ambiguous) : null;
      for (const form of [alias.text, ...(inflections[entry.id]?.[alias.text] ?? [])]) {
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

  const clearEntries = (candidates: readonly Candidate[]): Set<string> =>
    new Set(candidates.filter((c) => !c.cues).map((c) => c.entryId));

  const resolve = (text: string, candidates: Candidate[], healthPage: boolean): TermMatch[] => {
    const result: TermMatch[] = [];
    for (const c of candidates) {
      if (c.cues) {
        const [from, to] = sentenceAround(text, c.start, c.end);
        const termInSentence = candidates.some(
          (o) => !o.cues && o.start >= from && o.end <= to && o !== c,
        );
        const decision = { text, start: c.start, end: c.end, caseSensitive: c.caseSensitive };
        if (!meantAsTerm({ ...decision, cues: c.cues, termInSentence, healthPage })) continue;
      }
      result.push({ start: c.start, end: c.end, entryId: c.entryId, alias: c.alias });
    }
    return result;
  };

  return {
    find(text) {
      const candidates = scan(text);
      return resolve(text, candidates, clearEntries(candidates).size >= HEALTH_PAGE_ENTRIES);
    },
    findInBlocks(texts) {
      const scanned = texts.map(scan);
      const entriesOnPage = new Set(scanned.flatMap((c) => [...clearEntries(c)]));
      const healthPage = entriesOnPage.size >= HEALTH_PAGE_ENTRIES;
      return scanned.map((candidates, i) => resolve(texts[i] ?? '', candidates, healthPage));
    },
  };
}
