// The shipped glossary as the coverage tools need it: every form each entry's aliases match
// (inflections included, from the compiled match data), its non-aliases, and the head words
// of its aliases, which count as health words when candidates are mined.
import { GLOSSARY } from '../../guide/glossary/index';
import packed from '../../terms/generated/match-data-packed.json';
import { normaliseKey } from '../../terms/normalise';
import { unpackMatchData } from '../../terms/packed-match-data';
import { headOf } from './health-words';
import type { CheckedEntry } from './term-decisions';

export function glossaryEntries(): CheckedEntry[] {
  const notAliases = new Map(GLOSSARY.map((e) => [e.id, e.notAliases ?? []]));
  return unpackMatchData(packed).map((e) => ({
    id: e.id,
    forms: e.aliases.flatMap((a) => [a.text, ...(a.forms ?? [])]),
    notAliases: (notAliases.get(e.id) ?? []).map((n) => n.text),
  }));
}

export function glossaryHeadWords(): Set<string> {
  const heads = new Set<string>();
  for (const e of GLOSSARY) {
    for (const a of e.aliases) {
      if (a.caseSensitive) continue;
      const head = headOf(normaliseKey(a.text));
      if (head.length >= 4) heads.add(head);
    }
  }
  return heads;
}

export const glossaryCategories = (): Map<string, string> =>
  new Map(GLOSSARY.map((e) => [e.id, e.category]));
