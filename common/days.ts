// Calendar days in the user's time zone: which local day a timestamp falls on, and day arithmetic.
// Days are "YYYY-MM-DD" strings, so they sort and compare as text.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The time zone the browser runs in, e.g. "Europe/Berlin". */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const DAY_MS = 86_400_000;

/** The zone's offset from UTC at `ms`, in ms, read from Intl (slow: about 10 µs). */
function offsetAt(ms: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) p[part.type] = part.value;
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return asUtc - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

/**
 * Offsets per zone and UTC day, when the offset is the same at both ends of that day (so no
 * clock change falls inside it). Listing 10,000 entries then asks Intl a few hundred times
 * instead of 10,000.
 */
const steadyOffsets = new Map<string, number | null>();

function offsetFor(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let steady = steadyOffsets.get(key);
  if (steady === undefined) {
    const start = offsetAt(day * DAY_MS, timeZone);
    steady = start === offsetAt((day + 1) * DAY_MS - 60_000, timeZone) ? start : null;
    if (steadyOffsets.size > 50_000) steadyOffsets.clear();
    steadyOffsets.set(key, steady);
  }
  return steady ?? offsetAt(ms, timeZone);
}

/** The wall-clock time in `timeZone`, as a Date whose UTC fields read as local ones. */
function wallClock(instant: Date | string, timeZone: string): Date {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + offsetFor(ms, timeZone));
}

/** The local day ("2024-05-03") on which an instant falls in `timeZone`. */
export function localDay(instant: Date | string, timeZone: string): string {
  return wallClock(instant, timeZone).toISOString().slice(0, 10);
}

/** The local clock time ("18:30") of an instant in `timeZone`. */
export function localTime(instant: Date | string, timeZone: string): string {
  return wallClock(instant, timeZone).toISOString().slice(11, 16);
}

/** `day` moved by `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The `count` days ending with `lastDay`, oldest first. */
export function daysEnding(lastDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(lastDay, i - count + 1));
}
