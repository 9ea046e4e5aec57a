import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsvLog, toCsv } from '../../../log/csv';
import { entry } from './fixtures';

const HEADER = CSV_COLUMNS.join(',');
let nextId = 0;
const makeId = () => `made-${++nextId}`;
const read = (text: string) => parseCsvLog({ text, makeId });

describe('toCsv', () => {
  it('writes a header and one row per entry, oldest first, with ISO times and area ids', () => {
    const later = entry({
      id: 'b',
      at: '2024-05-20T08:00:00-04:00',
      level: 6,
      areas: ['knee-left', 'hip-left'],
      after: { kind: 'treatment', treatmentId: 'tens', label: 'Clinic' },
      note: 'Stairs, then "rest"',
    });
    const earlier = entry({ id: 'a', at: '2024-05-19T09:00:00Z', level: 2 });
    expect(toCsv([later, earlier]).split('\r\n')).toEqual([
      HEADER,
      'a,2024-05-19T09:00:00Z,2,knee-left,,,,,2024-05-19T09:00:00Z,2024-05-19T09:00:00Z',
      'b,2024-05-20T08:00:00-04:00,6,knee-left;hip-left,treatment,tens,Clinic,"Stairs, then ""rest""",' +
        '2024-05-20T08:00:00-04:00,2024-05-20T08:00:00-04:00',
      '',
    ]);
  });

  it('guards a note that a spreadsheet would run as a formula', () => {
    const csv = toCsv([entry({ id: 'f', note: '=HYPERLINK("http://evil.example","click")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(
      csv
        .split('\r\n')
        .slice(1)
        .some((row) => /(^|,)[=+@-]/.test(row)),
    ).toBe(false);
  });
});

describe('parseCsvLog', () => {
  it('reads its own export back to the same entries', () => {
    const entries = [
      entry({ id: 'a', at: '2024-05-19T09:00:00Z', level: 0, areas: ['whole-body'] }),
      entry({
        id: 'b',
        at: '2024-05-20T08:00:00-04:00',
        level: 10,
        areas: ['knee-left', 'hip-left'],
        after: { kind: 'pt-session', label: '-ish, "hard"\nday' },
        note: "'=already quoted",
        createdAt: '2024-05-20T12:01:00Z',
        updatedAt: '2024-05-20T13:00:00Z',
      }),
    ];
    expect(read(toCsv(entries))).toEqual({ entries, errors: [], warnings: [] });
  });

  it('accepts plain labels, any column order, a missing id and missing times', () => {
    const text =
      'Soreness,Areas,Time,After,Note\n4,"Left knee, Right knee",2024-05-20T08:00:00Z,PT session,ok\n';
    const result = read(text);
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      {
        id: expect.stringMatching(/^made-/),
        at: '2024-05-20T08:00:00Z',
        level: 4,
        areas: ['knee-left', 'knee-right'],
        after: { kind: 'pt-session' },
        note: 'ok',
        createdAt: '2024-05-20T08:00:00Z',
        updatedAt: '2024-05-20T08:00:00Z',
      },
    ]);
  });

  it('gives plain, line-numbered errors and keeps the good rows', () => {
    const text = [
      'time,soreness,areas',
      '2024-05-20T08:00:00Z,3,knee-left',
      '2024-05-20T09:00:00Z,2,neck',
      '2024-05-20T10:00:00Z,eleven,neck',
      '2024-05-20T11:00:00Z,7.5,neck',
      '20/05/2024,,toe',
      '2024-05-20T12:00:00Z,4,hip-left',
    ].join('\n');
    const result = read(text);
    expect(result.entries.map((e) => e.level)).toEqual([3, 2, 4]);
    expect(Object.keys(result.entries[0] ?? {})).toEqual([
      'id',
      'at',
      'level',
      'areas',
      'createdAt',
      'updatedAt',
    ]);
    expect(result.errors).toEqual([
      'Line 4: soreness must be a whole number from 0 to 10, found "eleven".',
      'Line 5: soreness must be a whole number from 0 to 10, found 7.5.',
      'Line 6: time must be a date and time with a time zone, like 2024-05-03T18:30:00-04:00, found "20/05/2024".',
      'Line 6: soreness is missing.',
      'Line 6: "toe" is not a body area PT Lens knows.',
    ]);
  });

  it('refuses a file with a missing column, naming the column', () => {
    const result = read('time,soreness\n2024-05-20T08:00:00Z,3\n');
    expect(result.entries).toEqual([]);
    expect(result.errors).toEqual([
      `The file has no "areas" column. The first line should name the columns: ${CSV_COLUMNS.join(', ')}.`,
    ]);
  });

  it('reads a quoted comma in a note, and explains an unquoted one', () => {
    const text = [
      'time,soreness,areas,note',
      '2024-05-20T08:00:00Z,3,neck,"sore, but ok"',
      '2024-05-20T09:00:00Z,3,neck,sore, but ok',
    ].join('\n');
    const result = read(text);
    expect(result.entries.map((e) => e.note)).toEqual(['sore, but ok']);
    expect(result.errors).toEqual([
      'Line 3: found 5 cells where the first line names 4. A cell with a comma in it must be in double quotes.',
    ]);
  });

  it('undoes the formula guard, and leaves an unguarded formula as harmless text', () => {
    const text = `time,soreness,areas,note\n2024-05-20T08:00:00Z,3,neck,'=SUM(A1)\n2024-05-20T09:00:00Z,3,neck,=SUM(A1)\n`;
    expect(read(text).entries.map((e) => e.note)).toEqual(['=SUM(A1)', '=SUM(A1)']);
  });

  it('reports a repeated id with both lines', () => {
    const text =
      'id,time,soreness,areas\nx,2024-05-20T08:00:00Z,3,neck\nx,2024-05-20T09:00:00Z,4,neck\n';
    expect(read(text).errors).toEqual(['Line 3: the id "x" is already used on line 2.']);
  });

  it('warns about a column it does not know, and ignores it', () => {
    const result = read('time,soreness,areas,mood\n2024-05-20T08:00:00Z,3,neck,fine\n');
    expect(result.entries).toHaveLength(1);
    expect(result.warnings).toEqual([
      'The column "mood" is not one PT Lens knows, so it was left out.',
    ]);
  });

  it('reports a treatment given without saying what it followed', () => {
    const text = 'time,soreness,areas,after,treatment\n2024-05-20T08:00:00Z,3,neck,,tens\n';
    expect(read(text).errors).toEqual([
      'Line 2: "after" is empty, but a treatment or after_label is filled in.',
    ]);
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    [
      'an unclosed quote',
      `${HEADER}\n"a,b`,
      'Line 2: a quoted cell starts here but is never closed.',
    ],
  ])('refuses %s', (_case, text, error) => {
    expect(read(text)).toEqual({ entries: [], errors: [error], warnings: [] });
  });
});
