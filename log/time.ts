// Wall-clock times in a time zone and back: what a datetime-local field shows, and the ISO time
// with its offset that an entry stores ("2024-05-03T18:30:00-04:00").
import { localDay, localTime } from '../common/days';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The instant at which the clock in `timeZone` reads `day` `time` ("2024-05-03", "18:30"). */
export function instantAt(input: { day: string; time: string; timeZone: string }): Date {
  const wall = Date.parse(`${input.day}T${input.time}:00Z`);
  let t = wall;
  // The zone's offset can differ on either side of a clock change: settle it in a few steps.
  for (let i = 0; i < 3; i++) {
    const seen = Date.parse(
      `${localDay(new Date(t), input.timeZone)}T${localTime(new Date(t), input.timeZone)}:00Z`,
    );
    if (seen === wall) break;
    t += wall - seen;
  }
  return new Date(t);
}

/** The ISO time with the zone's offset, to the minute. */
export function isoInZone(instant: Date, timeZone: string): string {
  const ms = Math.floor(instant.getTime() / 60_000) * 60_000;
  const day = localDay(new Date(ms), timeZone);
  const time = localTime(new Date(ms), timeZone);
  const offset = Math.round((Date.parse(`${day}T${time}:00Z`) - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${day}T${time}:00${zone}`;
}

/** "2024-05-03T18:30": the value a datetime-local field takes. */
export function toFieldValue(instant: Date | string, timeZone: string): string {
  return `${localDay(instant, timeZone)}T${localTime(instant, timeZone)}`;
}

/** Reads a datetime-local value; undefined when it is empty or not a time. */
export function fromFieldValue(value: string, timeZone: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!m?.[1] || !m[2]) return undefined;
  const instant = instantAt({ day: m[1], time: m[2], timeZone });
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Monday 20 May 2024" for a "YYYY-MM-DD" day (read as a calendar day, not an instant). */
export function dayWords(day: string, style: 'long' | 'short' = 'long'): string {
  let f = dayFormats.get(style);
  if (!f) {
    f =
      style === 'long'
        ? new Intl.DateTimeFormat('en-GB', {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          })
        : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayFormats.set(style, f);
  }
  return f.format(new Date(`${day}T12:00:00Z`)).replace(',', '');
}
