// Plain words for when a card is due and when a term was met: "in 10 minutes", "in 8 days",
// "today", "20 May". Pure: the clock and the time zone come in.
import { localDay } from '../common/days';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function count(n: number, unit: string, short: boolean): string {
  if (short && unit === 'minute') return `${n} min`;
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

/** A span of time in words: "1 minute", "10 minutes", "3 hours", "8 days", "4 months", "2 years". */
export function spanWords(ms: number, style: 'long' | 'short' = 'long'): string {
  const short = style === 'short';
  const t = Math.max(0, ms);
  if (t < HOUR) return count(Math.max(1, Math.round(t / MINUTE)), 'minute', short);
  if (t < DAY) return count(Math.round(t / HOUR), 'hour', short);
  const days = Math.round(t / DAY);
  if (days < 31) return count(days, 'day', short);
  if (days < 365) return count(Math.round(days / 30.4), 'month', short);
  return count(Math.round(days / 365), 'year', short);
}

/** "now" or "in 8 days". */
export function dueWords(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  return ms <= 0 ? 'now' : `in ${spanWords(ms)}`;
}

const dayFormat = new Map<string, Intl.DateTimeFormat>();

/** "today", "yesterday", or a date such as "3 May" (with the year when it is not this year). */
export function dayWords(instant: string, input: { now: Date; timeZone: string }): string {
  const day = localDay(instant, input.timeZone);
  const today = localDay(input.now, input.timeZone);
  if (day === today) return 'today';
  const yesterday = localDay(new Date(input.now.getTime() - DAY), input.timeZone);
  if (day === yesterday) return 'yesterday';
  const withYear = day.slice(0, 4) !== today.slice(0, 4);
  const key = withYear ? 'year' : 'day';
  let f = dayFormat.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dayFormat.set(key, f);
  }
  return f.format(new Date(`${day}T12:00:00Z`));
}
