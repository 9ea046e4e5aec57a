// Builds the matcher's data from the glossary: aliases with their cues and inflected forms.
// Build time only (it runs compromise): scripts/compile-terms.ts writes the result to
// terms/generated/, which the content script loads instead of the glossary.
import type { AmbiguityCues, GlossaryEntry } from '../guide/types';
import { inflect } from './inflections';
import type { MatchAlias, MatchEntry } from './types';

/** The cues without the everyday senses' names, and without what is empty or false. */
function matchCues(cues: AmbiguityCues): NonNullable<MatchAlias['ambiguous']> {
  const { needsSupport, notAfter, notBefore, supportWords, notInSentence } = cues;
  return {
    ...(notInSentence?.length ? { notInSentence } : {}),
    ...(notAfter?.length ? { notAfter } : {}),
    ...(notBefore?.length ? { notBefore } : {}),
    ...(supportWords?.length ? { supportWords } : {}),
    ...(needsSupport ? { needsSupport } : {}),
  };
}

export function buildMatchData(entries: readonly GlossaryEntry[]): MatchEntry[] {
  return entries.map((entry) => ({
    id: entry.id,
    aliases: entry.aliases.map((alias) => {
      const forms = inflect(alias, entry.category);
      return {
        text: alias.text,
        ...(alias.caseSensitive ? { caseSensitive: true } : {}),
        ...(alias.ambiguous ? { ambiguous: matchCues(alias.ambiguous) } : {}),
        ...(forms.length ? { forms } : {}),
      };
    }),
  }));
}
