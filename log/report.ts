// The data for the one-page clinician summary: the chosen days as rows, sessions, notes and
// averages. Pure data; the printable page draws it.
import { daysEnding, localDay, localTime } from '../common/days';
import { newestFirst } from './entries';
import { AFTER_KIND_LABELS, BODY_AREA_IDS, BODY_AREA_LABELS, nrsAnchor } from './model';
import type { AfterWhat, BodyArea, SorenessEntry } from './model';
import { weekSummary } from './trend';
import type { WeekSummary } from './trend';
import { DEFAULT_RANGE, rangeDays, type ReportRange } from './report-range';

export interface ReportRow {
  entryId: string;
  day: string;
  /** Local clock time, "18:30". */
  time: string;
  level: number;
  /** The scale's word for the level: "No pain", "Mild", "Moderate", "Severe". */
  levelWords: string;
  areas: string[];
  after?: AfterWhat;
  /** "PT session", "A treatment: tens", "Home exercises: Knee routine". */
  afterText?: string;
  note?: string;
}

export interface AreaStats {
  area: BodyArea;
  label: string;
  count: number;
  average: number;
  highest: number;
}

export interface ClinicianReport {
  /** First and last local day covered, "YYYY-MM-DD". */
  from: string;
  to: string;
  /** The range the reader chose, and how many days it covers. */
  range: ReportRange;
  dayCount: number;
  timeZone: string;
  /** One row per entry in the period, oldest first. */
  rows: ReportRow[];
  /** Every day of the period, oldest first, with its highest soreness (null: nothing logged). */
  days: { day: string; highest: number | null }[];
  sessions: { day: string; time: string; label?: string }[];
  notes: { day: string; time: string; text: string }[];
  /** Average over the whole period, one decimal place; null when nothing was logged. */
  average: number | null;
  highest: { level: number; day: string } | null;
  byArea: AreaStats[];
  week: WeekSummary;
}

const round1 = (sum: number, count: number): number => Math.round((sum * 10) / count) / 10;

function afterText(after: AfterWhat | undefined): string | undefined {
  if (!after) return undefined;
  const detail = after.label ?? after.treatmentId;
  return detail ? `${AFTER_KIND_LABELS[after.kind]}: ${detail}` : AFTER_KIND_LABELS[after.kind];
}

/**
 * The clinician summary for the range the reader chose (the last 14 days unless they chose
 * otherwise), ending on the local day of `now`.
 */
export function buildReport(input: {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
  range?: ReportRange;
}): ClinicianReport {
  const { now, timeZone, range = DEFAULT_RANGE } = input;
  const logged = newestFirst(input.entries)
    .reverse()
    .filter((e) => Date.parse(e.at) <= now.getTime())
    .map((entry) => ({ entry, day: localDay(entry.at, timeZone) }));
  const { from, to, count } = rangeDays(range, localDay(now, timeZone), logged[0]?.day);
  const inPeriod = logged.filter((x) => x.day >= from && x.day <= to);

  const rows: ReportRow[] = inPeriod.map(({ entry, day }) => {
    const row: ReportRow = {
      entryId: entry.id,
      day,
      time: localTime(entry.at, timeZone),
      level: entry.level,
      levelWords: nrsAnchor(entry.level)?.label ?? '',
      areas: entry.areas.map((a) => BODY_AREA_LABELS[a]),
    };
    if (entry.after) {
      row.after = entry.after;
      row.afterText = afterText(entry.after);
    }
    if (entry.note) row.note = entry.note;
    return row;
  });

  const highestByDay = new Map<string, number>();
  const areaSums = new Map<BodyArea, { sum: number; count: number; highest: number }>();
  let sum = 0;
  let highest: ClinicianReport['highest'] = null;
  for (const { entry, day } of inPeriod) {
    sum += entry.level;
    highestByDay.set(day, Math.max(highestByDay.get(day) ?? 0, entry.level));
    if (!highest || entry.level > highest.level) highest = { level: entry.level, day };
    for (const area of entry.areas) {
      const s = areaSums.get(area) ?? { sum: 0, count: 0, highest: 0 };
      areaSums.set(area, {
        sum: s.sum + entry.level,
        count: s.count + 1,
        highest: Math.max(s.highest, entry.level),
      });
    }
  }

  return {
    from,
    to,
    timeZone,
    rows,
    range,
    dayCount: count,
    days: daysEnding(to, count).map((day) => ({
      day,
      highest: highestByDay.get(day) ?? null,
    })),
    sessions: rows
      .filter((r) => r.after?.kind === 'pt-session')
      .map((r) => ({
        day: r.day,
        time: r.time,
        ...(r.after?.label ? { label: r.after.label } : {}),
      })),
    notes: rows.flatMap((r) => (r.note ? [{ day: r.day, time: r.time, text: r.note }] : [])),
    average: inPeriod.length > 0 ? round1(sum, inPeriod.length) : null,
    highest,
    byArea: BODY_AREA_IDS.flatMap((area) => {
      const s = areaSums.get(area);
      if (!s) return [];
      const stats: AreaStats = {
        area,
        label: BODY_AREA_LABELS[area],
        count: s.count,
        average: round1(s.sum, s.count),
        highest: s.highest,
      };
      return [stats];
    }),
    week: weekSummary({ entries: input.entries, now, timeZone }),
  };
}
