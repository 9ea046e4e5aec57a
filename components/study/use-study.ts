// The study view's state: the stored study data and settings from the port, kept in step with
// them, and changes that report failure in plain words without losing what was there.
import { useEffect, useState } from 'preact/hooks';
import type { CardProgress, StudySettings } from '../../study/model';
import type { StudyPort, StudySnapshot } from '../../study/study-port';

export interface StudyState {
  status: 'loading' | 'ready' | 'failed';
  snapshot: StudySnapshot;
  settings: StudySettings | null;
  /** Plain words when the study data could not be read at all. */
  loadError: string | null;
  /** Plain words when the last change could not be saved. */
  saveError: string | null;
  /** Saves a change to the flashcard progress; resolves null (and sets saveError) on failure. */
  changeCards(
    change: (cards: readonly CardProgress[]) => CardProgress[],
    what: string,
  ): Promise<CardProgress[] | null>;
  changeSettings(change: Partial<StudySettings>): Promise<boolean>;
  clearMeetings(): Promise<boolean>;
}

const EMPTY: StudySnapshot = { meetings: [], cards: [], setAside: [], notice: null };

const reasonOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

export function useStudy(port: StudyPort): StudyState {
  const [snapshot, setSnapshot] = useState<StudySnapshot | null>(null);
  const [settings, setSettings] = useState<StudySettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const failed = (error: unknown): void => {
      if (live) {
        setLoadError(
          `Your study data could not be opened (${reasonOf(error)}). Nothing in it was changed. ` +
            'Close this page and open it again to retry.',
        );
      }
    };
    port.load().then((s) => live && setSnapshot(s), failed);
    port.settings.load().then((s) => live && setSettings(s), failed);
    const stops = [
      port.watch((s) => live && setSnapshot(s)),
      port.settings.watch((s) => live && setSettings(s)),
    ];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [port]);

  const saving = async <T>(what: string, task: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await task();
      setSaveError(null);
      return result;
    } catch (error) {
      setSaveError(
        `${what} could not be saved: the browser said "${reasonOf(error)}". ` +
          'What was saved before is unchanged.',
      );
      return null;
    }
  };

  return {
    status: snapshot && settings ? 'ready' : loadError ? 'failed' : 'loading',
    snapshot: snapshot ?? EMPTY,
    settings,
    loadError,
    saveError,
    changeCards: (change, what) =>
      saving(what, async () => {
        const cards = await port.changeCards(change);
        setSnapshot((prev) => ({ ...(prev ?? EMPTY), cards }));
        return cards;
      }),
    changeSettings: async (change) => {
      const next = await saving('Your study setting', () => port.settings.change(change));
      if (next) setSettings(next);
      return next !== null;
    },
    clearMeetings: async () => {
      const done = await saving('Clearing the terms met', async () => {
        await port.clearMeetings();
        setSnapshot((prev) => ({ ...(prev ?? EMPTY), meetings: [] }));
        return true;
      });
      return done === true;
    },
  };
}
