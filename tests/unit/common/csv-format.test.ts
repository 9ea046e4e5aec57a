import { describe, expect, it } from 'vitest';
import {
  csvCell,
  guardFormula,
  parseCsv,
  toCsvText,
  unguardFormula,
} from '../../../common/csv-format';

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', "'+1"],
    ['-2 after squats', "'-2 after squats"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab first', "'\tTab first"],
    ["'=already quoted", "''=already quoted"],
    ['plain text', 'plain text'],
    ["'tis sore", "'tis sore"],
    ['2024-05-03T18:30:00-04:00', '2024-05-03T18:30:00-04:00'],
  ])('%j is written as %j and read back exactly', (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(cell);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "ouch"', '"say ""ouch"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1, then', `"'=1+1, then"`],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, with each record’s line', () => {
    const text = 'a,b\r\n"x, y","he said ""hi"""\r\n"multi\nline",z\r\nlast,row\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'he said "hi"'] },
        { line: 3, cells: ['multi\nline', 'z'] },
        { line: 5, cells: ['last', 'row'] },
      ],
    });
  });

  it('accepts LF line ends, a byte order mark, blank lines, no final line end and empty cells', () => {
    const result = parseCsv('\uFEFFa,b\n\n1,\n,2');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 3, cells: ['1', ''] },
        { line: 4, cells: ['', '2'] },
      ],
    });
  });

  it('reports a quote that is never closed, with the line it opens on', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      error: 'Line 2: a quoted cell starts here but is never closed.',
    });
  });

  it('reports text after a closing quote', () => {
    const result = parseCsv('a,b\n"x"y,2\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /^Line 2: a quoted cell must end at its closing quote/,
    );
  });

  it('reads back what toCsvText writes', () => {
    const rows = [
      ['id', 'note'],
      ['1', '=cmd|"/c calc"!A1'],
      ['2', 'comma, "quote"\r\nand a line break'],
      ['3', ''],
    ];
    const parsed = parseCsv(toCsvText(rows));
    expect(parsed.ok && parsed.records.map((r) => r.cells.map(unguardFormula))).toEqual(rows);
  });
});
