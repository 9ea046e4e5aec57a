import { describe, expect, it } from 'vitest';
import { LOG_MIGRATIONS, migrateLogValue } from '../../../log/migrations';
import { LOG_VERSION } from '../../../log/model';
import { readStoredLog } from '../../../log/parse-log';

describe('the migration list', () => {
  it('has one step per version after the first, in order, ending at the current version', () => {
    expect(Object.keys(LOG_MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: LOG_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('leaves a current log as it is', () => {
    const current = { version: LOG_VERSION, entries: [] };
    expect(migrateLogValue(current, LOG_VERSION, LOG_VERSION)).toBe(current);
  });
});

describe('a store this PT Lens cannot read', () => {
  it('is kept aside whole', () => {
    const newer = { version: 9, entries: [{ id: 'future' }] };
    const read = readStoredLog(newer);
    expect(read.value.entries).toEqual([]);
    expect(read.setAside).toEqual([
      { kind: 'rejected', index: null, raw: newer, reason: expect.stringMatching(/newer/) },
    ]);
    expect(read.changed).toBe(true);
  });
});
