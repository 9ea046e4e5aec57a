import { describe, expect, it } from 'vitest';
import { buildMatchData } from '../../../terms/match-data';
import { packMatchData, slug, unpackMatchData } from '../../../terms/packed-match-data';
import type { MatchEntry } from '../../../terms/types';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

const ENTRIES: MatchEntry[] = [
  {
    id: 'chronic-pain',
    aliases: [
      { text: 'chronic pain', forms: ['chronic pains'] },
      { text: 'long-term pain', forms: ['long-term pains'] },
    ],
  },
  {
    id: 'range-of-motion',
    aliases: [
      { text: 'range of motion', forms: ['ranges of motion'] },
      { text: 'ROM', caseSensitive: true },
    ],
  },
  { id: 'tai-chi', aliases: [{ text: "t'ai chi" }, { text: 'Tai Chi' }] },
  { id: 'sprain', aliases: [{ text: 'injury', forms: ['injuries', 'injur'] }] },
  {
    id: 'ice-therapy',
    aliases: [
      {
        text: 'ice',
        ambiguous: {
          notAfter: ['thin', 'break the'],
          supportWords: ['swelling', 'RICE'],
          needsSupport: true,
        },
        forms: ['iced', 'icing'],
      },
      { text: 'PT', caseSensitive: true, ambiguous: { notBefore: ['-BR'] } },
      { text: 'cryotherapy', ambiguous: { notInSentence: ['tumor', 'wart'] } },
      { text: 'cold pack', ambiguous: {} },
    ],
  },
];

describe('packed match data', () => {
  it.each([
    ['hand-written entries', ENTRIES],
    ['the mini glossary', buildMatchData(MINI_GLOSSARY)],
  ])('unpack to what was packed: %s', (_, entries) => {
    expect(unpackMatchData(packMatchData(entries))).toStrictEqual(entries);
  });

  it('write forms as what changes at the end of their alias', () => {
    const { entries } = packMatchData(ENTRIES.slice(0, 1));
    expect(entries).not.toContain('chronic pains');
    expect(packMatchData([ENTRIES[3] as MatchEntry]).entries).toBe('sprain|injury+<ies+<');
  });

  it('leave out ids that are the first alias as a slug', () => {
    expect(slug("T'ai Chi, & more ")).toBe('t-ai-chi-more');
    expect(packMatchData([ENTRIES[0] as MatchEntry]).entries).toMatch(/^\|/);
    expect(packMatchData([ENTRIES[2] as MatchEntry]).entries).toMatch(/^tai-chi\|/);
  });

  it('refuse glossary text that holds a character of the format', () => {
    expect(() => packMatchData([{ id: 'a', aliases: [{ text: 'A|B' }] }])).toThrow(/"\|"/);
    expect(() =>
      packMatchData([{ id: 'a', aliases: [{ text: 'a', ambiguous: { notAfter: ['x;y'] } }] }]),
    ).toThrow(/";"/);
  });

  it('are packed the same way every time', () => {
    const entries = buildMatchData(MINI_GLOSSARY);
    expect(packMatchData(entries)).toStrictEqual(packMatchData(entries));
  });
});
