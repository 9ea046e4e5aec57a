// Plain, non-diagnostic guidance from the log, using only what ../shared/notes/FACTS.md sources.
// Every message names its source; the product's own thresholds say that they are its own.
import { addDays, localDay } from '../common/days';
import type { AfterKind, SorenessEntry } from './model';

export type GuidanceTone = 'info' | 'keep-going' | 'ease-off' | 'contact-clinician';

export interface GuidanceMessage {
  /** Stable id, for tests and for the UI to pick an icon. */
  id: string;
  tone: GuidanceTone;
  text: string;
  /** Where the words come from, named as in FACTS.md. */
  source: string;
  /** True when FACTS.md marks the source as weak. */
  weak: boolean;
}

export const SOURCES = {
  nextDay:
    'Pain-monitoring model: Silbernagel et al., Am J Sports Med 2007 (tested in Achilles tendon ' +
    'pain); next-day rule as summarised by bim.physio and Southside Physio (weak sources)',
  domsTiming:
    'ACSM, "Delayed Onset Muscle Soreness" (start and worst times); fading within about a week: ' +
    'Wikipedia text via a liquisearch mirror (weak source)',
  ownThreshold: "PT Lens's own cautious threshold, not a medical rule",
  bands: 'Tom Goom infographic via bim.physio (weak source; not checked against the 2007 paper)',
} as const;

/** Soreness at or above this, logged today or yesterday, gets a gentle "contact a clinician". */
export const HIGH_LEVEL = 7;
/** Daily highest soreness at or above this ... */
export const LINGERING_LEVEL = 5;
/** ... on at least this many days in a row (ending today or yesterday) counts as lingering. */
export const LINGERING_DAYS = 4;

const EXERCISE_KINDS: readonly AfterKind[] = ['pt-session', 'home-exercise'];
const EXERCISE_WORDS: Partial<Record<AfterKind, string>> = {
  'pt-session': 'your PT session',
  'home-exercise': 'your home exercises',
};

interface Dated {
  day: string;
  time: number;
  entry: SorenessEntry;
}

/** Entries up to `now`, with their local day, newest first. */
function dated(input: { entries: readonly SorenessEntry[]; now: Date; timeZone: string }): Dated[] {
  const { entries, now, timeZone } = input;
  const limit = now.getTime();
  return entries
    .map((entry) => ({ day: localDay(entry.at, timeZone), time: Date.parse(entry.at), entry }))
    .filter((x) => x.time <= limit)
    .sort((a, b) => b.time - a.time);
}

function highSoreness(items: readonly Dated[], today: string): GuidanceMessage | undefined {
  const recent = items.filter((x) => x.day >= addDays(today, -1) && x.entry.level >= HIGH_LEVEL);
  if (recent.length === 0) return undefined;
  const top = Math.max(...recent.map((x) => x.entry.level));
  return {
    id: 'high-soreness',
    tone: 'contact-clinician',
    text:
      `You logged soreness of ${top} out of 10. If it does not ease, or it worries you, ` +
      'it is worth contacting your therapist or doctor.',
    source: SOURCES.ownThreshold,
    weak: false,
  };
}

function lingeringSoreness(items: readonly Dated[], today: string): GuidanceMessage | undefined {
  const dayMax = new Map<string, number>();
  for (const { day, entry } of items) dayMax.set(day, Math.max(dayMax.get(day) ?? 0, entry.level));
  let day = dayMax.has(today) ? today : addDays(today, -1);
  let run = 0;
  while ((dayMax.get(day) ?? -1) >= LINGERING_LEVEL) {
    run++;
    day = addDays(day, -1);
  }
  if (run < LINGERING_DAYS) return undefined;
  return {
    id: 'lingering-soreness',
    tone: 'contact-clinician',
    text:
      `Your soreness has been ${LINGERING_LEVEL} or more every day for ${run} days. ` +
      'Soreness that lingers like this is worth talking over with your therapist or doctor.',
    source: SOURCES.ownThreshold,
    weak: false,
  };
}

/** The pain-monitoring next-day rule, for the latest exercise whose next day was yesterday or today. */
function nextDay(items: readonly Dated[], today: string): GuidanceMessage | undefined {
  const exercise = items.find((x) => x.entry.after && EXERCISE_KINDS.includes(x.entry.after.kind));
  if (!exercise?.entry.after) return undefined;
  const following = addDays(exercise.day, 1);
  if (following < addDays(today, -1)) return undefined;
  const areas = new Set(exercise.entry.areas);
  const later = items.filter((x) => x.day === following && x.entry.areas.some((a) => areas.has(a)));
  if (later.length === 0) return undefined;
  const before = exercise.entry.level;
  const after = Math.max(...later.map((x) => x.entry.level));
  const what = EXERCISE_WORDS[exercise.entry.after.kind] ?? 'exercise';
  if (after > before) {
    return {
      id: 'next-day-worse',
      tone: 'ease-off',
      text:
        `Soreness was worse the day after ${what} (${before}, then ${after}). ` +
        'Ease off a little and tell your therapist.',
      source: SOURCES.nextDay,
      weak: true,
    };
  }
  return {
    id: 'next-day-settled',
    tone: 'keep-going',
    text:
      `Soreness was not worse the day after ${what} (${before}, then ${after}). ` +
      'That is a sign you can keep going with the plan your therapist gave you.',
    source: SOURCES.nextDay,
    weak: true,
  };
}

/** DOMS timing, while an exercise logged in the last 3 days could still be causing soreness. */
function domsTiming(items: readonly Dated[], today: string): GuidanceMessage | undefined {
  const recent = items.some(
    (x) =>
      x.day >= addDays(today, -3) && x.entry.after && EXERCISE_KINDS.includes(x.entry.after.kind),
  );
  if (!recent) return undefined;
  return {
    id: 'doms-timing',
    tone: 'info',
    text:
      'Soreness after new or harder exercise often starts 12 to 24 hours later and is worst ' +
      'about 1 to 3 days after. It usually fades within about a week.',
    source: SOURCES.domsTiming,
    // The start and worst times are ACSM's; the "about a week" part rests on a weak source.
    weak: true,
  };
}

/**
 * The guidance for the log as it stands at `now`, most pressing first. It describes what was
 * logged and what the sources say; it never names a cause or a condition.
 */
export function guidanceFor(input: {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
}): GuidanceMessage[] {
  const items = dated(input);
  const today = localDay(input.now, input.timeZone);
  return [
    highSoreness(items, today),
    lingeringSoreness(items, today),
    nextDay(items, today),
    domsTiming(items, today),
  ].filter((m): m is GuidanceMessage => m !== undefined);
}

export interface PainMonitoringBand {
  min: number;
  max: number;
  words: string;
}

/**
 * The bands of a shared version of the pain-monitoring model. FACTS.md rates the source weak, so
 * they are not part of guidanceFor: show them only on request, with `source` and the weak label.
 * (The "0-2 safe" version has no source at all and must not appear anywhere.)
 */
export const PAIN_MONITORING_BANDS: readonly PainMonitoringBand[] = [
  { min: 0, max: 3, words: '3 or less is called "safe"' },
  { min: 4, max: 5, words: '4 to 5 is called "acceptable"' },
  { min: 6, max: 10, words: 'over 5 is called too much' },
];

/** The weakly sourced band for a level felt during exercise, as a message that says it is weak. */
export function painMonitoringBand(level: number): GuidanceMessage | undefined {
  const band = PAIN_MONITORING_BANDS.find((b) => level >= b.min && level <= b.max);
  if (!band) return undefined;
  return {
    id: 'pain-monitoring-band',
    tone: 'info',
    text:
      `In one shared version of the pain-monitoring model, pain during exercise of ${band.words}. ` +
      'That version has only a weak source, so go by what your therapist tells you.',
    source: SOURCES.bands,
    weak: true,
  };
}
