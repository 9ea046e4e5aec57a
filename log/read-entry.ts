// Reads one soreness entry from stored or imported data, in plain words: refused, repaired or clean.
import * as v from 'valibot';
import { timestampSchema } from '../common/timestamp';
import { AFTER_KINDS, NOTE_MAX } from './model';
import type { SorenessEntry } from './model';
import {
  ENTRY_KEYS,
  IdSchema,
  LabelSchema,
  LevelSchema,
  NoteSchema,
  RULES,
  SorenessEntrySchema,
  TimestampSchema,
  TreatmentIdSchema,
  areasProblem,
  blankToUndefined,
  cleanAfter,
  describeValue,
  isRecord,
  problemWith,
  uniqueAreas,
} from './schema';

export type EntryRead =
  { ok: true; entry: SorenessEntry; repairs: string[] } | { ok: false; reasons: string[] };

export type ReadMode = 'strict' | 'repair';

const AFTER_KEYS = new Set(['kind', 'treatmentId', 'label']);
const AfterKindSchema = v.picklist(AFTER_KINDS, RULES.after);

/**
 * Reads one entry.
 * 'strict' (imports): any problem refuses the entry, so the user sees it before confirming.
 * 'repair' (the stored log): the required fields (id, time, soreness, areas) must be right;
 * broken optional fields are repaired and each repair is reported, so the caller can keep the
 * original aside. In both modes a missing created or updated time becomes the entry's own time.
 */
export function readEntry(input: unknown, mode: ReadMode): EntryRead {
  // A key set to undefined is a key not given: it must not come through as `note: undefined`.
  const raw = isRecord(input)
    ? Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
    : input;
  // Nearly every stored entry is clean: one schema pass settles it, which keeps 10,000 fast.
  const clean = v.safeParse(SorenessEntrySchema, raw);
  if (clean.success) return { ok: true, entry: clean.output, repairs: [] };
  if (!isRecord(raw)) {
    return {
      ok: false,
      reasons: [`an entry must be a group of fields, found ${describeValue(raw)}`],
    };
  }
  const reasons: string[] = [];
  const repairs: string[] = [];
  /** Records a problem with an optional field; true when the field must not be kept as it is. */
  const optional = (problem: string | undefined, repair: string): boolean => {
    if (!problem) return false;
    if (mode === 'strict') reasons.push(problem);
    else repairs.push(`${problem}; ${repair}`);
    return true;
  };

  for (const problem of [
    problemWith(raw.id, { schema: IdSchema, name: 'id' }),
    problemWith(raw.at, { schema: TimestampSchema, name: 'time' }),
    problemWith(raw.level, { schema: LevelSchema, name: 'soreness' }),
    areasProblem(uniqueAreas(raw.areas)),
  ]) {
    if (problem) reasons.push(problem);
  }
  const entry: Record<string, unknown> = {
    id: raw.id,
    at: raw.at,
    level: raw.level,
    areas: uniqueAreas(raw.areas),
  };

  if (raw.after !== undefined) {
    const after = readAfter(raw.after, optional);
    if (after) entry.after = after;
  }

  const note = blankToUndefined(raw.note);
  if (note !== undefined) {
    const problem = problemWith(note, { schema: NoteSchema, name: 'note' });
    const isText = typeof note === 'string';
    if (!optional(problem, isText ? `it was cut to ${NOTE_MAX} characters` : 'it was left out')) {
      entry.note = note;
    } else if (isText) entry.note = note.slice(0, NOTE_MAX);
  }

  for (const key of ['createdAt', 'updatedAt'] as const) {
    const value = raw[key];
    const name = key === 'createdAt' ? 'created time' : 'updated time';
    const schema = timestampSchema(RULES[key]);
    if (value === undefined) {
      if (mode === 'repair') repairs.push(`${name} is missing; the entry's own time was used`);
      entry[key] = raw.at;
    } else {
      const bad = optional(problemWith(value, { schema, name }), "the entry's own time was used");
      entry[key] = bad ? raw.at : value;
    }
  }

  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) optional(`there is an unknown field "${key}"`, 'it was left out');
  }

  if (reasons.length > 0) return { ok: false, reasons };
  const result = v.safeParse(SorenessEntrySchema, entry);
  if (!result.success) return { ok: false, reasons: result.issues.map((i) => i.message) };
  return { ok: true, entry: result.output, repairs };
}

function readAfter(
  raw: unknown,
  optional: (problem: string | undefined, repair: string) => boolean,
): Record<string, unknown> | undefined {
  const after = cleanAfter(raw);
  if (!isRecord(after)) {
    optional(`${RULES.after}, found ${describeValue(after)}`, 'what it followed was left out');
    return undefined;
  }
  if (
    optional(
      problemWith(after.kind, { schema: AfterKindSchema, name: 'what it followed' }),
      'what it followed was left out',
    )
  ) {
    return undefined;
  }
  const kept: Record<string, unknown> = { kind: after.kind };
  const fields = [
    ['treatmentId', TreatmentIdSchema, 'treatment'],
    ['label', LabelSchema, 'label'],
  ] as const;
  for (const [key, schema, name] of fields) {
    if (after[key] === undefined) continue;
    if (!optional(problemWith(after[key], { schema, name }), `the ${name} was left out`)) {
      kept[key] = after[key];
    }
  }
  for (const key of Object.keys(after)) {
    if (!AFTER_KEYS.has(key)) {
      optional(`what it followed has an unknown field "${key}"`, 'it was left out');
    }
  }
  return kept;
}
