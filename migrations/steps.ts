// Bringing a stored value up to the newest shape, one small step per version. Shared by the log
// and study mode, which each keep their own list of steps and their own words for a failure.
// Pure: no storage API here.

export type Store = Record<string, unknown>;

export interface Migration {
  /** The version this step produces; it runs on a store of version `to - 1`. */
  to: number;
  /** What changed, for whoever reads the list. */
  about: string;
  /** Must leave a store that is already in the new shape unchanged. */
  up: (store: Store) => Store;
}

export interface MigrationResult {
  /** The store at the newest version, or the input unchanged when it could not be migrated. */
  data: unknown;
  /** The version found, or null when it is not a versioned store at all. */
  from: number | null;
  /** The versions of the steps that ran, in order. */
  applied: number[];
  problems: string[];
}

export const isRecord = (x: unknown): x is Store =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export interface StepOptions {
  /** The newest version. */
  target: number;
  /** Plain words for a version no step reaches. */
  missing: (version: number) => string;
  /** Plain words for a step that threw. */
  failed: (version: number, why: string) => string;
}

/**
 * Runs the steps from version `from` up to `target`. Never throws: data that cannot be migrated
 * (not a store, a newer version, a missing or failing step) comes back as it was, for the reader
 * to set aside.
 */
export function runSteps(
  raw: unknown,
  from: number | null,
  migrations: readonly Migration[],
  o: StepOptions,
): MigrationResult {
  if (from === null || from >= o.target || !isRecord(raw)) {
    return { data: raw, from, applied: [], problems: [] };
  }
  const unchanged = (problem: string): MigrationResult => ({
    data: raw,
    from,
    applied: [],
    problems: [problem],
  });
  let store: Store = raw;
  const applied: number[] = [];
  for (let version = from + 1; version <= o.target; version++) {
    const step = migrations.find((m) => m.to === version);
    if (!step) return unchanged(o.missing(version));
    try {
      store = { ...step.up(store), version };
    } catch (error) {
      return unchanged(o.failed(version, error instanceof Error ? error.message : String(error)));
    }
    applied.push(version);
  }
  return { data: store, from, applied, problems: [] };
}
