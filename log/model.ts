// The soreness log's data shapes: entries, body areas, what soreness followed, the 0-10 scale.
// Plain data and types only: nothing here knows about the DOM, storage or the browser.

/** The shape version of the stored log and of JSON exports. Raise it only with a migration. */
export const LOG_VERSION = 1;

export const BODY_AREA_IDS = [
  'neck',
  'upper-back',
  'lower-back',
  'shoulder-left',
  'shoulder-right',
  'elbow-left',
  'elbow-right',
  'hand-wrist-left',
  'hand-wrist-right',
  'hip-left',
  'hip-right',
  'thigh-left',
  'thigh-right',
  'knee-left',
  'knee-right',
  'calf-left',
  'calf-right',
  'ankle-foot-left',
  'ankle-foot-right',
  'whole-body',
  'other',
] as const;
export type BodyArea = (typeof BODY_AREA_IDS)[number];

export const BODY_AREA_LABELS: Readonly<Record<BodyArea, string>> = {
  neck: 'Neck',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  'shoulder-left': 'Left shoulder',
  'shoulder-right': 'Right shoulder',
  'elbow-left': 'Left elbow',
  'elbow-right': 'Right elbow',
  'hand-wrist-left': 'Left hand or wrist',
  'hand-wrist-right': 'Right hand or wrist',
  'hip-left': 'Left hip',
  'hip-right': 'Right hip',
  'thigh-left': 'Left thigh',
  'thigh-right': 'Right thigh',
  'knee-left': 'Left knee',
  'knee-right': 'Right knee',
  'calf-left': 'Left calf',
  'calf-right': 'Right calf',
  'ankle-foot-left': 'Left ankle or foot',
  'ankle-foot-right': 'Right ankle or foot',
  'whole-body': 'Whole body',
  other: 'Somewhere else',
};

export const AFTER_KINDS = ['pt-session', 'home-exercise', 'treatment', 'other'] as const;
export type AfterKind = (typeof AFTER_KINDS)[number];

export const AFTER_KIND_LABELS: Readonly<Record<AfterKind, string>> = {
  'pt-session': 'PT session',
  'home-exercise': 'Home exercises',
  treatment: 'A treatment',
  other: 'Something else',
};

/** What the soreness followed. */
export interface AfterWhat {
  kind: AfterKind;
  /** A glossary entry id such as "tens" or "massage" (checked for shape only: log/ imports no glossary). */
  treatmentId?: string;
  /** The user's own words, e.g. "Knee class". */
  label?: string;
}

export interface SorenessEntry {
  id: string;
  /** When the soreness was felt: ISO 8601 with Z or an offset, e.g. "2024-05-03T18:30:00-04:00". */
  at: string;
  /** 0 to 10 on the numeric rating scale, whole numbers only. */
  level: number;
  /** At least one, no repeats. */
  areas: BodyArea[];
  after?: AfterWhat;
  /** At most NOTE_MAX characters. */
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** What a form hands over: an entry without the fields the log fills in itself. */
export type EntryDraft = Omit<SorenessEntry, 'id' | 'createdAt' | 'updatedAt'>;

export interface LogData {
  version: number;
  entries: SorenessEntry[];
}

export const LEVEL_MIN = 0;
export const LEVEL_MAX = 10;
export const NOTE_MAX = 500;
export const LABEL_MAX = 100;
export const ID_MAX = 100;

export type NrsBand = 'none' | 'mild' | 'moderate' | 'severe';

export interface NrsAnchor {
  band: NrsBand;
  min: number;
  max: number;
  label: string;
}

/**
 * The numeric rating scale's anchor words, as the issue gives them. FACTS.md does not yet source
 * the mild/moderate/severe cut points (other papers draw them elsewhere), so show them as the
 * scale's words, never as advice.
 */
export const NRS_ANCHORS: readonly NrsAnchor[] = [
  { band: 'none', min: 0, max: 0, label: 'No pain' },
  { band: 'mild', min: 1, max: 3, label: 'Mild' },
  { band: 'moderate', min: 4, max: 6, label: 'Moderate' },
  { band: 'severe', min: 7, max: 10, label: 'Severe' },
];

/** The words at the two ends of the scale. */
export const NRS_END_WORDS: Readonly<Record<0 | 10, string>> = {
  0: 'No pain',
  10: 'Worst pain imaginable',
};

export function nrsAnchor(level: number): NrsAnchor | undefined {
  return NRS_ANCHORS.find((a) => level >= a.min && level <= a.max);
}

/** "7: severe", "10: worst pain imaginable", for a slider's readout. */
export function nrsWords(level: number): string {
  if (level === 10) return `10: ${NRS_END_WORDS[10].toLowerCase()}`;
  const anchor = nrsAnchor(level);
  return anchor ? `${level}: ${anchor.label.toLowerCase()}` : String(level);
}
