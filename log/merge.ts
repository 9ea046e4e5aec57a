// Merging imported entries into the log: finds duplicates and conflicts so the user can confirm
// before anything changes. Existing entries are never changed or replaced.
import type { SorenessEntry } from './model';

export interface Duplicate {
  incoming: SorenessEntry;
  existing: SorenessEntry;
  /** 'same-id': the same entry again. 'same-moment': same minute, soreness and areas, another id. */
  why: 'same-id' | 'same-moment';
}

/** The same id with different content: the user decides; the existing entry always stays. */
export interface Conflict {
  incoming: SorenessEntry;
  existing: SorenessEntry;
}

export interface MergePreview {
  toAdd: SorenessEntry[];
  duplicates: Duplicate[];
  conflicts: Conflict[];
}

const minute = (at: string): number => Math.floor(Date.parse(at) / 60_000);
const sortedAreas = (e: SorenessEntry): string => [...e.areas].sort().join(',');
const momentKey = (e: SorenessEntry): string => `${minute(e.at)}|${e.level}|${sortedAreas(e)}`;

/** Same soreness record, whatever the created and updated times or the offset `at` is written in. */
export function sameContent(a: SorenessEntry, b: SorenessEntry): boolean {
  return (
    Date.parse(a.at) === Date.parse(b.at) &&
    a.level === b.level &&
    sortedAreas(a) === sortedAreas(b) &&
    a.after?.kind === b.after?.kind &&
    a.after?.treatmentId === b.after?.treatmentId &&
    a.after?.label === b.after?.label &&
    a.note === b.note
  );
}

/** Sorts incoming entries into new ones, duplicates and conflicts. Changes nothing. */
export function previewMerge(
  existing: readonly SorenessEntry[],
  incoming: readonly SorenessEntry[],
): MergePreview {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byMoment = new Map(existing.map((e) => [momentKey(e), e]));
  const preview: MergePreview = { toAdd: [], duplicates: [], conflicts: [] };
  for (const entry of incoming) {
    const sameId = byId.get(entry.id);
    if (sameId) {
      if (sameContent(sameId, entry)) {
        preview.duplicates.push({ incoming: entry, existing: sameId, why: 'same-id' });
      } else preview.conflicts.push({ incoming: entry, existing: sameId });
      continue;
    }
    const key = momentKey(entry);
    const sameMoment = byMoment.get(key);
    if (sameMoment) {
      preview.duplicates.push({ incoming: entry, existing: sameMoment, why: 'same-moment' });
      continue;
    }
    preview.toAdd.push(entry);
    byId.set(entry.id, entry);
    byMoment.set(key, entry);
  }
  return preview;
}

/**
 * The log after the user confirms: existing entries first and unchanged, then the new ones.
 * Conflicts are skipped unless their incoming id is in `keepBoth.ids`; those are added as copies
 * with fresh ids, beside the existing entry.
 */
export function applyMerge(input: {
  existing: readonly SorenessEntry[];
  preview: MergePreview;
  keepBoth?: { ids: readonly string[]; makeId: () => string };
}): SorenessEntry[] {
  const copies = input.keepBoth
    ? input.preview.conflicts
        .filter((c) => input.keepBoth?.ids.includes(c.incoming.id))
        .map((c) => ({ ...c.incoming, id: (input.keepBoth as { makeId: () => string }).makeId() }))
    : [];
  return [...input.existing, ...input.preview.toAdd, ...copies];
}
