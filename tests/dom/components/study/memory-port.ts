// An in-memory stand-in for the stored study data, for component tests: records changes and can
// fail on cue.
import { vi } from 'vitest';
import type { KeptStudyRecord, StudyPort, StudySnapshot } from '../../../../study/study-port';
import type { CardProgress, Meeting, StudySettings } from '../../../../study/model';
import { DEFAULT_STUDY_SETTINGS } from '../../../../study/model';

export interface MemoryStudyPort extends StudyPort {
  cardsNow(): CardProgress[];
  meetingsNow(): Meeting[];
  settingsNow(): StudySettings;
  /** The next change of cards rejects with this message, leaving them as they were. */
  failNextChange(message: string): void;
  changeCards: ReturnType<typeof vi.fn<StudyPort['changeCards']>>;
}

export function memoryStudyPort(
  initial: {
    meetings?: Meeting[];
    cards?: CardProgress[];
    settings?: Partial<StudySettings>;
    setAside?: KeptStudyRecord[];
    notice?: string;
  } = {},
): MemoryStudyPort {
  let meetings = [...(initial.meetings ?? [])];
  let cards = [...(initial.cards ?? [])];
  let settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS, ...initial.settings };
  let failure: string | null = null;
  const snapshot = (): StudySnapshot => ({
    meetings,
    cards,
    setAside: initial.setAside ?? [],
    notice: initial.notice ?? null,
  });
  const changeCards = vi.fn<StudyPort['changeCards']>(async (change) => {
    if (failure) {
      const message = failure;
      failure = null;
      throw new Error(message);
    }
    cards = change(cards);
    return cards;
  });
  return {
    load: async () => snapshot(),
    watch: () => () => undefined,
    changeCards,
    clearMeetings: vi.fn(async () => {
      meetings = [];
    }),
    settings: {
      load: async () => settings,
      change: vi.fn(async (change: Partial<StudySettings>) => {
        settings = { ...settings, ...change };
        return settings;
      }),
      watch: () => () => undefined,
    },
    cardsNow: () => cards,
    meetingsNow: () => meetings,
    settingsNow: () => settings,
    failNextChange(message) {
      failure = message;
    },
  };
}
