import { describe, expect, it } from 'vitest';
import { loadLog } from '../../../log/load';
import { MIGRATIONS, migrateLog, storedVersion } from '../../../log/migrations';
import type { Migration } from '../../../log/migrations';
import { LOG_VERSION } from '../../../log/model';

/** The shape PT Lens stored before versions: one `area` string and `soreness` for the level. */
const V0_STORE = {
  entries: [
    { id: 'v0-a', at: '2024-04-01T08:00:00Z', soreness: 4, area: 'knee-left' },
    { id: 'v0-b', at: '2024-04-02T08:00:00Z', soreness: 2, area: 'lower-back', note: 'Better' },
  ],
};

describe('the migration list', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: LOG_VERSION }, (_, i) => i + 1),
    );
  });
});

describe('storedVersion', () => {
  it.each([
    [{ version: 1, entries: [] }, 1],
    [{ entries: [] }, 0],
    [{ version: '1', entries: [] }, null],
    [[], null],
    [undefined, null],
  ])('%o is version %o', (raw, version) => {
    expect(storedVersion(raw)).toBe(version);
  });
});

describe('migrating from version 0', () => {
  it('renames soreness to level and area to a list of areas, filling in the times', () => {
    const result = migrateLog(V0_STORE);
    expect(result.from).toBe(0);
    expect(result.applied).toEqual([1]);
    expect(result.data).toEqual({
      version: 1,
      entries: [
        {
          id: 'v0-a',
          at: '2024-04-01T08:00:00Z',
          level: 4,
          areas: ['knee-left'],
          createdAt: '2024-04-01T08:00:00Z',
          updatedAt: '2024-04-01T08:00:00Z',
        },
        {
          id: 'v0-b',
          at: '2024-04-02T08:00:00Z',
          level: 2,
          areas: ['lower-back'],
          note: 'Better',
          createdAt: '2024-04-02T08:00:00Z',
          updatedAt: '2024-04-02T08:00:00Z',
        },
      ],
    });
  });

  it('gives the same result when its step runs again on already-migrated data', () => {
    const once = migrateLog(V0_STORE).data as Record<string, unknown>;
    const step = MIGRATIONS[0] as Migration;
    expect(step.up(once)).toEqual(once);
    // A store whose entries were migrated but whose version write was lost:
    expect(migrateLog({ entries: (once as { entries: unknown[] }).entries }).data).toEqual(once);
  });

  it('keeps both values when an entry has a different level and soreness, for the reader to report', () => {
    const odd = { id: 'x', at: '2024-04-01T08:00:00Z', soreness: 4, level: 6, areas: ['neck'] };
    const migrated = migrateLog({ entries: [odd] }).data as { entries: Record<string, unknown>[] };
    expect(migrated.entries[0]).toMatchObject({ soreness: 4, level: 6 });
    const loaded = loadLog({ entries: [odd] });
    expect(loaded.data.entries[0]?.level).toBe(6);
    expect(loaded.repaired[0]?.raw).toMatchObject({ soreness: 4 });
  });

  it('loads into a clean log, marked as changed so that it is saved again', () => {
    const loaded = loadLog(V0_STORE);
    expect(loaded.data.entries.map((e) => [e.id, e.level, e.areas])).toEqual([
      ['v0-a', 4, ['knee-left']],
      ['v0-b', 2, ['lower-back']],
    ]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.changed).toBe(true);
  });

  it('sets aside a version 0 entry whose area is not a known one, keeping its text', () => {
    const loaded = loadLog({
      entries: [{ id: 'v0-c', at: '2024-04-01T08:00:00Z', soreness: 3, area: 'left big toe' }],
    });
    expect(loaded.data.entries).toEqual([]);
    expect(loaded.rejected[0]?.raw).toMatchObject({ areas: ['left big toe'] });
    expect(loaded.problems[0]).toMatch(/"left big toe" is not a body area/);
  });
});

describe('the migration mechanism', () => {
  const toV2: Migration = {
    to: 2,
    about: 'test step: level becomes a string',
    up: (store) => ({
      ...store,
      entries: (store.entries as Record<string, unknown>[]).map((e) => ({
        ...e,
        level: `L${String(e.level)}`,
      })),
    }),
  };

  it('runs every step from the stored version up, in order', () => {
    const result = migrateLog(V0_STORE, [...MIGRATIONS, toV2]);
    expect(result.applied).toEqual([1, 2]);
    expect(result.data).toMatchObject({ version: 2, entries: [{ level: 'L4' }, { level: 'L2' }] });
  });

  it('runs nothing on a store that is already current, or newer', () => {
    const current = { version: 1, entries: [] };
    expect(migrateLog(current)).toEqual({ data: current, from: 1, applied: [], problems: [] });
    const newer = { version: 5, entries: [] };
    expect(migrateLog(newer).data).toBe(newer);
  });

  it('leaves the store as it was when a step is missing or fails', () => {
    const missing = migrateLog(V0_STORE, [toV2]);
    expect(missing.data).toBe(V0_STORE);
    expect(missing.problems).toEqual(['No way to update the saved log to version 1.']);

    const broken: Migration = {
      to: 1,
      about: 'throws',
      up: () => {
        throw new Error('boom');
      },
    };
    const failed = migrateLog(V0_STORE, [broken]);
    expect(failed.data).toBe(V0_STORE);
    expect(failed.problems[0]).toMatch(/failed \(boom\); it was left as it was/);
  });

  it('loads a store it cannot migrate by keeping it aside whole', () => {
    const loaded = loadLog({ version: 9, entries: [{ id: 'future' }] });
    expect(loaded.data.entries).toEqual([]);
    expect(loaded.rejected).toHaveLength(1);
    expect(loaded.changed).toBe(false);
  });
});
