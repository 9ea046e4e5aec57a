// Turns whatever is in storage into a usable log: migrate to the current version, then read it.
import { migrateLog } from './migrations';
import { parseLogData } from './parse-log';
import type { ParsedLog } from './parse-log';

export interface LoadedLog extends ParsedLog {
  /** True when the store was migrated or repaired, so the clean version should be saved. */
  changed: boolean;
}

/** Never throws; the storage layer saves `data` and keeps `rejected` and `repaired` aside. */
export function loadLog(raw: unknown): LoadedLog {
  const migrated = migrateLog(raw);
  const parsed = parseLogData(migrated.data);
  return {
    ...parsed,
    problems: [...migrated.problems, ...parsed.problems],
    changed: migrated.applied.length > 0 || parsed.repaired.length > 0,
  };
}
