// Study mode's data: the terms met while reading, flashcard progress and study settings. Types only.
import type { SetAsideRecord } from '../common/set-aside';

/** The shape version of each stored study value (store/study-store.ts: WXT's item version too). */
export const STUDY_VERSION = 1;

/** How many pages a term remembers, newest first, when the user keeps titles and addresses. */
export const MAX_PAGES_PER_TERM = 5;

/** Opening the same term's tooltip again within this time is the same meeting, not a new one. */
export const SAME_MEETING_MS = 60_000;

/** A page a term was met on: kept only when the user has turned that on. */
export interface PageSeen {
  /** When, ISO 8601. */
  at: string;
  title?: string;
  /** http or https only, without the #fragment. */
  url?: string;
}

/** One glossary term the user has opened a tooltip for. */
export interface Meeting {
  entryId: string;
  /** ISO 8601. */
  firstMet: string;
  lastMet: string;
  /** How many times it was met (tooltip openings, repeats within a minute counting once). */
  count: number;
  /** Newest first, at most MAX_PAGES_PER_TERM; empty unless the user keeps titles and addresses. */
  pages: PageSeen[];
}

/** Term to explanation, or explanation to term. */
export const DIRECTIONS = ['forward', 'reverse'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The scheduler's card states, in the order of ts-fsrs's State enum. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/**
 * A flashcard's place in the spaced-repetition schedule. Our own shape, so that a new version of
 * the scheduler library cannot change what is stored; study/scheduler.ts converts.
 */
export interface CardProgress {
  entryId: string;
  direction: Direction;
  /** When it should next be shown, ISO 8601. */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** ISO 8601; absent before the first review. */
  lastReview?: string;
}

/** The stored values, each versioned on its own: recording and studying never write the same key. */
export interface MeetingsStore {
  version: number;
  meetings: Meeting[];
}
export interface CardsStore {
  version: number;
  cards: CardProgress[];
}

export interface StudySettings {
  /** Stop recording the terms met, until turned back on. */
  paused: boolean;
  /** Keep the page title and address with each term met. Off by default: reading is private. */
  recordPages: boolean;
  /** Show the number of flashcards due today on the toolbar button. */
  badge: boolean;
}

export const DEFAULT_STUDY_SETTINGS: Readonly<StudySettings> = Object.freeze({
  paused: false,
  recordPages: false,
  badge: false,
});

/** Something stored that could not be used as it was: kept aside, never written away. */
export interface SetAside extends SetAsideRecord {
  /** Which stored value it came from. */
  from: 'meetings' | 'cards';
}
