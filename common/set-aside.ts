// Records kept aside: what a stored value could not use as it was, and the one plain message
// that tells the user about them. Each model brings its own nouns (AsideWords); the sentences
// are built here, the same way for the log and for study mode.
import * as v from 'valibot';

/** Something stored that could not be used as it was: kept aside, never written away. */
export interface SetAsideRecord {
  /** 'rejected': could not be read. 'repaired': the original of a record that was fixed. */
  kind: 'rejected' | 'repaired';
  /** Its place in the stored list, or null for the whole stored value. */
  index: number | null;
  reason: string;
  raw: unknown;
}

/** What a model's reader makes of a stored value. Pure: it never throws and never loses data. */
export interface Reading<T, R extends SetAsideRecord = SetAsideRecord> {
  value: T;
  /** Records to keep aside before the clean value is written back. */
  setAside: R[];
  /** Plain sentences for the console. */
  problems: string[];
  /** The stored value should be rewritten (records set aside or repaired). */
  changed: boolean;
}

/** A set-aside record as the append-only store keeps it. */
export interface Kept {
  /** When it was set aside: a timestamp (common/timestamp.ts). */
  keptAt: string;
}

/** One stored value's words for the notice. */
export interface AsideWords {
  /** The whole stored value could not be read. */
  whole: string;
  /** `n` records could not be read. */
  rejected: (n: number) => string;
  /** `n` records were repaired (their originals kept). */
  repaired: (n: number) => string;
}

/** The sentences about one stored value's records: the whole value, then rejected, then repaired. */
function sentences(records: readonly SetAsideRecord[], words: AsideWords): string[] {
  const out: string[] = [];
  if (records.some((r) => r.kind === 'rejected' && r.index === null)) out.push(words.whole);
  const rejected = records.filter((r) => r.kind === 'rejected' && r.index !== null).length;
  if (rejected > 0) out.push(words.rejected(rejected));
  const repaired = records.filter((r) => r.kind === 'repaired').length;
  if (repaired > 0) out.push(words.repaired(repaired));
  return out;
}

/**
 * Plain words about what is kept aside, or null when nothing is: each group's sentences in turn,
 * then `closing` (what happened to the originals) when the model says it once at the end.
 */
export function setAsideMessage(
  groups: readonly { records: readonly SetAsideRecord[]; words: AsideWords }[],
  closing?: string,
): string | null {
  const all = groups.flatMap((g) => sentences(g.records, g.words));
  if (all.length === 0) return null;
  return (closing ? [...all, closing] : all).join(' ');
}

/** "1 entry", "2 entries": the count with the right noun. */
export const counted = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/**
 * A kept record as stored, checked on read; `extra` adds a model's own fields (study mode's
 * `from`). Loose: a field a later PT Lens adds is kept, not stripped.
 */
export const keptRecordSchema = <E extends v.ObjectEntries>(extra: E) =>
  v.looseObject({
    keptAt: v.string(),
    kind: v.picklist(['rejected', 'repaired']),
    index: v.nullable(v.number()),
    reason: v.string(),
    raw: v.unknown(),
    ...extra,
  });
