// One way to keep a versioned value in extension storage: read through a model's checker (bad
// records kept aside first, then the clean value written back), changes one at a time, and a
// watch. The log, study mode and the settings each give only their key, version, reader and
// stored shape; everything about storage is here.
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { Reading, SetAsideRecord } from '../common/set-aside';
import type { AsideStore } from './aside-store';

export interface RecordSpec<T, R extends SetAsideRecord> {
  key: StorageItemKey;
  /**
   * The shape's version: WXT's item version, and the `version` the value carries inside it (as
   * it always has, so exports and older stores read the same). Raise it only with a step in
   * `migrations` (WXT runs them once, on the first use after an update; each step returns the
   * value with its new `version`).
   */
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Reads what storage holds (`undefined` when nothing is stored yet). */
  read: (raw: unknown) => Reading<T, R>;
  /** The value as stored. */
  stored: (value: T) => unknown;
  /** Where this value's unreadable records go; without one, a reader must repair in place. */
  aside?: AsideStore<R>;
}

export interface RecordStore<T> {
  /** The checked value; whatever had to be set aside is kept before the clean value is saved. */
  read(): Promise<T>;
  /** Saves `value` as it is. Rejects, leaving what was stored, when the browser cannot save. */
  save(value: T): Promise<void>;
  /** Reads afresh, applies `change` and saves, after every change already asked for. */
  change(change: (value: T) => T): Promise<T>;
  /** Calls back, at once, with the checked value whenever storage changes, here or elsewhere. */
  watch(onChange: (value: T) => void): () => void;
  /** Calls back, without reading anything, whenever the stored value changes. */
  onStored(onChange: () => void): () => void;
}

// One queue for every record store in this page or worker: a change waits for the ones before
// it, so two changes never both start from the same read and lose each other.
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every change already queued; a failure does not stop the ones after it. */
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

const warn = (problems: readonly string[]): void => {
  for (const problem of problems) console.warn(`PT Lens: ${problem}`);
};

export function defineRecordStore<T, R extends SetAsideRecord = SetAsideRecord>(
  spec: RecordSpec<T, R>,
): RecordStore<T> {
  const item = storage.defineItem<unknown>(spec.key, {
    version: spec.version,
    // Without steps WXT writes no version of its own beside the value: what is stored stays
    // exactly what earlier builds wrote (WXT reads a value without one as version 1).
    ...(spec.migrations && Object.keys(spec.migrations).length > 0
      ? { migrations: spec.migrations }
      : {}),
  });

  const read = async (): Promise<T> => {
    const raw = await item.getValue();
    const reading = spec.read(raw ?? undefined);
    warn(reading.problems);
    if (!reading.changed) return reading.value;
    // Kept aside first: if that fails, this rejects and the stored value stays as it was.
    if (reading.setAside.length > 0 && spec.aside) await spec.aside.keep(reading.setAside);
    // Safe to fail: what it would drop is already kept aside, and the next save retries.
    await item.setValue(spec.stored(reading.value)).catch(() => undefined);
    return reading.value;
  };

  const save = (value: T): Promise<void> => item.setValue(spec.stored(value));

  return {
    read,
    save,
    change: (change) =>
      inTurn(async () => {
        const next = change(await read());
        await save(next);
        return next;
      }),
    // The new value is checked as it arrives, without writing anything: a watcher in every page
    // must not start a rewrite of its own.
    watch: (onChange) => item.watch((value) => onChange(spec.read(value ?? undefined).value)),
    onStored: (onChange) => item.watch(() => onChange()),
  };
}
