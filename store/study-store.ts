// Where study mode lives: the terms met, flashcard progress and study settings in extension
// storage on this device, read through the record store (store/record-store.ts): checked on
// every read, with anything unreadable kept aside, never lost, and changed one at a time.
import * as v from 'valibot';
import { keptRecordSchema } from '../common/set-aside';
import type { StudyPort, StudySnapshot } from '../study/study-port';
import type { MeetingInput } from '../study/meetings';
import { addMeeting } from '../study/meetings';
import { STUDY_VERSION } from '../study/model';
import type { CardProgress, Meeting, SetAside, StudySettings } from '../study/model';
import { asReading, parseCards, parseMeetings, setAsideNotice } from '../study/parse';
import { repairStudySettings } from '../study/settings';
import { defineAsideStore } from './aside-store';
import { defineRecordStore } from './record-store';

/** Append-only: records land here before the value they came from is rewritten without them. */
const aside = defineAsideStore<SetAside>({
  key: 'local:study-aside',
  schema: keptRecordSchema({ from: v.picklist(['meetings', 'cards']) }),
  damaged: (raw) => ({
    from: 'meetings',
    kind: 'rejected',
    index: null,
    reason: 'the store of set-aside study records was itself damaged',
    raw,
  }),
});

/**
 * Recording (the background) writes only the terms met and studying (the popup) only the cards,
 * so the two never overwrite each other.
 */
const met = defineRecordStore<Meeting[], SetAside>({
  key: 'local:study-met',
  version: STUDY_VERSION,
  read: (raw) => asReading(parseMeetings(raw)),
  stored: (meetings) => ({ version: STUDY_VERSION, meetings }),
  aside,
});
const cardsStore = defineRecordStore<CardProgress[], SetAside>({
  key: 'local:study-cards',
  version: STUDY_VERSION,
  read: (raw) => asReading(parseCards(raw)),
  stored: (cards) => ({ version: STUDY_VERSION, cards }),
  aside,
});
const settingsStore = defineRecordStore<StudySettings>({
  key: 'local:study-settings',
  version: 1,
  read: (raw) => {
    const { settings, problems } = repairStudySettings(raw);
    return { value: settings, setAside: [], problems, changed: false };
  },
  stored: (settings) => settings,
});

export const readMeetings = (): Promise<Meeting[]> => met.read();

export const readCards = (): Promise<CardProgress[]> => cardsStore.read();

/** Everything the study view shows. Rejects (changing nothing) if keeping aside fails. */
export async function loadStudy(): Promise<StudySnapshot> {
  const meetings = await readMeetings();
  const cards = await readCards();
  const setAside = await aside.read();
  return { meetings, cards, setAside, notice: setAsideNotice(setAside) };
}

export function changeMeetings(
  change: (meetings: readonly Meeting[]) => Meeting[],
): Promise<Meeting[]> {
  return met.change(change);
}

export function changeCards(
  change: (cards: readonly CardProgress[]) => CardProgress[],
): Promise<CardProgress[]> {
  return cardsStore.change(change);
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
  const stops = [met.onStored(reload), cardsStore.onStored(reload)];
  return () => stops.forEach((stop) => stop());
}

// Study settings.

export async function loadStudySettings(): Promise<StudySettings> {
  return settingsStore.read();
}

export function updateStudySettings(change: Partial<StudySettings>): Promise<StudySettings> {
  return settingsStore.change((settings) => ({ ...settings, ...change }));
}

export function watchStudySettings(onChange: (settings: StudySettings) => void): () => void {
  return settingsStore.watch(onChange);
}

/** Calls back when the flashcard progress changes (for the toolbar badge). */
export function watchCards(onChange: () => void): () => void {
  return cardsStore.onStored(onChange);
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
