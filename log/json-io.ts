// The whole soreness log as a versioned JSON file, and reading such a file back with plain errors.
import { migrateLogValue } from './migrations';
import { LOG_VERSION } from './model';
import type { SorenessEntry } from './model';
import { readEntry } from './read-entry';
import { describeValue, isRecord } from './schema';

export const EXPORT_APP = 'pt-lens';
export const EXPORT_KIND = 'soreness-log';

export interface JsonExport {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: string;
  entries: SorenessEntry[];
}

/** Everything in the log, as pretty-printed JSON. */
export function toJsonExport(input: { entries: readonly SorenessEntry[]; now: Date }): string {
  const file: JsonExport = {
    app: EXPORT_APP,
    kind: EXPORT_KIND,
    version: LOG_VERSION,
    exportedAt: input.now.toISOString(),
    entries: [...input.entries],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface JsonImport {
  /** Entries without errors, in file order. Empty when the file as a whole cannot be used. */
  entries: SorenessEntry[];
  /** Plain sentences; entry errors start "Entry N". */
  errors: string[];
}

const NOTHING = 'Nothing was imported.';

/** "on line 3" for a JSON.parse error that gives a position, where the engine gives one. */
function whereInText(message: string, text: string): string {
  const lineCol = /line (\d+)/i.exec(message);
  if (lineCol) return ` on line ${lineCol[1]}`;
  const position = /position (\d+)/i.exec(message);
  if (!position) return '';
  const line = text.slice(0, Number(position[1])).split('\n').length;
  return ` on line ${line}`;
}

function fail(error: string): JsonImport {
  return { entries: [], errors: [error] };
}

/** Reads a file made by toJsonExport (this version or an earlier one). Never throws. */
export function parseJsonLog(text: string): JsonImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const where = error instanceof Error ? whereInText(error.message, text) : '';
    return fail(
      `This file is not valid JSON${where}. It may be damaged, or it may not be a PT Lens export. ${NOTHING}`,
    );
  }
  if (!isRecord(raw) || raw.app !== EXPORT_APP || raw.kind !== EXPORT_KIND) {
    return fail(`This file is not a PT Lens soreness log export. ${NOTHING}`);
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return fail(
      `This file has no usable version number (found ${describeValue(raw.version)}). ${NOTHING}`,
    );
  }
  if (raw.version > LOG_VERSION) {
    return fail(
      `This file was made by a newer PT Lens (version ${raw.version}; this one reads up to ${LOG_VERSION}). ` +
        `Update PT Lens, then import it again. ${NOTHING}`,
    );
  }
  if (!Array.isArray(raw.entries)) {
    return fail(`This file's entries are ${describeValue(raw.entries)}, not a list. ${NOTHING}`);
  }

  // An older file goes through the same steps as the stored log (log/migrations.ts).
  const migrated = migrateLogValue(
    { version: raw.version, entries: raw.entries },
    raw.version,
    LOG_VERSION,
  );
  const list = isRecord(migrated) && Array.isArray(migrated.entries) ? migrated.entries : [];

  const entries: SorenessEntry[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const n = index + 1;
    const id = isRecord(item) && typeof item.id === 'string' ? ` (id "${item.id}")` : '';
    const read = readEntry(item, 'strict');
    if (!read.ok) {
      for (const reason of read.reasons) errors.push(`Entry ${n}${id}: ${reason}.`);
      return;
    }
    const first = seen.get(read.entry.id);
    if (first !== undefined) {
      errors.push(`Entry ${n}${id}: entry ${first} already has this id.`);
      return;
    }
    seen.set(read.entry.id, n);
    entries.push(read.entry);
  });
  return { entries, errors };
}
