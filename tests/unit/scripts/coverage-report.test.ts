// The coverage report over pages: rates per 1,000 words, the densest page, marks per category,
// and which frequent health candidates are explained.
import { describe, expect, it } from 'vitest';
import type { PageAnalysis, PageCandidate } from '../../../scripts/lib/coverage-analysis';
import { contrastOf } from '../../../scripts/lib/contrast';
import { coverageReport, formatCoverage } from '../../../scripts/lib/coverage-report';

const phrase = (occurrences: number, marked = 0): PageCandidate => ({
  kind: 'phrase',
  occurrences,
  marked,
});

function analysed(
  file: string,
  words: number,
  marks: string[],
  candidates: [string, PageCandidate][],
): PageAnalysis {
  return {
    file,
    words,
    marks: marks.map((entryId, i) => ({ entryId, first: marks.indexOf(entryId) === i })),
    candidates: new Map(candidates),
  };
}

const pages = [
  analysed(
    'a.txt',
    1000,
    ['sciatica', 'sciatica', 'tendon'],
    [
      ['sciatica', phrase(2, 2)],
      ['joint pain', phrase(1)],
      ['tendon', phrase(2, 1)],
      ['page', phrase(3)],
      ['function', phrase(1)],
    ],
  ),
  analysed(
    'b.txt',
    500,
    ['tendon'],
    [
      ['joint pain', phrase(2)],
      ['tendon', phrase(3)],
      ['sciatica', phrase(1, 1)],
      ['page', phrase(1)],
      ['function', phrase(1)],
    ],
  ),
  analysed('short.txt', 20, ['sciatica', 'sciatica'], [['muscle', phrase(1)]]),
];
/** The glossary's head words, which count as health words. */
const glossaryWords = new Set(['sciatica', 'tendon']);
const categories = new Map([
  ['sciatica', 'condition'],
  ['tendon', 'body'],
]);

describe('coverageReport', () => {
  const report = coverageReport(pages, { minPages: 2, top: 10, categories, glossaryWords });

  it('gives marks per 1,000 words, every time and first per section', () => {
    expect(report.words).toBe(1520);
    expect(report.every).toEqual({ marks: 6, per1k: 3.9 });
    expect(report.firstPerSection).toEqual({ marks: 4, per1k: 2.6 });
  });

  it('names the densest page of 100 words or more', () => {
    expect(report.densest).toEqual({ file: 'a.txt', words: 1000, marks: 3, per1k: 3 });
  });

  it('shares marks out by entry category', () => {
    expect(report.categories).toEqual([
      { category: 'condition', marks: 4, share: 4 / 6 },
      { category: 'body', marks: 2, share: 2 / 6 },
    ]);
  });

  it('counts frequent health candidates, explained or not', () => {
    // "page" and "function" are not health words; "muscle" is on one page only.
    expect(report.candidates.all.map((r) => r.key)).toEqual(['tendon', 'joint pain', 'sciatica']);
    expect(report.candidates.explained).toBe(2);
    expect(report.candidates.unexplained.map((r) => r.key)).toEqual(['joint pain']);
    // Marked at 1 of 5 occurrences: explained, but mostly missed.
    expect(report.candidates.sometimes.map((r) => r.key)).toEqual(['tendon']);
  });

  it('keeps a health adjective that compromise read as a noun on some pages', () => {
    const noun = analysed('c.txt', 300, [], [['acute', phrase(1)]]);
    const adjective = analysed(
      'd.txt',
      300,
      [],
      [['acute', { kind: 'adjective', occurrences: 1, marked: 0 }]],
    );
    const r = coverageReport([noun, adjective], { minPages: 2, top: 10 });
    expect(r.candidates.all).toMatchObject([{ key: 'acute', kind: 'adjective', pages: 2 }]);
  });

  it('drops candidates common in the contrast pages', () => {
    const contrast = contrastOf(['Each tendon of the API...', 'Tendons everywhere', 'no']);
    const r = coverageReport(pages, { minPages: 2, top: 10, glossaryWords, contrast });
    expect(r.candidates.all.map((c) => c.key)).toEqual(['joint pain', 'sciatica']);
  });

  it('leaves candidates decided "not" out of what is needed', () => {
    const decisions = new Map([
      ['joint pain', 'add'],
      ['sciatica', 'entry'],
      ['tendon', 'not'],
    ]);
    const r = coverageReport(pages, { minPages: 2, top: 10, glossaryWords, decisions });
    expect(r.candidates.needed).toEqual({ count: 2, explained: 1, undecided: 0 });
    expect(r.candidates.unexplained.map((c) => c.key)).toEqual(['joint pain']);
    const notPage = coverageReport(pages, {
      minPages: 2,
      top: 10,
      glossaryWords,
      decisions: new Map([['joint pain', 'not']]),
    });
    expect(notPage.candidates.unexplained).toEqual([]);
    expect(notPage.candidates.needed).toEqual({ count: 0, explained: 0, undecided: 2 });
    expect(formatCoverage(r, { minPages: 2 })).toContain('1 of 2 explained (50%)');
  });
});
