// Which days the clinician summary covers, as the reader chose: the last 14 or 30 days, since a
// date of theirs ("since my last visit"), or everything logged. Read from and written to the
// report page's address, so a chosen range survives a reload and can be printed again.
import { addDays } from '../common/days';

export type ReportRange =
  { kind: 'last'; days: 14 | 30 } | { kind: 'since'; day: string } | { kind: 'all' };

export const DEFAULT_RANGE: ReportRange = { kind: 'last', days: 14 };

export interface ReadRange {
  range: ReportRange;
  /** Plain words when the address asked for a range that cannot be, and the default is used. */
  problem?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "YYYY-MM-DD" names a real calendar day (not 31 February). */
export function isRealDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** The range in a report address: "?range=30", "?range=all" or "?since=2026-11-20". */
export function parseReportRange(search: string, today: string): ReadRange {
  const params = new URLSearchParams(search);
  const since = params.get('since');
  if (since !== null) {
    if (!isRealDay(since)) {
      return { range: DEFAULT_RANGE, problem: `“${since.slice(0, 20)}” is not a date.` };
    }
    if (since > today) {
      return { range: DEFAULT_RANGE, problem: 'That date is still to come.' };
    }
    return { range: { kind: 'since', day: since } };
  }
  const asked = params.get('range');
  if (asked === null || asked === '14') return { range: DEFAULT_RANGE };
  if (asked === '30') return { range: { kind: 'last', days: 30 } };
  if (asked === 'all') return { range: { kind: 'all' } };
  return { range: DEFAULT_RANGE, problem: `“${asked.slice(0, 20)}” is not a range PT Lens knows.` };
}

/** The address part that leads back to a range. */
export function rangeSearch(range: ReportRange): string {
  if (range.kind === 'since') return `?since=${range.day}`;
  if (range.kind === 'all') return '?range=all';
  return range.days === 14 ? '' : `?range=${range.days}`;
}

/** First and last day covered, and how many days that is, counting both. */
export function rangeDays(
  range: ReportRange,
  today: string,
  firstLogged: string | undefined,
): { from: string; to: string; count: number } {
  const from =
    range.kind === 'last'
      ? addDays(today, 1 - range.days)
      : range.kind === 'since'
        ? range.day
        : firstLogged && firstLogged < today
          ? firstLogged
          : today;
  const count = Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000) + 1;
  return { from, to: today, count };
}

/** How the summary names its range: "the last 14 days", "since 20 Nov", "everything logged". */
export function rangeWords(range: ReportRange, sinceWords: (day: string) => string): string {
  if (range.kind === 'last') return `the last ${range.days} days`;
  if (range.kind === 'since') return `since ${sinceWords(range.day)}`;
  return 'everything logged';
}

/** The range as a label: "Last 14 days", "Since 20 Nov", "Everything logged". */
export function rangeLabel(range: ReportRange, sinceWords: (day: string) => string): string {
  const words = range.kind === 'last' ? `last ${range.days} days` : rangeWords(range, sinceWords);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
