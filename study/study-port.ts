// What the study view needs from its surroundings: the stored study data, ways to change it and
// the study settings. The view knows no storage keys; the wiring provides these.
import type { Kept } from '../common/set-aside';
import type { CardProgress, Meeting, SetAside, StudySettings } from './model';

/** A stored record study mode could not use as it was, kept safely and never written away. */
export type KeptStudyRecord = SetAside & Kept;

export interface StudySnapshot {
  meetings: Meeting[];
  cards: CardProgress[];
  /** Everything ever set aside, oldest first. */
  setAside: KeptStudyRecord[];
  /** Plain words about what was set aside, or null when nothing was. */
  notice: string | null;
}

export interface StudySettingsPort {
  load(): Promise<StudySettings>;
  change(change: Partial<StudySettings>): Promise<StudySettings>;
  watch(onChange: (settings: StudySettings) => void): () => void;
}

export interface StudyPort {
  load(): Promise<StudySnapshot>;
  /** Calls back whenever the stored study data changes (here, in the background or elsewhere). */
  watch(onChange: (snapshot: StudySnapshot) => void): () => void;
  /**
   * Reads the flashcard progress afresh, applies `change` and saves it. Rejects, with nothing
   * changed, when the browser could not save.
   */
  changeCards(change: (cards: readonly CardProgress[]) => CardProgress[]): Promise<CardProgress[]>;
  /** Forgets every term met (flashcard progress stays). */
  clearMeetings(): Promise<void>;
  settings: StudySettingsPort;
}
