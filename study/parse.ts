// Reads whatever storage holds into usable study data: migrate, then check every record. Bad
// records are set aside (with the reason, in plain words) rather than dropped; never throws.
import {
  CARDS_MIGRATIONS,
  MEETINGS_MIGRATIONS,
  isRecord,
  latestVersion,
  migrateStore,
} from './migrations';
import type { Migration } from './migrations';
import { CARD_STATES, DIRECTIONS } from './model';
import type { CardProgress, CardState, Direction, Meeting, PageSeen, SetAside } from './model';

export interface ParsedStore<T> {
  items: T[];
  /** Records to keep aside before the clean list is saved. */
  setAside: SetAside[];
  problems: string[];
  /** True when the stored value should be rewritten (migrated, or records set aside). */
  changed: boolean;
}

type Check<T> = { ok: true; value: T; repaired?: string } | { ok: false; reason: string };

const isTime = (x: unknown): x is string => typeof x === 'string' && Number.isFinite(Date.parse(x));
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isAmount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isId = (x: unknown): x is string =>
  typeof x === 'string' && x.trim() !== '' && x.length <= 200;

function readPage(x: unknown): PageSeen | null {
  if (!isRecord(x) || !isTime(x.at)) return null;
  if (x.title !== undefined && typeof x.title !== 'string') return null;
  if (x.url !== undefined && typeof x.url !== 'string') return null;
  if (x.title === undefined && x.url === undefined) return null;
  return {
    at: x.at,
    ...(typeof x.title === 'string' ? { title: x.title } : {}),
    ...(typeof x.url === 'string' ? { url: x.url } : {}),
  };
}

export function checkMeeting(x: unknown): Check<Meeting> {
  if (!isRecord(x)) return { ok: false, reason: 'it is not a record of a term met' };
  if (!isId(x.entryId)) return { ok: false, reason: 'it does not say which term was met' };
  if (!isTime(x.firstMet) || !isTime(x.lastMet)) {
    return { ok: false, reason: 'its first or last meeting time is not a date' };
  }
  if (Date.parse(x.firstMet) > Date.parse(x.lastMet)) {
    return { ok: false, reason: 'its first meeting comes after its last' };
  }
  if (!isCount(x.count) || x.count < 1) {
    return { ok: false, reason: 'its count is not a whole number of at least 1' };
  }
  const rawPages = Array.isArray(x.pages) ? x.pages : [];
  const pages = rawPages.map(readPage).filter((p): p is PageSeen => p !== null);
  const value: Meeting = {
    entryId: x.entryId,
    firstMet: x.firstMet,
    lastMet: x.lastMet,
    count: x.count,
    pages,
  };
  if (x.pages !== undefined && pages.length !== (Array.isArray(x.pages) ? x.pages.length : -1)) {
    return { ok: true, value, repaired: 'some of its pages could not be read and were left out' };
  }
  return { ok: true, value };
}

export function checkCard(x: unknown): Check<CardProgress> {
  if (!isRecord(x)) return { ok: false, reason: 'it is not a flashcard record' };
  if (!isId(x.entryId)) return { ok: false, reason: 'it does not say which term it is for' };
  if (!DIRECTIONS.includes(x.direction as Direction)) {
    return { ok: false, reason: 'its direction is neither "forward" nor "reverse"' };
  }
  if (!CARD_STATES.includes(x.state as CardState)) {
    return { ok: false, reason: 'its learning state is not one the scheduler knows' };
  }
  if (!isTime(x.due)) return { ok: false, reason: 'its due time is not a date' };
  if (x.lastReview !== undefined && !isTime(x.lastReview)) {
    return { ok: false, reason: 'its last review time is not a date' };
  }
  if (!isAmount(x.stability) || !isAmount(x.difficulty) || !isAmount(x.scheduledDays)) {
    return { ok: false, reason: 'its memory numbers are missing or negative' };
  }
  if (!isCount(x.learningSteps) || !isCount(x.reps) || !isCount(x.lapses)) {
    return { ok: false, reason: 'its review counts are not whole numbers' };
  }
  return {
    ok: true,
    value: {
      entryId: x.entryId,
      direction: x.direction as Direction,
      due: x.due,
      stability: x.stability,
      difficulty: x.difficulty,
      scheduledDays: x.scheduledDays,
      learningSteps: x.learningSteps,
      reps: x.reps,
      lapses: x.lapses,
      state: x.state as CardState,
      ...(typeof x.lastReview === 'string' ? { lastReview: x.lastReview } : {}),
    },
  };
}

interface StoreSpec<T> {
  from: SetAside['from'];
  listKey: 'meetings' | 'cards';
  /** For messages: "terms met", "flashcard progress". */
  what: string;
  migrations: readonly Migration[];
  check: (x: unknown) => Check<T>;
  key: (item: T) => string;
}

function readStore<T>(raw: unknown, spec: StoreSpec<T>): ParsedStore<T> {
  const empty: ParsedStore<T> = { items: [], setAside: [], problems: [], changed: false };
  if (raw === null || raw === undefined) return empty;
  const migrated = migrateStore(raw, spec.migrations, spec.what);
  const data = migrated.data;
  const target = latestVersion(spec.migrations);
  const list = isRecord(data) ? data[spec.listKey] : undefined;
  if (!isRecord(data) || data.version !== target || !Array.isArray(list)) {
    const reason =
      isRecord(data) && typeof data.version === 'number' && data.version > target
        ? `it was saved by a newer version of PT Lens (version ${data.version})`
        : 'it is not in a shape PT Lens can read';
    return {
      ...empty,
      setAside: [{ from: spec.from, kind: 'rejected', index: null, reason, raw }],
      problems: [...migrated.problems, `The saved ${spec.what} could not be read: ${reason}.`],
      changed: true,
    };
  }
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
    problems: [
      ...migrated.problems,
      ...setAside.map((r) => `Saved ${spec.what}, record ${(r.index ?? 0) + 1}: ${r.reason}.`),
    ],
    changed: migrated.applied.length > 0 || setAside.length > 0,
  };
}

export function parseMeetings(
  raw: unknown,
  migrations: readonly Migration[] = MEETINGS_MIGRATIONS,
): ParsedStore<Meeting> {
  return readStore(raw, {
    from: 'meetings',
    listKey: 'meetings',
    what: 'terms met',
    migrations,
    check: checkMeeting,
    key: (m) => m.entryId,
  });
}

export function parseCards(
  raw: unknown,
  migrations: readonly Migration[] = CARDS_MIGRATIONS,
): ParsedStore<CardProgress> {
  return readStore(raw, {
    from: 'cards',
    listKey: 'cards',
    what: 'flashcard progress',
    migrations,
    check: checkCard,
    key: (c) => `${c.entryId}:${c.direction}`,
  });
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Plain words about what was set aside, for the user, or null when nothing was. */
export function setAsideNotice(records: readonly SetAside[]): string | null {
  if (records.length === 0) return null;
  const kept = 'Nothing was deleted: the original is kept on this device, to download below.';
  const sentences: string[] = [];
  for (const [from, whole, item] of [
    ['meetings', 'Your saved list of terms met', ['term met', 'terms met']],
    ['cards', 'Your saved flashcard progress', ['flashcard', 'flashcards']],
  ] as const) {
    const mine = records.filter((r) => r.from === from);
    if (mine.some((r) => r.index === null)) sentences.push(`${whole} could not be read.`);
    const rejected = mine.filter((r) => r.kind === 'rejected' && r.index !== null).length;
    if (rejected > 0) {
      sentences.push(`${plural(rejected, item[0], item[1])} could not be read.`);
    }
    const repaired = mine.filter((r) => r.kind === 'repaired').length;
    if (repaired > 0) sentences.push(`${plural(repaired, item[0], item[1])} had to be repaired.`);
  }
  return `${sentences.join(' ')} ${kept}`;
}
