// Validation of soreness entries with valibot: strict checks for forms and imports, and a
// forgiving reader for stored entries that repairs optional fields instead of losing the entry.
import * as v from 'valibot';
import { isIsoTimestamp, timestampSchema } from '../common/timestamp';
import {
  AFTER_KINDS,
  BODY_AREA_IDS,
  ID_MAX,
  LABEL_MAX,
  LOG_VERSION,
  LEVEL_MAX,
  LEVEL_MIN,
  NOTE_MAX,
} from './model';
import type { AfterWhat, BodyArea, EntryDraft, SorenessEntry } from './model';

/** The plain rule each field must meet; error messages add what was found. */
export const RULES = {
  id: 'id must be a short text with no spaces',
  at: 'time must be a date and time with a time zone, like 2024-05-03T18:30:00-04:00',
  level: `soreness must be a whole number from ${LEVEL_MIN} to ${LEVEL_MAX}`,
  areas: 'areas must list at least one body area, such as knee-left',
  area: 'is not a body area PT Lens knows',
  after: 'after must be one of pt-session, home-exercise, treatment or other',
  treatmentId: 'treatment must be a glossary id such as tens or massage',
  label: `the label of what it followed must be text of at most ${LABEL_MAX} characters`,
  note: `note must be text of at most ${NOTE_MAX} characters`,
  createdAt: 'created time must be a date and time with a time zone',
  updatedAt: 'updated time must be a date and time with a time zone',
} as const;

export { isIsoTimestamp };

export const IdSchema = v.pipe(
  v.string(RULES.id),
  v.minLength(1, RULES.id),
  v.maxLength(ID_MAX, RULES.id),
  v.regex(/^\S+$/, RULES.id),
);
export const TimestampSchema = timestampSchema(RULES.at);
export const LevelSchema = v.pipe(
  v.number(RULES.level),
  v.integer(RULES.level),
  v.minValue(LEVEL_MIN, RULES.level),
  v.maxValue(LEVEL_MAX, RULES.level),
);
export const BodyAreaSchema = v.picklist(BODY_AREA_IDS, RULES.areas);
export const AreasSchema = v.pipe(
  v.array(BodyAreaSchema, RULES.areas),
  v.minLength(1, RULES.areas),
  v.check((areas) => new Set(areas).size === areas.length, 'areas must not repeat an area'),
);
export const TreatmentIdSchema = v.pipe(
  v.string(RULES.treatmentId),
  v.maxLength(ID_MAX, RULES.treatmentId),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, RULES.treatmentId),
);
export const LabelSchema = v.pipe(
  v.string(RULES.label),
  v.minLength(1, RULES.label),
  v.maxLength(LABEL_MAX, RULES.label),
  v.check(
    (s) => s === s.trim(),
    'the label of what it followed must not start or end with a space',
  ),
);
export const AfterSchema = v.strictObject(
  {
    kind: v.picklist(AFTER_KINDS, RULES.after),
    treatmentId: v.optional(TreatmentIdSchema),
    label: v.optional(LabelSchema),
  },
  RULES.after,
);
export const NoteSchema = v.pipe(
  v.string(RULES.note),
  v.maxLength(NOTE_MAX, RULES.note),
  v.check((s) => s.trim() !== '', 'a note must not be blank'),
);

/** A whole, clean entry: what every stored entry must pass after reading. */
export const SorenessEntrySchema = v.strictObject({
  id: IdSchema,
  at: TimestampSchema,
  level: LevelSchema,
  areas: AreasSchema,
  after: v.optional(AfterSchema),
  note: v.optional(NoteSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** The whole stored log, once migrated to the current version. */
export const LogDataSchema = v.strictObject({
  version: v.literal(LOG_VERSION),
  entries: v.array(SorenessEntrySchema),
});

// The schema and the hand-written type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<v.InferOutput<typeof SorenessEntrySchema>, SorenessEntry> = true;
void schemaMatchesType;

export const ENTRY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'at',
  'level',
  'areas',
  'after',
  'note',
  'createdAt',
  'updatedAt',
]);

/** A value as a plain reader would name it in an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(short);
  }
  return String(value);
}

/** The first problem `value` has against `schema`, in plain words, or undefined if it passes. */
export function problemWith(
  value: unknown,
  field: { schema: v.GenericSchema; name: string },
): string | undefined {
  const { schema, name } = field;
  const result = v.safeParse(schema, value);
  if (result.success) return undefined;
  if (value === undefined) return `${name} is missing`;
  // The issue's own input names the part that failed, e.g. the treatment inside "after".
  const issue = result.issues[0];
  const found = issue?.input === undefined ? 'nothing' : describeValue(issue.input);
  return `${issue?.message ?? `${name} is not valid`}, found ${found}`;
}

export function areasProblem(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length > 0) {
    const unknown = value.find((a) => !(BODY_AREA_IDS as readonly unknown[]).includes(a));
    if (unknown !== undefined) return `${describeValue(unknown)} ${RULES.area}`;
  }
  return problemWith(value, { schema: AreasSchema, name: 'areas' });
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Blank text counts as "not given" for optional text. */
export const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const uniqueAreas = (value: unknown): unknown =>
  Array.isArray(value) ? [...new Set(value as unknown[])] : value;

export interface FieldProblem {
  /** 'entry' is a problem with the entry as a whole. */
  field: 'entry' | 'at' | 'level' | 'areas' | 'after' | 'note';
  message: string;
}

export type DraftCheck = { ok: true; draft: EntryDraft } | { ok: false; problems: FieldProblem[] };

/** Checks what a form hands over. Blank optional text is dropped; nothing else is changed. */
export function checkDraft(raw: unknown): DraftCheck {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [{ field: 'entry', message: 'an entry must be a group of fields' }],
    };
  }
  const problems: FieldProblem[] = [];
  const add = (field: FieldProblem['field'], message: string | undefined) => {
    if (message) problems.push({ field, message });
  };
  add('at', problemWith(raw.at, { schema: TimestampSchema, name: 'time' }));
  add('level', problemWith(raw.level, { schema: LevelSchema, name: 'soreness' }));
  const areas = uniqueAreas(raw.areas);
  add('areas', areasProblem(areas));
  const after = raw.after === undefined ? undefined : cleanAfter(raw.after);
  if (after !== undefined) add('after', problemWith(after, { schema: AfterSchema, name: 'after' }));
  const note = blankToUndefined(raw.note);
  if (note !== undefined) add('note', problemWith(note, { schema: NoteSchema, name: 'note' }));
  if (problems.length > 0) return { ok: false, problems };
  const draft: EntryDraft = {
    at: raw.at as string,
    level: raw.level as number,
    areas: areas as BodyArea[],
  };
  if (after !== undefined) draft.after = after as AfterWhat;
  if (note !== undefined) draft.note = note as string;
  return { ok: true, draft };
}

/** Trims labels and drops blank optional text inside `after`, leaving other values to the checks. */
export function cleanAfter(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const out: Record<string, unknown> = { ...raw };
  const label = typeof raw.label === 'string' ? raw.label.trim() : raw.label;
  out.label = blankToUndefined(label);
  out.treatmentId = blankToUndefined(raw.treatmentId);
  for (const key of ['label', 'treatmentId']) if (out[key] === undefined) delete out[key];
  return out;
}
