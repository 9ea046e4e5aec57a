// Properties of the matcher that hold for any text: checked on generated sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { glossaryMatcher } from '../../../terms/glossary-matcher';
import matchData from '../../../terms/generated/match-data.json';
import { normaliseKey } from '../../../terms/normalise';
import type { MatchEntry } from '../../../terms/types';

const matcher = glossaryMatcher();
const formsOf = new Map(
  (matchData as MatchEntry[]).map((e) => [
    e.id,
    new Set(e.aliases.flatMap((a) => [a.text, ...(a.forms ?? [])]).map(normaliseKey)),
  ]),
);
const unambiguous = GLOSSARY.flatMap((e) =>
  e.aliases.filter((a) => !a.ambiguous).map((a) => a.text),
);
const filler = ['the', 'walk', 'was', 'long', 'and', 'quiet', 'today', 'we', 'read', 'notes'];

const sentence = fc
  .tuple(
    fc.array(fc.constantFrom(...filler), { maxLength: 6 }),
    fc.constantFrom(...unambiguous),
    fc.array(fc.constantFrom(...filler), { maxLength: 6 }),
  )
  .map(([a, term, b]) => `${[...a, term, ...b].join(' ')}.`);

describe('matcher properties', () => {
  it('returns sorted, non-overlapping matches inside the text, each a form of its entry', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
        const text = sentences.join(' ');
        const found = matcher.find(text);
        let end = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(formsOf.get(m.entryId)?.has(normaliseKey(text.slice(m.start, m.end)))).toBe(true);
          end = m.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('loses no match when unrelated words are put between sentences', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 2, maxLength: 6 }),
        fc.array(fc.constantFrom(...filler), { minLength: 1, maxLength: 5 }),
        (sentences, extra) => {
          const ids = (t: string) => matcher.find(t).map((m) => m.entryId);
          const plain = ids(sentences.join(' '));
          const padded = ids(sentences.join(` ${extra.join(' ')}. `));
          expect(padded).toEqual(plain);
        },
      ),
      { numRuns: 200 },
    );
  });
});
