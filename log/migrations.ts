// Versioned migrations of the stored log: a list of small steps, each safe to run again.
import { LOG_VERSION } from './model';
import { isRecord } from './schema';

type Store = Record<string, unknown>;

export interface Migration {
  /** The version this step produces; it runs on a store of version `to - 1`. */
  to: number;
  /** What changed, for whoever reads the list. */
  about: string;
  /** Must leave a store, or an entry, that is already in the new shape unchanged. */
  up: (store: Store) => Store;
}

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

export interface MigrationResult {
  /** The store at the newest version reached, or the input unchanged when it could not be migrated. */
  data: unknown;
  /** The version found: 0 for a store without one, null when it is not a log at all. */
  from: number | null;
  /** The versions of the steps that ran, in order. */
  applied: number[];
  problems: string[];
}

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
  const from = storedVersion(raw);
  const target = migrations.at(-1)?.to ?? LOG_VERSION;
  if (from === null || from >= target || !isRecord(raw)) {
    return { data: raw, from, applied: [], problems: [] };
  }
  let store: Store = raw;
  const applied: number[] = [];
  for (let version = from + 1; version <= target; version++) {
    const step = migrations.find((m) => m.to === version);
    if (!step) {
      return {
        data: raw,
        from,
        applied: [],
        problems: [`No way to update the saved log to version ${version}.`],
      };
    }
    try {
      store = { ...step.up(store), version };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        data: raw,
        from,
        applied: [],
        problems: [
          `Updating the saved log to version ${version} failed (${why}); it was left as it was.`,
        ],
      };
    }
    applied.push(version);
  }
  return { data: store, from, applied, problems: [] };
}
