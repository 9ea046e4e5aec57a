// Versioned migrations of the stored log: a list of small steps, each safe to run again.
import { runSteps, type Migration, type MigrationResult, type Store } from '../migrations/steps';
import { LOG_VERSION } from './model';
import { isRecord } from './schema';

export type { Migration, MigrationResult } from '../migrations/steps';

/** Applies `change` to every entry that is an object; anything else is left for the validator. */
function eachEntry(change: (entry: Store) => Store): (store: Store) => Store {
  return (store) =>
    Array.isArray(store.entries)
      ? { ...store, entries: store.entries.map((e: unknown) => (isRecord(e) ? change(e) : e)) }
      : store;
}

/** Moves `from` to `to` unless `to` is already set; if both are set and equal, `from` goes. */
function rename(
  entry: Store,
  {
    from,
    to,
    convert = (x: unknown) => x,
  }: { from: string; to: string; convert?: (x: unknown) => unknown },
): Store {
  if (!(from in entry)) return entry;
  const { [from]: value, ...rest } = entry;
  if (!(to in entry)) return { ...rest, [to]: convert(value) };
  return JSON.stringify(entry[to]) === JSON.stringify(convert(value)) ? rest : entry;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    about:
      'Version 0 (no version field) stored `soreness` for the level and one `area` string; ' +
      'version 1 stores `level`, an `areas` list, and created and updated times.',
    up: eachEntry((entry) => {
      let e = rename(entry, { from: 'soreness', to: 'level' });
      e = rename(e, {
        from: 'area',
        to: 'areas',
        convert: (area) => (typeof area === 'string' ? [area] : area),
      });
      if (e.createdAt === undefined && e.at !== undefined) e = { ...e, createdAt: e.at };
      if (e.updatedAt === undefined && e.createdAt !== undefined)
        e = { ...e, updatedAt: e.createdAt };
      return e;
    }),
  },
];

/** The version of a stored log: its `version`, 0 for an early store with only `entries`, else null. */
export function storedVersion(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  if (typeof raw.version === 'number' && Number.isInteger(raw.version)) return raw.version;
  if (raw.version === undefined && Array.isArray(raw.entries)) return 0;
  return null;
}

/**
 * Brings a stored log up to the newest version in `migrations` (LOG_VERSION for the real list).
 * Never throws. Data it cannot migrate (not a log, a newer version, a failing step) comes back as
 * it was, so the validator can keep it aside.
 */
export function migrateLog(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  return runSteps(raw, storedVersion(raw), migrations, {
    target: migrations.at(-1)?.to ?? LOG_VERSION,
    missing: (version) => `No way to update the saved log to version ${version}.`,
    failed: (version, why) =>
      `Updating the saved log to version ${version} failed (${why}); it was left as it was.`,
  });
}
