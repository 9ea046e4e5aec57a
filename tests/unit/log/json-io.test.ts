import { describe, expect, it } from 'vitest';
import { parseJsonLog, toJsonExport } from '../../../log/json-io';
import { NOW, entry } from './fixtures';

const a = entry({ id: 'a', level: 2, after: { kind: 'treatment', treatmentId: 'massage' } });
const b = entry({ id: 'b', at: '2024-05-19T21:15:00+02:00', level: 7, note: 'After the stairs' });

const file = (over: Record<string, unknown>) =>
  JSON.stringify({
    app: 'pt-lens',
    kind: 'soreness-log',
    version: 1,
    exportedAt: NOW.toISOString(),
    entries: [a],
    ...over,
  });

describe('toJsonExport', () => {
  it('writes everything, labelled and versioned', () => {
    expect(JSON.parse(toJsonExport({ entries: [a, b], now: NOW }))).toEqual({
      app: 'pt-lens',
      kind: 'soreness-log',
      version: 1,
      exportedAt: '2024-05-20T12:00:00.000Z',
      entries: [a, b],
    });
  });
});

describe('parseJsonLog', () => {
  it('reads its own export back to the same entries', () => {
    expect(parseJsonLog(toJsonExport({ entries: [a, b], now: NOW }))).toEqual({
      entries: [a, b],
      errors: [],
    });
  });

  it('keeps the good entries and names the bad ones', () => {
    const result = parseJsonLog(
      file({ entries: [a, { ...b, level: 11 }, { ...a, id: 'c', areas: [] }, a] }),
    );
    expect(result.entries).toEqual([a]);
    expect(result.errors).toEqual([
      'Entry 2 (id "b"): soreness must be a whole number from 0 to 10, found 11.',
      'Entry 3 (id "c"): areas must list at least one body area, such as knee-left, found an empty list.',
      'Entry 4 (id "a"): entry 1 already has this id.',
    ]);
  });

  it.each([
    [
      'malformed JSON',
      '{"app": "pt-lens", "entries": [',
      /^This file is not valid JSON.*Nothing was imported\.$/,
    ],
    ['an empty file', '', /^This file is not valid JSON/],
    ['some other JSON', '{"hello": "world"}', /^This file is not a PT Lens soreness log export\./],
    ['a CSV file', 'time,soreness,areas\n', /^This file is not valid JSON/],
    [
      'a newer version',
      file({ version: 2 }),
      /made by a newer PT Lens \(version 2; this one reads up to 1\)\. Update PT Lens/,
    ],
    ['a version that is text', file({ version: '1' }), /no usable version number \(found "1"\)/],
    // No build wrote a version 0 file: the first export was version 1.
    ['a version 0 file', file({ version: 0 }), /no usable version number \(found 0\)/],
    [
      'entries that are not a list',
      file({ entries: { a } }),
      /entries are a group of fields, not a list/,
    ],
  ])('refuses %s with a plain sentence, importing nothing', (_case, text, error) => {
    const result = parseJsonLog(text);
    expect(result.entries).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(error);
  });

  it('says on which line the JSON breaks, when the engine says where', () => {
    const text = '{\n  "app": "pt-lens",\n  "kind": "soreness-log",\n  "version": 1,\n}';
    expect(parseJsonLog(text).errors[0]).toMatch(/^This file is not valid JSON on line 5\./);
  });
});
