// Versioned migrations of the stored study values: a list of small steps per value, each safe to
// run again. Version 1 is the first shape, so the lists start empty; a change adds a step here.
import { isRecord, runSteps, type Migration, type MigrationResult } from '../migrations/steps';
import { STUDY_VERSION } from './model';

export type { Migration, MigrationResult } from '../migrations/steps';
export { isRecord };

/** Steps for the terms met ("study-met"). */
export const MEETINGS_MIGRATIONS: readonly Migration[] = [];
/** Steps for the flashcard progress ("study-cards"). */
export const CARDS_MIGRATIONS: readonly Migration[] = [];

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
  return runSteps(raw, from, migrations, {
    target: latestVersion(migrations),
    missing: (version) =>
      `Updating the saved ${what} to version ${version} is not possible (no step for it); it was left as it was.`,
    failed: (version, why) =>
      `Updating the saved ${what} to version ${version} failed (${why}); it was left as it was.`,
  });
}

/** The newest version a list of steps reaches. */
export const latestVersion = (migrations: readonly Migration[]): number =>
  migrations.at(-1)?.to ?? STUDY_VERSION;
