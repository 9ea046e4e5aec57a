// The scan command's pure half: offsets, counts and the three report formats.
import { describe, expect, it } from 'vitest';
import {
  countTerms,
  escapeMarkdown,
  findTerms,
  formatCounts,
  formatJson,
  formatStudySheet,
  scannedPage,
  scannedText,
  snippet,
  type FoundTerm,
  type ScanResult,
} from '../../../scripts/lib/scan-report';
import { buildMatchData } from '../../../terms/match-data';
import { compileMatcher } from '../../../terms/matcher';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

/** The real term engine over a small glossary written for the tests. */
const matcher = compileMatcher(buildMatchData(MINI_GLOSSARY));
const entries = new Map(MINI_GLOSSARY.map((e) => [e.id, e]));

function scanOf(files: ReturnType<typeof scannedText>[]): ScanResult {
  return { files, found: files.flatMap((f) => findTerms(matcher, f)), errors: [] };
}

const notes = scannedText(
  'notes.txt',
  'DOMS after squats.\nAn NSAID helped the DOMS,\nand NSAIDs help rheumatoid\narthritis too.',
);
const page = scannedPage('page.html', ['Why DOMS happens', 'Rheumatoid', 'arthritis flares']);

describe('scannedPage', () => {
  it('joins blocks with blank lines and records where each starts', () => {
    expect(page.text).toBe('Why DOMS happens\n\nRheumatoid\n\narthritis flares');
    for (const s of page.segments)
      expect(page.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});

describe('findTerms', () => {
  it('gives offsets in the file text that point at the matched words', () => {
    for (const file of [notes, page])
      for (const m of findTerms(matcher, file))
        expect(file.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches a phrase across a line break in a text file', () => {
    expect(findTerms(matcher, notes).map((m) => m.entryId)).toContain('rheumatoid-arthritis');
  });

  it('never joins two blocks of a page into one phrase, as the content script does not', () => {
    expect(findTerms(matcher, page).map((m) => [m.text, m.entryId])).toEqual([
      ['DOMS', 'doms'],
      ['arthritis', 'arthritis'],
    ]);
  });
});

describe('countTerms', () => {
  it('counts matches and files, most frequent first, ties by name', () => {
    const result = scanOf([notes, page]);
    expect(countTerms(result.found, entries)).toEqual([
      { entryId: 'doms', term: 'Delayed onset muscle soreness (DOMS)', count: 3, files: 2 },
      { entryId: 'nsaid', term: 'NSAID', count: 2, files: 1 },
      { entryId: 'arthritis', term: 'Arthritis', count: 1, files: 1 },
      { entryId: 'rheumatoid-arthritis', term: 'Rheumatoid arthritis (RA)', count: 1, files: 1 },
    ]);
  });

  it('falls back to the entry id for an entry it does not know', () => {
    const found: FoundTerm[] = [
      { file: 'a', start: 0, end: 1, text: 'x', entryId: 'gone', alias: 'x' },
    ];
    expect(countTerms(found, entries)).toEqual([
      { entryId: 'gone', term: 'gone', count: 1, files: 1 },
    ]);
  });
});

describe('formatCounts', () => {
  it('prints a headline and one row per term', () => {
    const result = scanOf([notes, page]);
    const lines = formatCounts(result, entries).split('\n');
    expect(lines[0]).toBe('4 terms (7 matches) in 2 files.');
    expect(lines[3]).toMatch(/^\s+3\s+2\s+Delayed onset muscle soreness \(DOMS\)\s+doms$/);
  });

  it('says so when nothing was found', () => {
    const result = scanOf([scannedText('empty.txt', 'Nothing here.')]);
    expect(formatCounts(result, entries)).toBe('No glossary terms found in 1 file.\n');
  });
});

describe('formatJson', () => {
  it('lists files, terms, every match and errors', () => {
    const result = { ...scanOf([notes, page]), errors: [{ file: 'x.bin', message: 'binary' }] };
    const json = JSON.parse(formatJson(result, entries));
    expect(json.files).toEqual([
      { file: 'notes.txt', kind: 'text', matches: 5 },
      { file: 'page.html', kind: 'html', matches: 2 },
    ]);
    expect(json.matches).toEqual(result.found);
    expect(json.matches[0]).toEqual({
      file: 'notes.txt',
      start: 0,
      end: 4,
      text: 'DOMS',
      entryId: 'doms',
      alias: 'DOMS',
    });
    expect(json.errors).toEqual([{ file: 'x.bin', message: 'binary' }]);
  });
});

describe('snippet', () => {
  const text =
    'First paragraph.\n\nOne two three four five six seven eight nine ten eleven NSAID ' +
    'twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen\ntwenty';

  it('shows whole words either side of the match, cut with an ellipsis', () => {
    const start = text.indexOf('NSAID');
    expect(snippet(text, { start, end: start + 5 })).toEqual({
      before: '…five six seven eight nine ten eleven ',
      match: 'NSAID',
      after: ' twelve thirteen fourteen fifteen…',
    });
  });

  it('stays inside its paragraph and puts line breaks on one line', () => {
    expect(snippet('Intro.\n\nThe DOMS\nfaded.\n\nNext.', { start: 12, end: 16 })).toEqual({
      before: 'The ',
      match: 'DOMS',
      after: ' faded.',
    });
  });
});

describe('escapeMarkdown', () => {
  it('keeps page text from becoming Markdown or HTML', () => {
    expect(escapeMarkdown('*not bold* <b>[link](x)</b> `code`')).toBe(
      '\\*not bold\\* \\<b\\>\\[link\\](x)\\</b\\> \\`code\\`',
    );
  });
});

describe('formatStudySheet', () => {
  const result = scanOf([notes, page]);
  const sheet = formatStudySheet(result, entries);

  it('gives each term a heading and its short explanation', () => {
    expect(sheet).toContain(
      '## Delayed onset muscle soreness (DOMS)\n\nMuscle soreness a day or two after new exercise.',
    );
    expect(sheet).toContain('## NSAID\n\nA medicine that eases pain and swelling.');
  });

  it('says where each term occurs, with the match in bold', () => {
    expect(sheet).toContain('Found 3 times in 2 files:');
    expect(sheet).toContain('- `page.html`: Why **DOMS** happens');
    expect(sheet).toContain('Found once in 1 file:');
  });

  it('shows five places a term occurs and counts the rest', () => {
    const many = scannedText('many.txt', Array(8).fill('DOMS again.').join('\n\n'));
    const r = scanOf([many]);
    const md = formatStudySheet(r, entries);
    expect(md.match(/^- `many.txt`/gm)).toHaveLength(5);
    expect(md).toContain('- and 3 more');
  });
});
