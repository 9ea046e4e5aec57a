import { describe, expect, it } from 'vitest';
import { applyMerge, previewMerge } from '../../../log/merge';
import { entry } from './fixtures';

const existing = [
  entry({ id: 'a', at: '2024-05-19T09:00:00Z', level: 3, areas: ['neck', 'knee-left'] }),
  entry({ id: 'b', at: '2024-05-20T09:00:00Z', level: 5, note: 'mine' }),
];

describe('previewMerge', () => {
  it('sorts incoming entries into new ones, duplicates and conflicts', () => {
    const sameAgain = { ...existing[0]!, updatedAt: '2024-05-21T00:00:00Z' };
    const sameMoment = entry({
      id: 'other-device',
      at: '2024-05-19T05:00:30-04:00', // the same minute as "a", written in another offset
      level: 3,
      areas: ['knee-left', 'neck'],
    });
    const changed = { ...existing[1]!, note: 'theirs' };
    const fresh = entry({ id: 'c', at: '2024-05-18T09:00:00Z' });
    const preview = previewMerge(existing, [sameAgain, sameMoment, changed, fresh]);
    expect(preview.toAdd).toEqual([fresh]);
    expect(preview.duplicates).toEqual([
      { incoming: sameAgain, existing: existing[0], why: 'same-id' },
      { incoming: sameMoment, existing: existing[0], why: 'same-moment' },
    ]);
    expect(preview.conflicts).toEqual([{ incoming: changed, existing: existing[1] }]);
  });

  it('treats the same id at another moment as a conflict, and the same moment in another offset as the same', () => {
    const moved = { ...existing[0]!, at: '2024-05-19T10:00:00Z' };
    const sameInstant = { ...existing[0]!, at: '2024-05-19T11:00:00+02:00' };
    const preview = previewMerge(existing, [moved, sameInstant]);
    expect(preview.conflicts.map((c) => c.incoming)).toEqual([moved]);
    expect(preview.duplicates.map((d) => [d.incoming, d.why])).toEqual([[sameInstant, 'same-id']]);
  });

  it('does not call entries with another soreness level or area duplicates', () => {
    const moreSore = entry({
      id: 'x',
      at: '2024-05-19T09:00:00Z',
      level: 4,
      areas: ['neck', 'knee-left'],
    });
    const otherArea = entry({ id: 'y', at: '2024-05-19T09:00:00Z', level: 3, areas: ['neck'] });
    expect(previewMerge(existing, [moreSore, otherArea]).toAdd).toEqual([moreSore, otherArea]);
  });

  it('catches a duplicate inside the import itself', () => {
    const one = entry({ id: 'p', at: '2024-05-10T09:00:00Z' });
    const two = entry({ id: 'q', at: '2024-05-10T09:00:00Z' });
    const preview = previewMerge([], [one, two]);
    expect(preview.toAdd).toEqual([one]);
    expect(preview.duplicates.map((d) => d.incoming)).toEqual([two]);
  });
});

describe('applyMerge', () => {
  const changed = { ...existing[1]!, note: 'theirs' };
  const fresh = entry({ id: 'c', at: '2024-05-18T09:00:00Z' });
  const preview = previewMerge(existing, [changed, fresh, existing[0]!]);

  it('adds only the new entries and never overwrites an existing one', () => {
    const merged = applyMerge({ existing, preview });
    expect(merged).toEqual([...existing, fresh]);
    expect(merged.find((e) => e.id === 'b')?.note).toBe('mine');
  });

  it('keeps both sides of a conflict the user chose to keep, under a new id', () => {
    const merged = applyMerge({
      existing,
      preview,
      keepBoth: { ids: ['b'], makeId: () => 'b-copy' },
    });
    expect(merged).toEqual([...existing, fresh, { ...changed, id: 'b-copy' }]);
  });
});
