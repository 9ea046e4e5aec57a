// Where study mode lives: the terms met, flashcard progress and study settings in extension
// storage on this device, checked on every read, with anything unreadable kept aside, never lost.
import { storage } from 'wxt/utils/storage';
import type { KeptStudyRecord, StudyPort, StudySnapshot } from '../study/study-port';
import type { MeetingInput } from '../study/meetings';
import { addMeeting } from '../study/meetings';
import { STUDY_VERSION } from '../study/model';
import type {
  CardProgress,
  CardsStore,
  Meeting,
  MeetingsStore,
  SetAside,
  StudySettings,
} from '../study/model';
import { parseCards, parseMeetings, setAsideNotice } from '../study/parse';
import type { ParsedStore } from '../study/parse';
import { repairStudySettings } from '../study/settings';

/**
 * The study values carry their own shape version (`version`), brought up to date on every read by
 * study/migrations.ts; WXT's item version stays 1. Recording (the background) writes only the
 * terms met and studying (the popup) only the cards, so the two never overwrite each other.
 */
const metItem = storage.defineItem<unknown>('local:study-met', { version: 1 });
const cardsItem = storage.defineItem<unknown>('local:study-cards', { version: 1 });
/** Append-only: records land here before the value they came from is rewritten without them. */
const asideItem = storage.defineItem<unknown>('local:study-aside', { version: 1 });
const settingsItem = storage.defineItem<unknown>('local:study-settings', { version: 1 });

interface AsideStore {
  version: 1;
  records: KeptStudyRecord[];
}

const isKept = (x: unknown): x is KeptStudyRecord => {
  const r = x as KeptStudyRecord;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof r.keptAt === 'string' &&
    (r.from === 'meetings' || r.from === 'cards') &&
    (r.kind === 'rejected' || r.kind === 'repaired') &&
    typeof r.reason === 'string'
  );
};

/** The kept-aside store; if it is damaged itself, it is wrapped as one record, not dropped. */
function readAside(raw: unknown): AsideStore {
  if (raw === null || raw === undefined) return { version: 1, records: [] };
  const store = raw as Partial<AsideStore>;
  if (store.version === 1 && Array.isArray(store.records) && store.records.every(isKept)) {
    return { version: 1, records: store.records };
  }
  const record: KeptStudyRecord = {
    keptAt: new Date().toISOString(),
    from: 'meetings',
    kind: 'rejected',
    index: null,
    reason: 'the store of set-aside study records was itself damaged',
    raw,
  };
  return { version: 1, records: [record] };
}

const same = (a: SetAside, b: SetAside): boolean =>
  a.from === b.from &&
  a.kind === b.kind &&
  a.reason === b.reason &&
  JSON.stringify(a.raw) === JSON.stringify(b.raw);

async function keepAside(records: readonly SetAside[]): Promise<AsideStore> {
  const aside = readAside(await asideItem.getValue());
  const keptAt = new Date().toISOString();
  const fresh = records.filter((r) => !aside.records.some((old) => same(old, r)));
  if (fresh.length === 0) return aside;
  const next: AsideStore = {
    version: 1,
    records: [...aside.records, ...fresh.map((r) => ({ keptAt, ...r }))],
  };
  await asideItem.setValue(next);
  return next;
}

/** Keeps aside what must be, then (only then) writes the clean value back. */
async function settle<T>(
  parsed: ParsedStore<T>,
  write: (items: T[]) => Promise<void>,
): Promise<T[]> {
  if (!parsed.changed) return parsed.items;
  for (const problem of parsed.problems) console.warn(`PT Lens: ${problem}`);
  if (parsed.setAside.length > 0) await keepAside(parsed.setAside);
  // Safe to fail: what it would drop is already kept aside, and the next save retries.
  await write(parsed.items).catch(() => undefined);
  return parsed.items;
}

const writeMeetings = (meetings: Meeting[]): Promise<void> =>
  metItem.setValue({ version: STUDY_VERSION, meetings } satisfies MeetingsStore);
const writeCards = (cards: CardProgress[]): Promise<void> =>
  cardsItem.setValue({ version: STUDY_VERSION, cards } satisfies CardsStore);

export async function readMeetings(): Promise<Meeting[]> {
  return settle(parseMeetings(await metItem.getValue()), writeMeetings);
}

export async function readCards(): Promise<CardProgress[]> {
  return settle(parseCards(await cardsItem.getValue()), writeCards);
}

/** Everything the study view shows. Rejects (changing nothing) if keeping aside fails. */
export async function loadStudy(): Promise<StudySnapshot> {
  const meetings = await readMeetings();
  const cards = await readCards();
  const aside = readAside(await asideItem.getValue());
  return { meetings, cards, setAside: aside.records, notice: setAsideNotice(aside.records) };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs changes from this page or worker one at a time, each on a fresh read. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

export function changeMeetings(
  change: (meetings: readonly Meeting[]) => Meeting[],
): Promise<Meeting[]> {
  return inTurn(async () => {
    const next = change(await readMeetings());
    await writeMeetings(next);
    return next;
  });
}

export function changeCards(
  change: (cards: readonly CardProgress[]) => CardProgress[],
): Promise<CardProgress[]> {
  return inTurn(async () => {
    const next = change(await readCards());
    await writeCards(next);
    return next;
  });
}

/** Adds one meeting to the stored terms met. Settings are the caller's to respect. */
export function storeMeeting(input: MeetingInput): Promise<Meeting[]> {
  return changeMeetings((meetings) => addMeeting(meetings, input));
}

export async function clearMeetings(): Promise<void> {
  await changeMeetings(() => []);
}

/** Calls back with the checked study data whenever the terms met or the cards change. */
export function watchStudy(onChange: (snapshot: StudySnapshot) => void): () => void {
  const reload = (): void => {
    loadStudy().then(onChange, (error: unknown) =>
      console.warn('PT Lens: study watch failed', error),
    );
  };
  const stops = [metItem.watch(reload), cardsItem.watch(reload)];
  return () => stops.forEach((stop) => stop());
}

// Study settings.

export async function loadStudySettings(): Promise<StudySettings> {
  const { settings, problems } = repairStudySettings(await settingsItem.getValue());
  for (const p of problems) console.warn(`PT Lens: ${p}`);
  return settings;
}

export function updateStudySettings(change: Partial<StudySettings>): Promise<StudySettings> {
  return inTurn(async () => {
    const next = { ...(await loadStudySettings()), ...change };
    await settingsItem.setValue(next);
    return next;
  });
}

export function watchStudySettings(onChange: (settings: StudySettings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairStudySettings(value).settings));
}

/** Calls back when the flashcard progress changes (for the toolbar badge). */
export function watchCards(onChange: () => void): () => void {
  return cardsItem.watch(() => onChange());
}

/** Everything the study view needs, backed by extension storage. */
export const studyPort: StudyPort = {
  load: loadStudy,
  watch: watchStudy,
  changeCards,
  clearMeetings,
  settings: {
    load: loadStudySettings,
    change: updateStudySettings,
    watch: watchStudySettings,
  },
};
