// The house's one meaning of a timestamp: ISO 8601 text with Z or an offset, on a real calendar
// day ("2024-05-03T18:30:00-04:00", "2024-05-20T10:00:00.000Z"). Every stored and exported time
// is one; code turns it into a Date or milliseconds only where it computes (Date.parse,
// toISOString), never in what it keeps.
import * as v from 'valibot';

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** ISO 8601 date and time with Z or an offset, on a real calendar day ("2024-02-30" fails). */
export function isIsoTimestamp(text: string): boolean {
  const m = ISO_TIMESTAMP.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s, oh, om] = m.slice(1).map((x) => Number(x ?? 0));
  if (y === undefined || mo === undefined || d === undefined) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return (
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysInMonth &&
    (h ?? 0) <= 23 &&
    (mi ?? 0) <= 59 &&
    (s ?? 0) <= 59 &&
    (oh ?? 0) <= 23 &&
    (om ?? 0) <= 59
  );
}

/** A timestamp, with the plain words a reader is shown when it is not one. */
export const timestampSchema = (message: string) =>
  v.pipe(v.string(message), v.check(isIsoTimestamp, message));
