// Study settings as read from storage: each field repaired to its default when it is not valid.
import { DEFAULT_STUDY_SETTINGS } from './model';
import type { StudySettings } from './model';

export interface RepairedStudySettings {
  settings: StudySettings;
  /** Plain words for each field that was set back to its default. */
  problems: string[];
}

const NAMES: Record<keyof StudySettings, string> = {
  paused: 'Pause recording',
  recordPages: 'Keep page titles and addresses',
  badge: 'Show flashcards due on the toolbar',
};

/** Never throws; unknown fields are dropped, missing ones take their defaults. */
export function repairStudySettings(raw: unknown): RepairedStudySettings {
  const problems: string[] = [];
  const ok = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (!ok && raw !== null && raw !== undefined) {
    problems.push('Your study settings could not be read, so the defaults are in use.');
  }
  const input = ok ? (raw as Record<string, unknown>) : {};
  const flag = (name: keyof StudySettings): boolean => {
    const value = input[name];
    if (typeof value === 'boolean') return value;
    if (value !== undefined) {
      problems.push(`The study setting "${NAMES[name]}" was not valid and is back to its default.`);
    }
    return DEFAULT_STUDY_SETTINGS[name];
  };
  return {
    settings: { paused: flag('paused'), recordPages: flag('recordPages'), badge: flag('badge') },
    problems,
  };
}
