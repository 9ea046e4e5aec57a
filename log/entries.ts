// Adding, editing, deleting (with undo) and listing soreness entries. Every change returns new arrays.
import { localDay } from '../common/days';
import type { EntryDraft, SorenessEntry } from './model';
import { checkDraft } from './schema';
import type { FieldProblem } from './schema';

export type EntryChange =
  | { ok: true; entries: SorenessEntry[]; entry: SorenessEntry }
  | { ok: false; problems: FieldProblem[] };

/** Adds a checked draft as a new entry at the end. `id` comes from the caller (e.g. crypto.randomUUID()). */
export function addEntry(input: {
  entries: readonly SorenessEntry[];
  draft: EntryDraft;
  id: string;
  now: Date;
}): EntryChange {
  const checked = checkDraft(input.draft);
  if (!checked.ok) return checked;
  if (input.entries.some((e) => e.id === input.id)) {
    throw new Error(`addEntry: the id "${input.id}" is already used`);
  }
  const stamp = input.now.toISOString();
  const entry: SorenessEntry = {
    id: input.id,
    ...checked.draft,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ok: true, entries: [...input.entries, entry], entry };
}

/** Replaces an entry's fields with a checked draft, in place in the list; keeps its id and created time. */
export function updateEntry(input: {
  entries: readonly SorenessEntry[];
  id: string;
  draft: EntryDraft;
  now: Date;
}): EntryChange {
  const index = input.entries.findIndex((e) => e.id === input.id);
  if (index < 0) {
    return { ok: false, problems: [{ field: 'entry', message: 'this entry no longer exists' }] };
  }
  const checked = checkDraft(input.draft);
  if (!checked.ok) return checked;
  const old = input.entries[index] as SorenessEntry;
  const entry: SorenessEntry = {
    id: old.id,
    ...checked.draft,
    createdAt: old.createdAt,
    updatedAt: input.now.toISOString(),
  };
  const entries = [...input.entries];
  entries[index] = entry;
  return { ok: true, entries, entry };
}

/** What a delete removed, so that "Undo" can put it back where it was. */
export interface RemovedEntry {
  entry: SorenessEntry;
  index: number;
}

export function deleteEntry(
  entries: readonly SorenessEntry[],
  id: string,
): { entries: SorenessEntry[]; removed: RemovedEntry } | undefined {
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return undefined;
  const removed = { entry: entries[index] as SorenessEntry, index };
  return { entries: entries.filter((_, i) => i !== index), removed };
}

/** Undoes a delete. If an entry with that id exists again, the list is returned unchanged. */
export function restoreEntry(
  entries: readonly SorenessEntry[],
  removed: RemovedEntry,
): SorenessEntry[] {
  if (entries.some((e) => e.id === removed.entry.id)) return [...entries];
  const at = Math.min(Math.max(removed.index, 0), entries.length);
  return [...entries.slice(0, at), removed.entry, ...entries.slice(at)];
}

/** Entries, newest first by the moment they describe (ties: the later-created first). */
export function newestFirst(entries: readonly SorenessEntry[]): SorenessEntry[] {
  return entries
    .map((entry) => ({ entry, t: Date.parse(entry.at), c: Date.parse(entry.createdAt) }))
    .sort((a, b) => b.t - a.t || b.c - a.c)
    .map((x) => x.entry);
}

export interface DayGroup {
  /** The local day, "YYYY-MM-DD". */
  day: string;
  /** Newest first. */
  entries: SorenessEntry[];
}

/** Entries grouped by the local day they fall on in `timeZone`, newest day first. */
export function groupByDay(entries: readonly SorenessEntry[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of newestFirst(entries)) {
    const day = localDay(entry.at, timeZone);
    const last = groups.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}
