// The trend over 14, 30 or 90 days: daily highest soreness per body area, session days, and a
// one-line summary of this week against the week before.
import { addDays, daysEnding, localDay } from '../common/days';
import { BODY_AREA_IDS, BODY_AREA_LABELS } from './model';
import type { BodyArea, SorenessEntry } from './model';

export const TREND_WINDOWS = [14, 30, 90] as const;
export type TrendWindow = (typeof TREND_WINDOWS)[number];

export interface AreaSeries {
  area: BodyArea;
  label: string;
  /** The highest soreness logged for this area on each day of the window, null where none. */
  points: (number | null)[];
}

export interface WeekAverage {
  average: number;
  count: number;
}

export interface WeekSummary {
  /** The last 7 days, today included. */
  thisWeek: WeekAverage | null;
  /** The 7 days before those. */
  weekBefore: WeekAverage | null;
  /** thisWeek minus weekBefore, from the rounded averages, so the words add up. */
  change: number | null;
  text: string;
}

export interface Trend {
  /** The window's local days, oldest first, ending today. */
  days: string[];
  /** Only areas with something logged in the window, in the order of the body-area list. */
  series: AreaSeries[];
  /** Days in the window with an entry logged after a PT session, oldest first. */
  sessionDays: string[];
  summary: WeekSummary;
}

interface DayEntry {
  day: string;
  entry: SorenessEntry;
}

/** Entries felt up to `now` (a time set later today is not counted yet), with their local day. */
const withDays = (input: {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
}): DayEntry[] =>
  input.entries
    .filter((entry) => Date.parse(entry.at) <= input.now.getTime())
    .map((entry) => ({ day: localDay(entry.at, input.timeZone), entry }));

/** Averages are kept to one decimal place; the arithmetic is done in whole tenths. */
const tenths = (x: number): number => Math.round(x * 10);
const oneDecimal = (t: number): string => (t / 10).toFixed(1);

function average(
  items: readonly DayEntry[],
  { from, to }: { from: string; to: string },
): WeekAverage | null {
  const levels = items.filter((x) => x.day >= from && x.day <= to).map((x) => x.entry.level);
  if (levels.length === 0) return null;
  const sum = levels.reduce((a, b) => a + b, 0);
  // Levels are whole numbers, so sum * 10 is exact and 3.35 rounds up to 3.4 as people expect.
  return { average: Math.round((sum * 10) / levels.length) / 10, count: levels.length };
}

function summaryText(thisWeek: WeekAverage | null, weekBefore: WeekAverage | null): string {
  if (!thisWeek && !weekBefore) return 'No soreness logged in the last two weeks.';
  if (!thisWeek && weekBefore) {
    return `Nothing logged this week. Average soreness the week before was ${oneDecimal(tenths(weekBefore.average))}.`;
  }
  const now = tenths((thisWeek as WeekAverage).average);
  if (!weekBefore) {
    return `Average soreness this week ${oneDecimal(now)}. Nothing was logged the week before to compare with.`;
  }
  const diff = now - tenths(weekBefore.average);
  if (diff === 0)
    return `Average soreness this week ${oneDecimal(now)}, the same as the week before.`;
  const way = diff < 0 ? 'down' : 'up';
  return `Average soreness this week ${oneDecimal(now)}, ${way} ${oneDecimal(Math.abs(diff))} from the week before.`;
}

function summarise(items: readonly DayEntry[], today: string): WeekSummary {
  const thisWeek = average(items, { from: addDays(today, -6), to: today });
  const weekBefore = average(items, { from: addDays(today, -13), to: addDays(today, -7) });
  const change =
    thisWeek && weekBefore ? (tenths(thisWeek.average) - tenths(weekBefore.average)) / 10 : null;
  return { thisWeek, weekBefore, change, text: summaryText(thisWeek, weekBefore) };
}

/** This week's average against the week before, in one plain sentence. */
export function weekSummary(input: {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
}): WeekSummary {
  return summarise(withDays(input), localDay(input.now, input.timeZone));
}

/**
 * The chart's data for the `days` days ending today (the local day of `now`): one of the log's
 * windows, or as many days as the clinician summary's chosen range covers.
 */
export function buildTrend(input: {
  entries: readonly SorenessEntry[];
  now: Date;
  days: number;
  timeZone: string;
}): Trend {
  const today = localDay(input.now, input.timeZone);
  const days = daysEnding(today, input.days);
  const position = new Map(days.map((d, i) => [d, i]));
  const items = withDays(input);

  const byArea = new Map<BodyArea, (number | null)[]>();
  const sessions = new Set<string>();
  for (const { day, entry } of items) {
    const i = position.get(day);
    if (i === undefined) continue;
    if (entry.after?.kind === 'pt-session') sessions.add(day);
    for (const area of entry.areas) {
      let points = byArea.get(area);
      if (!points) {
        points = days.map(() => null);
        byArea.set(area, points);
      }
      points[i] = Math.max(points[i] ?? 0, entry.level);
    }
  }

  const series = BODY_AREA_IDS.filter((a) => byArea.has(a)).map((area) => ({
    area,
    label: BODY_AREA_LABELS[area],
    points: byArea.get(area) as (number | null)[],
  }));
  const sessionDays = days.filter((d) => sessions.has(d));
  return { days, series, sessionDays, summary: summarise(items, today) };
}
