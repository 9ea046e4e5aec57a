// The append-only store of set-aside records: what a reader could not use lands here before the
// value it came from is rewritten without it. Never overwritten, never emptied; a damaged store
// is itself kept, as one record.
import * as v from 'valibot';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { Kept, SetAsideRecord } from '../common/set-aside';

export interface AsideStore<R extends SetAsideRecord> {
  /** Everything ever set aside, oldest first. */
  read(): Promise<(R & Kept)[]>;
  /** Adds the records not already kept (the same kind, reason and value), stamped now. */
  keep(records: readonly R[]): Promise<(R & Kept)[]>;
}

/** Same record: set aside again on a later read, it is not kept twice. */
const same = (a: SetAsideRecord, b: SetAsideRecord): boolean =>
  a.kind === b.kind &&
  a.reason === b.reason &&
  (a as { from?: unknown }).from === (b as { from?: unknown }).from &&
  JSON.stringify(a.raw) === JSON.stringify(b.raw);

export function defineAsideStore<R extends SetAsideRecord>(spec: {
  key: StorageItemKey;
  /** One stored record (common/set-aside.ts's keptRecordSchema, with the model's fields). */
  schema: v.GenericSchema<unknown, R & Kept>;
  /** The record that keeps a damaged store whole. */
  damaged: (raw: unknown) => R;
}): AsideStore<R> {
  const item = storage.defineItem<unknown>(spec.key, { version: 1 });
  const StoreSchema = v.object({ version: v.literal(1), records: v.array(spec.schema) });

  const read = async (): Promise<(R & Kept)[]> => {
    const raw = await item.getValue();
    if (raw === null || raw === undefined) return [];
    const checked = v.safeParse(StoreSchema, raw);
    if (checked.success) return checked.output.records;
    return [{ keptAt: new Date().toISOString(), ...spec.damaged(raw) }];
  };

  return {
    read,
    async keep(records) {
      const kept = await read();
      const keptAt = new Date().toISOString();
      const fresh = records.filter((r) => !kept.some((old) => same(old, r)));
      if (fresh.length === 0) return kept;
      const next = [...kept, ...fresh.map((r) => ({ keptAt, ...r }))];
      await item.setValue({ version: 1, records: next });
      return next;
    },
  };
}
