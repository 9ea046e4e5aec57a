import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../log/read-entry';
import { LogDataSchema, checkDraft, isIsoTimestamp } from '../../../log/schema';
import { entry } from './fixtures';

describe('isIsoTimestamp', () => {
  it.each([
    ['2024-05-03T18:30:00-04:00', true],
    ['2024-05-03T18:30:00.123Z', true],
    ['2024-05-03T18:30+05:30', true],
    ['2024-02-29T10:00:00Z', true],
    ['2024-05-03T18:30:00', false], // no time zone: the local day would be a guess
    ['2024-05-03', false],
    ['2023-02-29T10:00:00Z', false],
    ['2024-04-31T10:00:00Z', false],
    ['2024-05-03T24:00:00Z', false],
    ['03/05/2024 18:30', false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(isIsoTimestamp(text)).toBe(ok);
  });
});

const AFTER_RULE = 'after must be one of pt-session, home-exercise, treatment or other';

describe('checkDraft (what a form hands over)', () => {
  const good = { at: '2024-05-03T18:30:00-04:00', level: 4, areas: ['knee-left'] };

  it('passes a plain draft and drops blank optional text', () => {
    expect(checkDraft({ ...good, note: '   ', after: { kind: 'pt-session', label: ' ' } })).toEqual(
      {
        ok: true,
        draft: { ...good, after: { kind: 'pt-session' } },
      },
    );
  });

  it('removes a repeated area', () => {
    const checked = checkDraft({ ...good, areas: ['knee-left', 'knee-left', 'hip-left'] });
    expect(checked.ok && checked.draft.areas).toEqual(['knee-left', 'hip-left']);
  });

  it.each([
    [{ level: 11 }, 'level', 'soreness must be a whole number from 0 to 10, found 11'],
    [{ level: 2.5 }, 'level', 'soreness must be a whole number from 0 to 10, found 2.5'],
    [{ level: '7' }, 'level', 'soreness must be a whole number from 0 to 10, found "7"'],
    [{ level: undefined }, 'level', 'soreness is missing'],
    [
      { areas: [] },
      'areas',
      'areas must list at least one body area, such as knee-left, found an empty list',
    ],
    [{ areas: ['knee-left', 'toe'] }, 'areas', '"toe" is not a body area PT Lens knows'],
    [{ at: '2024-05-03' }, 'at', 'time must be a date and time with a time zone'],
    [{ note: 'x'.repeat(501) }, 'note', 'note must be text of at most 500 characters'],
    [{ after: { kind: 'gym' } }, 'after', `${AFTER_RULE}, found "gym"`],
    [{ after: 'pt-session' }, 'after', `${AFTER_RULE}, found "pt-session"`],
    [
      { after: { kind: 'treatment', treatmentId: 'Not An Id' } },
      'after',
      'treatment must be a glossary id such as tens or massage, found "Not An Id"',
    ],
  ])('refuses %o with a problem on %s', (change, field, message) => {
    const checked = checkDraft({ ...good, ...change });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]?.field).toBe(field);
    expect(checked.problems[0]?.message).toContain(message);
  });
});

describe('readEntry', () => {
  it('reads a clean entry unchanged in both modes', () => {
    const clean = entry({
      id: 'a',
      after: { kind: 'treatment', treatmentId: 'tens', label: 'At the clinic' },
      note: 'Stairs were hard, "very" hard',
    });
    expect(readEntry(clean, 'strict')).toEqual({ ok: true, entry: clean, repairs: [] });
    expect(readEntry(clean, 'repair')).toEqual({ ok: true, entry: clean, repairs: [] });
  });

  it('in repair mode keeps the entry but mends broken optional fields, saying what it did', () => {
    const read = readEntry(
      { ...entry({ id: 'a' }), note: 'n'.repeat(600), after: { kind: 'gym' }, mood: 'fine' },
      'repair',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.entry.note).toHaveLength(500);
    expect(read.entry.after).toBeUndefined();
    expect(read.entry).not.toHaveProperty('mood');
    expect(read.repairs).toHaveLength(3);
    expect(read.repairs.join('\n')).toMatch(/cut to 500 characters/);
    expect(read.repairs.join('\n')).toMatch(/unknown field "mood"/);
  });

  it('in repair mode drops only the bad part of "after"', () => {
    const read = readEntry(
      entry({ id: 'a', after: { kind: 'treatment', treatmentId: 'NOT VALID', label: 'Clinic' } }),
      'repair',
    );
    expect(read.ok && read.entry.after).toEqual({ kind: 'treatment', label: 'Clinic' });
  });

  it('in strict mode refuses the same entry instead', () => {
    const read = readEntry({ ...entry({ id: 'a' }), note: 'n'.repeat(600) }, 'strict');
    expect(read.ok).toBe(false);
  });

  it('uses the entry time for missing created and updated times', () => {
    const bare: Record<string, unknown> = { ...entry({ id: 'a' }) };
    delete bare.createdAt;
    delete bare.updatedAt;
    const read = readEntry(bare, 'strict');
    expect(read.ok && [read.entry.createdAt, read.entry.updatedAt]).toEqual([bare.at, bare.at]);
  });

  it('refuses an entry with a broken required field in both modes, naming every problem', () => {
    for (const mode of ['strict', 'repair'] as const) {
      const read = readEntry({ id: '', at: 'yesterday', level: 12, areas: 'knee' }, mode);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.reasons).toEqual([
        'id must be a short text with no spaces, found ""',
        'time must be a date and time with a time zone, like 2024-05-03T18:30:00-04:00, found "yesterday"',
        'soreness must be a whole number from 0 to 10, found 12',
        'areas must list at least one body area, such as knee-left, found "knee"',
      ]);
    }
  });

  it.each([null, 'entry', 7, [1, 2]])('refuses %o, which is not an entry at all', (raw) => {
    expect(readEntry(raw, 'repair').ok).toBe(false);
  });

  it('hands back only entries the whole-store schema accepts', () => {
    const read = readEntry({ ...entry({ id: 'a' }), areas: ['hip-left', 'hip-left'] }, 'repair');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(v.is(LogDataSchema, { version: 1, entries: [read.entry] })).toBe(true);
  });
});
