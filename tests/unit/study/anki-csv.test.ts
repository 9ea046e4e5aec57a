// Export for Anki: Anki's header lines, then one row per card (front, back, tags) that reads back
// as written, with line breaks and commas quoted and formula-like cells guarded.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { parseCsv, unguardFormula } from '../../../common/csv-format';
import { ANKI_HEADER, ankiCsv, ankiFileName, ankiRows, cardTags } from '../../../study/anki-csv';
import { buildDeck, sides } from '../../../study/deck';
import type { StudyCard } from '../../../study/deck';
import { NOW, gloss, met } from './fixtures';

const card = (over: Partial<StudyCard> = {}): StudyCard => ({
  entryId: 'squat',
  direction: 'forward',
  category: 'exercise',
  term: 'Squat',
  aliases: ['knee bend'],
  explanation: 'Bending the knees, then standing up.',
  ...over,
});

const rowsOf = (text: string): string[][] => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records.map((r) => r.cells);
};

describe('ankiCsv', () => {
  it('starts with the header lines Anki reads, then front, back and tags', () => {
    const text = ankiCsv([card()]);
    expect(text.split('\r\n').slice(0, 3)).toEqual([...ANKI_HEADER]);
    expect(rowsOf(text).slice(3)).toEqual([
      [
        'Squat\nAlso called: knee bend',
        'Bending the knees, then standing up.',
        'pt-lens pt-lens::exercise',
      ],
    ]);
  });

  it('reads back as the cards’ sides for a whole deck, both ways', () => {
    const deck = buildDeck({
      source: { kind: 'all' },
      glossary: GLOSSARY,
      meetings: [],
      direction: 'both',
    });
    const rows = rowsOf(ankiCsv(deck)).slice(ANKI_HEADER.length);
    expect(rows).toHaveLength(GLOSSARY.length * 2);
    rows.forEach((row, i) => {
      const { front, back } = sides(deck[i]!);
      expect(row.map(unguardFormula)).toEqual([front, back, cardTags(deck[i]!)]);
    });
  });

  it('exports the terms met with their notes', () => {
    const glossary = [gloss('bridge', { category: 'exercise', note: 'Keep it slow, steady.' })];
    const deck = buildDeck({
      source: { kind: 'met' },
      glossary,
      meetings: [met('bridge', NOW.toISOString())],
      direction: 'forward',
    });
    expect(ankiRows(deck)).toEqual([
      [
        'Bridge',
        'The plain meaning of bridge.\n\nNote: Keep it slow, steady.',
        'pt-lens pt-lens::exercise',
      ],
    ]);
  });

  it('tags reverse cards, and guards a cell a spreadsheet would run as a formula', () => {
    const text = ankiCsv([card({ direction: 'reverse', explanation: '=HYPERLINK("x")' })]);
    const [row] = rowsOf(text).slice(3);
    expect(row?.[0]).toBe(`'=HYPERLINK("x")`);
    expect(row?.[2]).toBe('pt-lens pt-lens::exercise pt-lens::reverse');
  });

  it('is just the header for an empty deck', () => {
    expect(ankiCsv([])).toBe(ANKI_HEADER.map((l) => `${l}\r\n`).join(''));
  });
});

describe('ankiFileName', () => {
  it('names the deck and the day', () => {
    expect(ankiFileName('exercise', NOW)).toBe('pt-lens-flashcards-exercise-2024-05-20.csv');
    expect(ankiFileName('met', NOW)).toBe('pt-lens-flashcards-met-2024-05-20.csv');
  });
});
