// The table of extra forms per glossary alias, as stored in terms/generated/inflections.json.
import type { GlossaryEntry } from '../guide/types';
import { inflect } from './inflections';

/** entry id -> alias text -> extra forms of that alias. */
export type InflectionTable = Record<string, Record<string, string[]>>;

export function buildInflectionTable(entries: readonly GlossaryEntry[]): InflectionTable {
  const table: InflectionTable = {};
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const forms = inflect(alias, entry.category);
      if (forms.length === 0) continue;
      (table[entry.id] ??= {})[alias.text] = forms;
    }
  }
  return table;
}
