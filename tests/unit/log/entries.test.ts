import { describe, expect, it } from 'vitest';
import {
  addEntry,
  deleteEntry,
  groupByDay,
  newestFirst,
  restoreEntry,
  updateEntry,
} from '../../../log/entries';
import type { EntryDraft } from '../../../log/model';
import { NOW, entry } from './fixtures';

const draft: EntryDraft = { at: '2024-05-20T08:00:00-04:00', level: 5, areas: ['knee-right'] };
const a = entry({ id: 'a', at: '2024-05-18T10:00:00Z' });
const b = entry({ id: 'b', at: '2024-05-19T10:00:00Z' });
const c = entry({ id: 'c', at: '2024-05-19T18:00:00Z' });

describe('addEntry', () => {
  it('adds a new entry with its id and times, leaving the old list alone', () => {
    const before = [a];
    const result = addEntry({ entries: before, draft, id: 'new', now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry).toEqual({
      id: 'new',
      ...draft,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(result.entries).toEqual([a, result.entry]);
    expect(before).toEqual([a]);
  });

  it('refuses a bad draft with the field to fix, and changes nothing', () => {
    const result = addEntry({ entries: [a], draft: { ...draft, areas: [] }, id: 'n', now: NOW });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'areas', message: expect.any(String) }],
    });
  });

  it('will not reuse an id that is already in the log', () => {
    expect(() => addEntry({ entries: [a], draft, id: 'a', now: NOW })).toThrow(/already used/);
  });
});

describe('updateEntry', () => {
  it('replaces the fields in place, keeping the id and created time', () => {
    const result = updateEntry({ entries: [a, b], id: 'a', draft, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.entries[0]).toEqual({
      id: 'a',
      ...draft,
      createdAt: a.createdAt,
      updatedAt: NOW.toISOString(),
    });
  });

  it('removes an optional field the new draft leaves out', () => {
    const withNote = entry({ id: 'n', note: 'old note', after: { kind: 'pt-session' } });
    const result = updateEntry({ entries: [withNote], id: 'n', draft, now: NOW });
    expect(result.ok && result.entry).not.toHaveProperty('note');
    expect(result.ok && result.entry).not.toHaveProperty('after');
  });

  it('reports an entry that no longer exists', () => {
    expect(updateEntry({ entries: [a], id: 'gone', draft, now: NOW })).toEqual({
      ok: false,
      problems: [{ field: 'entry', message: 'this entry no longer exists' }],
    });
  });
});

describe('delete and undo', () => {
  it('removes the entry and hands back what undo needs', () => {
    const result = deleteEntry([a, b, c], 'b');
    expect(result?.entries).toEqual([a, c]);
    expect(result?.removed).toEqual({ entry: b, index: 1 });
  });

  it('puts the entry back where it was', () => {
    const result = deleteEntry([a, b, c], 'b');
    if (!result) throw new Error('not deleted');
    expect(restoreEntry(result.entries, result.removed)).toEqual([a, b, c]);
  });

  it('puts it back at the end when the list has shrunk since', () => {
    const first = deleteEntry([a, b, c], 'c');
    const second = first && deleteEntry(first.entries, 'b');
    if (!first || !second) throw new Error('not deleted');
    expect(restoreEntry(second.entries, first.removed)).toEqual([a, c]);
  });

  it('does not restore twice', () => {
    const result = deleteEntry([a, b], 'b');
    if (!result) throw new Error('not deleted');
    const once = restoreEntry(result.entries, result.removed);
    expect(restoreEntry(once, result.removed)).toEqual([a, b]);
  });

  it('returns undefined for an unknown id', () => {
    expect(deleteEntry([a], 'zzz')).toBeUndefined();
  });
});

describe('listing by day', () => {
  it('sorts by the moment felt, newest first, whatever offset it was written in', () => {
    const east = entry({ id: 'east', at: '2024-05-19T20:00:00+09:00' }); // 11:00 UTC
    const west = entry({ id: 'west', at: '2024-05-19T05:00:00-05:00' }); // 10:00 UTC
    expect(newestFirst([west, east, a]).map((e) => e.id)).toEqual(['east', 'west', 'a']);
  });

  it('groups entries by local day, newest day first', () => {
    expect(groupByDay([a, c, b], 'UTC').map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ['2024-05-19', ['c', 'b']],
      ['2024-05-18', ['a']],
    ]);
  });

  it('uses the time zone given: a late-evening entry stays on its local day', () => {
    const late = entry({ id: 'late', at: '2024-05-20T02:30:00Z' }); // 22:30 on the 19th in New York
    expect(groupByDay([late, c], 'America/New_York').map((g) => g.day)).toEqual(['2024-05-19']);
    expect(groupByDay([late, c], 'UTC').map((g) => g.day)).toEqual(['2024-05-20', '2024-05-19']);
  });

  it('gives no groups for no entries', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});
