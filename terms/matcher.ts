// Compiles the glossary into one matcher: whole words, inflections, longest match first, and
// context rules for aliases that have everyday meanings.
import type { GlossaryEntry } from '../guide/types';
import { compileCues, meantAsTerm, sentenceAround, type CompiledCues } from './context';
import type { InflectionTable } from './inflection-table';
import { normaliseKey, normaliseShape } from './normalise';
import { triePattern } from './trie-pattern';
import type { Matcher, TermMatch } from './types';

interface FormInfo {
  entryId: string;
  alias: string;
  /** The form as written, for case-sensitive aliases. */
  shape: string | null;
  cues: CompiledCues | null;
}

interface Candidate extends TermMatch {
  cues: CompiledCues | null;
  caseSensitive: boolean;
}

/** Distinct unambiguous entries that make a page "about health" for ambiguous aliases. */
const HEALTH_PAGE_ENTRIES = 2;

export interface BlockMatcher extends Matcher {
  /** Matches in each of a page's blocks, with the whole page as context for ambiguous aliases. */
  findInBlocks(texts: readonly string[]): TermMatch[][];
}

export function compileMatcher(
  entries: readonly GlossaryEntry[],
  inflections: InflectionTable = {},
): BlockMatcher {
  const byKey = new Map<string, FormInfo[]>();
  const add = (form: string, info: FormInfo): void => {
    const key = normaliseKey(form);
    const list = byKey.get(key) ?? [];
    list.push(info);
    byKey.set(key, list);
  };
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const cues = alias.ambiguous ? compileCues(alias.ambiguous) : null;
      const forms = [alias.text, ...(inflections[entry.id]?.[alias.text] ?? [])];
      for (const form of forms) {
        add(form, {
          entryId: entry.id,
          alias: alias.text,
          shape: alias.caseSensitive ? normaliseShape(form) : null,
          cues,
        });
      }
    }
  }
  const pattern = new RegExp(triePattern(byKey.keys()), 'giu');

  const scan = (text: string): Candidate[] => {
    const out: Candidate[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = m[0];
      const infos = byKey.get(normaliseKey(found)) ?? [];
      const shape = normaliseShape(found);
      const info = infos.find((i) => i.shape === null || i.shape === shape);
      if (!info) {
        // A case-sensitive form in the wrong case ("tens"): look again from the next character.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      out.push({
        start: m.index,
        end: m.index + found.length,
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
