import { describe, expect, it } from 'vitest';
import { parseLogData } from '../../../log/parse-log';
import { entry } from './fixtures';

const good1 = entry({ id: 'good-1', level: 2 });
const good2 = entry({ id: 'good-2', level: 6, at: '2024-05-19T20:00:00+02:00' });

describe('parseLogData', () => {
  it('reads a clean store as it is, with no problems', () => {
    const raw = { version: 1, entries: [good1, good2] };
    expect(parseLogData(raw)).toEqual({ data: raw, rejected: [], repaired: [], problems: [] });
  });

  it('reads "nothing stored yet" as an empty log with no problems', () => {
    expect(parseLogData(undefined)).toEqual({
      data: { version: 1, entries: [] },
      rejected: [],
      repaired: [],
      problems: [],
    });
  });

  it('keeps the good entries of a corrupt store and sets the bad one aside with its reason', () => {
    const bad = { ...entry({ id: 'bad' }), level: 'eleven' };
    const result = parseLogData({ version: 1, entries: [good1, bad, good2] });
    expect(result.data.entries).toEqual([good1, good2]);
    expect(result.rejected).toEqual([
      {
        index: 1,
        raw: bad,
        reason: 'soreness must be a whole number from 0 to 10, found "eleven"',
      },
    ]);
    expect(result.problems).toEqual([
      'Entry 2 was kept aside because soreness must be a whole number from 0 to 10, found "eleven".',
    ]);
  });

  it('sets aside a second entry with an id already used, rather than losing either', () => {
    const twin = { ...good1, level: 9 };
    const result = parseLogData({ version: 1, entries: [good1, twin] });
    expect(result.data.entries).toEqual([good1]);
    expect(result.rejected[0]?.raw).toBe(twin);
    expect(result.problems[0]).toMatch(/already has the id "good-1"/);
  });

  it('repairs a broken optional field and keeps the original aside', () => {
    const raw = { ...good1, note: 42 };
    const result = parseLogData({ version: 1, entries: [raw] });
    expect(result.data.entries).toEqual([good1]);
    expect(result.repaired).toEqual([{ index: 0, raw, reason: expect.stringMatching(/note/) }]);
    expect(result.problems[0]).toMatch(/^Entry 1 was repaired: note must be text/);
  });

  it.each([
    ['a string', 'not json at all', /it is "not json at all", not a log/],
    ['a list', [good1], /it is a list, not a log/],
    ['null', null, /it is an empty value, not a log/],
    ['entries that are not a list', { version: 1, entries: {} }, /entries are a group of fields/],
    ['a newer version', { version: 7, entries: [good1] }, /version 7, made by a newer PT Lens/],
    ['no version', { entries: [good1] }, /no version/],
  ])('keeps %s aside whole, never throwing', (_name, raw, problem) => {
    const result = parseLogData(raw);
    expect(result.data.entries).toEqual([]);
    expect(result.rejected).toEqual([{ index: null, raw, reason: expect.any(String) }]);
    expect(result.problems[0]).toMatch(problem);
  });
});
