// Reads the stored log without ever throwing or losing data: bad entries are set aside, not dropped.
import * as v from 'valibot';
import type { Reading, SetAsideRecord } from '../common/set-aside';
import { LOG_VERSION } from './model';
import type { LogData, SorenessEntry } from './model';
import { readEntry } from './read-entry';
import { describeValue, isRecord } from './schema';

/** A stored value the log could not use as it was. `index` is the entry's place, or null for the whole store. */
export interface SetAside {
  index: number | null;
  raw: unknown;
  reason: string;
}

export interface ParsedLog {
  /** The entries that can be used, in stored order. */
  data: LogData;
  /** Entries (or the whole store) that could not be read. Keep them: never write them away. */
  rejected: SetAside[];
  /** The originals of entries that were repaired; the repaired copies are in `data`. */
  repaired: SetAside[];
  /** One plain sentence per problem, for the user. */
  problems: string[];
}

const empty = (): LogData => ({ version: LOG_VERSION, entries: [] });

function wholeStoreAside(raw: unknown, reason: string): ParsedLog {
  return {
    data: empty(),
    rejected: [{ index: null, raw, reason }],
    repaired: [],
    problems: [`The saved soreness log could not be read and was kept aside: ${reason}.`],
  };
}

function versionWords(version: unknown): string {
  const found = typeof version === 'number' ? `version ${version}` : 'no version';
  const hint =
    typeof version === 'number' && version > LOG_VERSION ? ', made by a newer PT Lens' : '';
  return `it has ${found}${hint}; this PT Lens reads version ${LOG_VERSION}`;
}

const entriesWords = (entries: unknown): string =>
  `its entries are ${describeValue(entries)}, not a list`;

/** The stored log around its entries; each message says what was found instead. */
const StoredLogSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    isRecord,
    (issue) => `it is ${describeValue(issue.input)}, not a log`,
  ),
  v.looseObject(
    {
      version: v.literal(LOG_VERSION, (issue) => versionWords(issue.input)),
      entries: v.array(v.unknown(), (issue) => entriesWords(issue.input)),
    },
    // A missing field: the words for the field, as if it were there and empty.
    (issue) =>
      issue.path?.[0]?.key === 'version' ? versionWords(undefined) : entriesWords(undefined),
  ),
);

/**
 * Reads a stored log that is already migrated to LOG_VERSION (WXT runs the steps of migrations.ts).
 * Never throws. Nothing stored is silently lost: what cannot be used comes back in `rejected`,
 * and the originals of repaired entries come back in `repaired`.
 * `undefined` (nothing stored yet) is an empty log with no problems.
 */
export function parseLogData(raw: unknown): ParsedLog {
  if (raw === undefined) return { data: empty(), rejected: [], repaired: [], problems: [] };
  const envelope = v.safeParse(StoredLogSchema, raw, { abortEarly: true });
  if (!envelope.success) return wholeStoreAside(raw, envelope.issues[0]?.message ?? 'unreadable');
  const { entries: list } = envelope.output;

  const entries: SorenessEntry[] = [];
  const rejected: SetAside[] = [];
  const repaired: SetAside[] = [];
  const problems: string[] = [];
  const seenIds = new Map<string, number>();

  list.forEach((item: unknown, index) => {
    const n = index + 1;
    const read = readEntry(item, 'repair');
    if (!read.ok) {
      const reason = read.reasons.join('; ');
      rejected.push({ index, raw: item, reason });
      problems.push(`Entry ${n} was kept aside because ${reason}.`);
      return;
    }
    const first = seenIds.get(read.entry.id);
    if (first !== undefined) {
      const reason = `entry ${first} already has the id "${read.entry.id}"`;
      rejected.push({ index, raw: item, reason });
      problems.push(`Entry ${n} was kept aside because ${reason}.`);
      return;
    }
    seenIds.set(read.entry.id, n);
    if (read.repairs.length > 0) {
      const reason = read.repairs.join('; ');
      repaired.push({ index, raw: item, reason });
      problems.push(`Entry ${n} was repaired: ${reason}.`);
    }
    entries.push(read.entry);
  });

  const extra = Object.keys(envelope.output).filter((k) => k !== 'version' && k !== 'entries');
  if (extra.length > 0) {
    const reason = `unknown fields ${extra.map((k) => `"${k}"`).join(', ')} were left out`;
    repaired.push({ index: null, raw, reason });
    problems.push(`The saved log was repaired: ${reason}.`);
  }

  return { data: { version: LOG_VERSION, entries }, rejected, repaired, problems };
}

/**
 * The stored log as the record store reads it: the clean log, and everything rejected or
 * repaired as set-aside records; rewritten whenever anything was.
 */
export function readStoredLog(raw: unknown): Reading<LogData> {
  const parsed = parseLogData(raw);
  const setAside: SetAsideRecord[] = [
    ...parsed.rejected.map((r) => ({ kind: 'rejected' as const, ...r })),
    ...parsed.repaired.map((r) => ({ kind: 'repaired' as const, ...r })),
  ];
  return {
    value: parsed.data,
    setAside,
    problems: parsed.problems,
    changed: setAside.length > 0,
  };
}
