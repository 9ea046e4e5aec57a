// Decks: the terms met newest first, a category or the whole glossary A to Z, one way or both;
// fronts with at most two useful aliases; reverse cards that do not give their answer away.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import type { GlossaryEntry } from '../../../guide/types';
import { buildDeck, deckEntries, frontAliases, maskTerm, sides } from '../../../study/deck';
import { gloss, met } from './fixtures';

const realDoms = GLOSSARY.find((e) => e.id === 'doms');
if (!realDoms) throw new Error('the glossary has no DOMS');
/** DOMS, with two more names of the same thing given for this test, so the card has names to show. */
const withNames = (e: GlossaryEntry): GlossaryEntry => ({
  ...e,
  aliases: [
    ...e.aliases,
    { text: 'post-exercise muscle soreness', kind: 'synonym' },
    { text: 'post-exercise soreness', kind: 'synonym' },
    { text: 'post-workout soreness', kind: 'synonym' },
  ],
});
const doms = withNames(realDoms);

const glossary = [
  gloss('ultrasound', { category: 'treatment' }),
  gloss('squat', { category: 'exercise' }),
  gloss('bridge', { category: 'exercise', note: 'Keep your back flat.' }),
  gloss('heat-therapy', { category: 'treatment' }),
];
const meetings = [
  met('squat', '2024-05-18T10:00:00.000Z'),
  met('ultrasound', '2024-05-20T10:00:00.000Z'),
];

describe('deck building', () => {
  it('"Terms I’ve met" holds the terms met, newest first', () => {
    const deck = buildDeck({ source: { kind: 'met' }, glossary, meetings, direction: 'forward' });
    expect(deck.map((c) => c.entryId)).toEqual(['ultrasound', 'squat']);
  });

  it('the terms met can be narrowed to one category', () => {
    const source = { kind: 'met', category: 'exercise' } as const;
    expect(deckEntries({ source, glossary, meetings }).map((e) => e.id)).toEqual(['squat']);
  });

  it('a category holds all its entries A to Z, met or not', () => {
    const deck = buildDeck({
      source: { kind: 'category', category: 'exercise' },
      glossary,
      meetings: [],
      direction: 'forward',
    });
    expect(deck.map((c) => c.entryId)).toEqual(['bridge', 'squat']);
  });

  it('the whole glossary holds every entry', () => {
    const deck = buildDeck({
      source: { kind: 'all' },
      glossary: GLOSSARY,
      meetings: [],
      direction: 'forward',
    });
    expect(deck).toHaveLength(GLOSSARY.length);
    expect(new Set(deck.map((c) => c.entryId)).size).toBe(GLOSSARY.length);
  });

  it('both ways gives each entry a forward card followed by its reverse', () => {
    const deck = buildDeck({ source: { kind: 'met' }, glossary, meetings, direction: 'both' });
    expect(deck.map((c) => `${c.entryId}:${c.direction}`)).toEqual([
      'ultrasound:forward',
      'ultrasound:reverse',
      'squat:forward',
      'squat:reverse',
    ]);
  });
});

describe('the sides of a card', () => {
  it('the front is the term and at most two aliases that add something', () => {
    expect(frontAliases(doms)).toEqual(['post-exercise muscle soreness', 'post-exercise soreness']);
    const plain = gloss('x', {
      term: 'Chronic pain',
      aliases: [{ text: 'chronic pain', kind: 'name' }],
    });
    expect(frontAliases(plain)).toEqual([]);
  });

  it('the back is the plain explanation, then the note if any', () => {
    const [card] = buildDeck({
      source: { kind: 'category', category: 'exercise' },
      glossary,
      meetings: [],
      direction: 'forward',
    });
    expect(sides(card!)).toEqual({
      front: 'Bridge',
      back: 'The plain meaning of bridge.\n\nNote: Keep your back flat.',
    });
  });

  it('a reverse card asks with the explanation and answers with the term', () => {
    const [card] = buildDeck({
      source: { kind: 'category', category: 'symptom' },
      glossary: [doms],
      meetings: [],
      direction: 'reverse',
    });
    const { front, back } = sides(card!);
    expect(front).toBe(doms.short);
    expect(back.startsWith(`${doms.term}\nAlso called: post-exercise muscle soreness`)).toBe(true);
    expect(back).toContain(`Note: ${doms.note}`);
  });

  it('blanks the term out of an explanation that names it', () => {
    const arthritis = GLOSSARY.find((e) => e.id === 'arthritis')!;
    const masked = maskTerm(arthritis.short, arthritis);
    expect(masked.startsWith('___ means')).toBe(true);
    // Words that only contain the term are left alone.
    expect(masked).toContain('osteoarthritis');
    const [card] = buildDeck({
      source: { kind: 'all' },
      glossary: [arthritis],
      meetings: [],
      direction: 'reverse',
    });
    expect(card?.explanation).toBe(masked);
  });

  it('no reverse card in the glossary names its own term', () => {
    const deck = buildDeck({
      source: { kind: 'all' },
      glossary: GLOSSARY,
      meetings: [],
      direction: 'reverse',
    });
    const named = deck.filter((card) => {
      const term = card.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, 'iu').test(card.explanation);
    });
    expect(named.map((c) => c.entryId)).toEqual([]);
  });
});
