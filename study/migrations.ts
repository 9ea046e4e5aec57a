// Versioned migrations of the stored study values: a list of small steps per value, each safe to
// run again. Version 1 is the first shape, so the lists start empty; a change adds a step here.
import { STUDY_VERSION } from './model';

type Store = Record<string, unknown>;

export interface Migration {
  /** The version this step produces; it runs on a store of version `to - 1`. */
  to: number;
  /** What changed, for whoever reads the list. */
  about: string;
  /** Must leave a store that is already in the new shape unchanged. */
  up: (store: Store) => Store;
}

/** Steps for the terms met ("study-met"). */
export const MEETINGS_MIGRATIONS: readonly Migration[] = [];
/** Steps for the flashcard progress ("study-cards"). */
export const CARDS_MIGRATIONS: readonly Migration[] = [];

export const isRecord = (x: unknown): x is Store =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export interface MigrationResult {
  /** The store at the newest version, or the input unchanged when it could not be migrated. */
  data: unknown;
  /** The version found, or null when it is not a versioned store at all. */
  from: number | null;
  /** The versions of the steps that ran, in order. */
  applied: number[];
  problems: string[];
}

/**
 * Brings a stored value up to the newest version: the last step's, or STUDY_VERSION when there
 * are none. Never throws. What it cannot migrate comes back as it was, for the reader to set aside.
 */
export function migrateStore(
  raw: unknown,
  migrations: readonly Migration[],
  what: string,
): MigrationResult {
  const from =
    isRecord(raw) && typeof raw.version === 'number' && Number.isInteger(raw.version)
      ? raw.version
      : null;
  const target = migrations.at(-1)?.to ?? STUDY_VERSION;
  if (from === null || from >= target || !isRecord(raw)) {
    return { data: raw, from, applied: [], problems: [] };
  }
  let store: Store = raw;
  const applied: number[] = [];
  for (let version = from + 1; version <= target; version++) {
    const step = migrations.find((m) => m.to === version);
    const failed = (why: string): MigrationResult => ({
      data: raw,
      from,
      applied: [],
      problems: [`Updating the saved ${what} to version ${version} ${why}; it was left as it was.`],
    });
    if (!step) return failed('is not possible (no step for it)');
    try {
      store = { ...step.up(store), version };
    } catch (error) {
      return failed(`failed (${error instanceof Error ? error.message : String(error)})`);
    }
    applied.push(version);
  }
  return { data: store, from, applied, problems: [] };
}

/** The newest version a list of steps reaches. */
export const latestVersion = (migrations: readonly Migration[]): number =>
  migrations.at(-1)?.to ?? STUDY_VERSION;
