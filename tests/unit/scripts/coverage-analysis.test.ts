// One page as the coverage command measures it, with the real matcher: marks, the first mark
// of each entry per section, and which candidate terms a mark explains.
import { describe, expect, it } from 'vitest';
import { analysePage, explains, sectionsOf } from '../../../scripts/lib/coverage-analysis';
import { textBlocks, type Page } from '../../../scripts/lib/coverage-pages';
import { glossaryMatcher } from '../../../terms/glossary-matcher';

const matcher = glossaryMatcher();
const page = (text: string): Page => ({ file: 'notes.txt', blocks: textBlocks(text) });

const SCIATICA = [
  '# Sciatica',
  'Sciatica is pain along a nerve of the leg. Ibuprofen may ease sciatica.',
  '# Treatment',
  'Sciatica often gets better with physical therapy.',
].join('\n');

describe('sectionsOf', () => {
  it('starts a section at each heading', () => {
    expect(sectionsOf(page(SCIATICA))).toEqual([0, 0, 1, 1]);
  });

  it('cuts a page with no headings every 500 words', () => {
    const line = `${'word '.repeat(299)}end.`;
    expect(sectionsOf(page([line, line, line, line].join('\n')))).toEqual([0, 0, 1, 1]);
  });
});

describe('analysePage', () => {
  const result = analysePage(page(SCIATICA), matcher);

  it('counts every mark, and which are the first of their entry in their section', () => {
    const marks = result.marks.map((m) => `${m.entryId}${m.first ? ' (first)' : ''}`);
    expect(marks).toEqual([
      'sciatica (first)',
      'sciatica',
      'ibuprofen (first)',
      'sciatica',
      'sciatica (first)',
      'physical-therapy (first)',
    ]);
  });

  it('counts the words read', () => {
    expect(result.words).toBe(22);
  });

  it('knows which candidates a mark explains and which none does', () => {
    expect(result.candidates.get('physical therapy')).toMatchObject({ occurrences: 1, marked: 1 });
    expect(result.candidates.get('nerve')).toMatchObject({ marked: 0 });
  });
});

describe('explains', () => {
  const occurrence = { key: 'chronic low back pain', kind: 'phrase' as const };
  // "chronic low back pain" at 0-21, its head "pain" at 17-21.
  const o = { ...occurrence, start: 0, end: 21, headStart: 17, headEnd: 21 };

  it('takes a mark within the phrase that covers its head', () => {
    expect(explains({ start: 8, end: 21 }, o)).toBe(true);
  });

  it('refuses a mark of a modifier only, or one reaching outside the phrase', () => {
    expect(explains({ start: 0, end: 7 }, o)).toBe(false);
    expect(explains({ start: 8, end: 30 }, o)).toBe(false);
  });
});
