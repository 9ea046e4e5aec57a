// The context rules on their own: a word in the sentence that names the other sense wins.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../terms/matcher';
import type { MatchEntry } from '../../../terms/types';

const ENTRIES: MatchEntry[] = [
  {
    id: 'cold-therapy',
    aliases: [
      {
        text: 'cryotherapy',
        ambiguous: { supportWords: ['pain'], notInSentence: ['tumor', 'liquid nitrogen'] },
      },
    ],
  },
  { id: 'arthritis', aliases: [{ text: 'arthritis' }] },
  { id: 'sciatica', aliases: [{ text: 'sciatica' }] },
];
const matcher = compileMatcher(ENTRIES);
const HEALTH = 'Arthritis and sciatica are common.';
const marked = (sentence: string): string[] =>
  (matcher.findInBlocks([sentence, HEALTH])[0] ?? []).map((m) => m.entryId);

describe('a word in the sentence that names the other sense', () => {
  it('keeps the word unmarked, even on a health page and beside a support word', () => {
    expect(marked('Cryotherapy freezes the tumor and eases pain.')).toEqual([]);
    expect(marked('The doctor used liquid nitrogen cryotherapy on the spot.')).toEqual([]);
  });

  it('reads whole words only, and only in the same sentence', () => {
    expect(marked('Cryotherapy eases pain. The tumor board meets later.')).toEqual([
      'cold-therapy',
    ]);
    expect(marked('Cryotherapy eases pain near the tumorous-looking bruise.')).toEqual([
      'cold-therapy',
    ]);
  });

  it('leaves the page rule as it was where no such word is there', () => {
    expect(marked('Cryotherapy may help.')).toEqual(['cold-therapy']);
    expect(matcher.findInBlocks(['Cryotherapy may help.', 'The train left.'])[0]).toEqual([]);
  });
});

describe('what makes a page about health', () => {
  const words: MatchEntry[] = [
    { id: 'swelling', aliases: [{ text: 'swelling', ambiguous: { supportWords: ['knee'] } }] },
    { id: 'stiffness', aliases: [{ text: 'stiffness', ambiguous: { supportWords: ['knee'] } }] },
    { id: 'massage', aliases: [{ text: 'massage', ambiguous: {} }] },
  ];
  const page = compileMatcher(words);
  const ids = (blocks: string[]): string[][] =>
    page.findInBlocks(blocks).map((b) => b.map((m) => m.entryId));

  it('counts ambiguous words their sentence confirms, as it counts clear terms', () => {
    expect(ids(['Swelling of the knee.', 'Stiffness in the knee.', 'A massage may help.'])).toEqual(
      [['swelling'], ['stiffness'], ['massage']],
    );
  });

  it('does not count ambiguous words with nothing to confirm them', () => {
    expect(ids(['Swelling ranks.', 'Stiffness of manner.', 'A massage may help.'])).toEqual([
      [],
      [],
      [],
    ]);
  });
});
