// Reads whatever storage holds into usable study data, checking every record with valibot. Bad
// records are set aside (with the reason, in plain words) rather than dropped; never throws.
import * as v from 'valibot';
import type { Reading } from '../common/set-aside';
import { timestampSchema } from '../common/timestamp';
import { CARD_STATES, DIRECTIONS, STUDY_VERSION } from './model';
import type { CardProgress, Meeting, PageSeen, SetAside } from './model';

export { setAsideNotice } from './aside-words';

export interface ParsedStore<T> {
  items: T[];
  /** Records to keep aside before the clean list is saved. */
  setAside: SetAside[];
  problems: string[];
  /** True when the stored value should be rewritten (records set aside). */
  changed: boolean;
}

type Check<T> = { ok: true; value: T; repaired?: string } | { ok: false; reason: string };

const idSchema = (message: string) =>
  v.pipe(
    v.string(message),
    v.check((s) => s.trim() !== '' && s.length <= 200, message),
  );
const count = (message: string, min: number) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message));
const amount = (message: string) =>
  v.pipe(v.number(message), v.finite(message), v.minValue(0, message));

const PageSchema = v.pipe(
  v.object({
    at: timestampSchema('a page needs a time'),
    title: v.optional(v.string()),
    url: v.optional(v.string()),
  }),
  v.check((p) => p.title !== undefined || p.url !== undefined),
);

const MEETING_TIMES = 'its first or last meeting time is not a date';
/** A term met. Its pages are read one by one (readPages), so one bad page loses no meeting. */
const MeetingSchema = v.pipe(
  v.object(
    {
      entryId: idSchema('it does not say which term was met'),
      firstMet: timestampSchema(MEETING_TIMES),
      lastMet: timestampSchema(MEETING_TIMES),
      count: count('its count is not a whole number of at least 1', 1),
      pages: v.optional(v.unknown()),
    },
    'it is not a record of a term met',
  ),
  v.check(
    (m) => Date.parse(m.firstMet) <= Date.parse(m.lastMet),
    'its first meeting comes after its last',
  ),
);

const MEMORY = 'its memory numbers are missing or negative';
const COUNTS = 'its review counts are not whole numbers';
const CardSchema = v.object(
  {
    entryId: idSchema('it does not say which term it is for'),
    direction: v.picklist(DIRECTIONS, 'its direction is neither "forward" nor "reverse"'),
    state: v.picklist(CARD_STATES, 'its learning state is not one the scheduler knows'),
    due: timestampSchema('its due time is not a date'),
    lastReview: v.optional(timestampSchema('its last review time is not a date')),
    stability: amount(MEMORY),
    difficulty: amount(MEMORY),
    scheduledDays: amount(MEMORY),
    learningSteps: count(COUNTS, 0),
    reps: count(COUNTS, 0),
    lapses: count(COUNTS, 0),
  },
  'it is not a flashcard record',
);

/** The first problem's words, or the value. */
function checkWith<S extends v.GenericSchema>(
  schema: S,
  x: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: string } {
  const result = v.safeParse(schema, x, { abortEarly: true });
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, reason: result.issues[0]?.message ?? 'it cannot be read' };
}

function readPages(raw: unknown): { pages: PageSeen[]; lost: boolean } {
  if (raw === undefined) return { pages: [], lost: false };
  const list = Array.isArray(raw) ? (raw as unknown[]) : [];
  const pages = list.flatMap((p) => {
    const read = v.safeParse(PageSchema, p);
    return read.success ? [read.output] : [];
  });
  return { pages, lost: !Array.isArray(raw) || pages.length !== list.length };
}

export function checkMeeting(x: unknown): Check<Meeting> {
  const checked = checkWith(MeetingSchema, x);
  if (!checked.ok) return checked;
  const { entryId, firstMet, lastMet, count: times } = checked.value;
  const { pages, lost } = readPages(checked.value.pages);
  const value: Meeting = { entryId, firstMet, lastMet, count: times, pages };
  if (lost) {
    return { ok: true, value, repaired: 'some of its pages could not be read and were left out' };
  }
  return { ok: true, value };
}

export function checkCard(x: unknown): Check<CardProgress> {
  const checked = checkWith(CardSchema, x);
  if (!checked.ok) return checked;
  const { lastReview, ...card } = checked.value;
  return { ok: true, value: { ...card, ...(lastReview === undefined ? {} : { lastReview }) } };
}

interface StoreSpec<T> {
  from: SetAside['from'];
  listKey: 'meetings' | 'cards';
  /** For messages: "terms met", "flashcard progress". */
  what: string;
  check: (x: unknown) => Check<T>;
  key: (item: T) => string;
}

const VersionSchema = v.looseObject({ version: v.number() });

function readStore<T>(raw: unknown, spec: StoreSpec<T>): ParsedStore<T> {
  const empty: ParsedStore<T> = { items: [], setAside: [], problems: [], changed: false };
  if (raw === null || raw === undefined) return empty;
  const envelope = v.safeParse(
    v.object({ version: v.literal(STUDY_VERSION), [spec.listKey]: v.array(v.unknown()) }),
    raw,
  );
  if (!envelope.success) {
    const version = v.is(VersionSchema, raw) ? raw.version : undefined;
    const reason =
      version !== undefined && version > STUDY_VERSION
        ? `it was saved by a newer version of PT Lens (version ${version})`
        : 'it is not in a shape PT Lens can read';
    return {
      ...empty,
      setAside: [{ from: spec.from, kind: 'rejected', index: null, reason, raw }],
      problems: [`The saved ${spec.what} could not be read: ${reason}.`],
      changed: true,
    };
  }
  const list = envelope.output[spec.listKey] as unknown[];
  const items: T[] = [];
  const seen = new Set<string>();
  const setAside: SetAside[] = [];
  list.forEach((x: unknown, index) => {
    const checked = spec.check(x);
    const base = { from: spec.from, index, raw: x };
    if (!checked.ok) {
      setAside.push({ ...base, kind: 'rejected', reason: checked.reason });
    } else if (seen.has(spec.key(checked.value))) {
      setAside.push({ ...base, kind: 'rejected', reason: 'it repeats a record kept before it' });
    } else {
      seen.add(spec.key(checked.value));
      items.push(checked.value);
      if (checked.repaired) setAside.push({ ...base, kind: 'repaired', reason: checked.repaired });
    }
  });
  return {
    items,
    setAside,
    problems: setAside.map((r) => `Saved ${spec.what}, record ${(r.index ?? 0) + 1}: ${r.reason}.`),
    changed: setAside.length > 0,
  };
}

export function parseMeetings(raw: unknown): ParsedStore<Meeting> {
  return readStore(raw, {
    from: 'meetings',
    listKey: 'meetings',
    what: 'terms met',
    check: checkMeeting,
    key: (m) => m.entryId,
  });
}

export function parseCards(raw: unknown): ParsedStore<CardProgress> {
  return readStore(raw, {
    from: 'cards',
    listKey: 'cards',
    what: 'flashcard progress',
    check: checkCard,
    key: (c) => `${c.entryId}:${c.direction}`,
  });
}

/** A parsed list as the record store takes it. */
export const asReading = <T>(parsed: ParsedStore<T>): Reading<T[], SetAside> => ({
  value: parsed.items,
  setAside: parsed.setAside,
  problems: parsed.problems,
  changed: parsed.changed,
});
