// Builds the matcher's data from the glossary: aliases with their cues and inflected forms.
// Build time only (it runs compromise): scripts/compile-terms.ts writes the result to
// terms/generated/match-data.json, which the content script loads instead of the glossary.
import type { AmbiguityCues, GlossaryEntry } from '../guide/types';
import { inflect } from './inflections';
import type { MatchAlias, MatchEntry } from './types';

function withoutSenses({ otherSenses: _senses, ...cues }: AmbiguityCues): MatchAlias['ambiguous'] {
  return cues;
}

export function buildMatchData(entries: readonly GlossaryEntry[]): MatchEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    aliases: entry.aliases.map((alias) => {
      const { ambiguous, ...rest } = alias;
      const forms = inflect(alias, entry.category);
      return {
        ...rest,
        ...(ambiguous ? { ambiguous: withoutSenses(ambiguous) } : {}),
        ...(forms.length ? { forms } : {}),
      };
    }),
  }));
}
