// Study settings as read from storage: each field repaired to its default when it is not valid.
import * as v from 'valibot';
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

/** A group of fields (not a list); unknown fields are let through here and dropped below. */
const FieldsSchema = v.pipe(
  v.looseObject({}),
  v.check((x) => !Array.isArray(x)),
);
const FlagSchema = v.optional(v.boolean());

/** Never throws; unknown fields are dropped, missing ones take their defaults. */
export function repairStudySettings(raw: unknown): RepairedStudySettings {
  const problems: string[] = [];
  const fields = v.safeParse(FieldsSchema, raw);
  if (!fields.success && raw !== null && raw !== undefined) {
    problems.push('Your study settings could not be read, so the defaults are in use.');
  }
  const input: Record<string, unknown> = fields.success ? fields.output : {};
  const flag = (name: keyof StudySettings): boolean => {
    const value = v.safeParse(FlagSchema, input[name]);
    if (value.success) return value.output ?? DEFAULT_STUDY_SETTINGS[name];
    problems.push(`The study setting "${NAMES[name]}" was not valid and is back to its default.`);
    return DEFAULT_STUDY_SETTINGS[name];
  };
  return {
    settings: { paused: flag('paused'), recordPages: flag('recordPages'), badge: flag('badge') },
    problems,
  };
}
