// Where the soreness log lives: extension storage on this device, checked on every read, with
// whatever cannot be read kept aside under its own key, never overwritten and never lost.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { KeptRecord, LogPort, LogSnapshot } from '../log/log-port';
import { loadLog as readStoredLog } from '../log/load';
import { LOG_VERSION } from '../log/model';
import type { LogData, SorenessEntry } from '../log/model';

/**
 * The log's own shape version travels inside the value (`version`, 0 for early stores without
 * one), and log/migrations.ts brings it up to date on every read through log/load.ts. WXT's item
 * version stays 1 because its metadata cannot describe stores written before it existed.
 */
const logItem = storage.defineItem<unknown>('local:soreness-log', { version: 1 });
/** Append-only: records land here before the log is rewritten without them. */
const asideItem = storage.defineItem<unknown>('local:soreness-log-aside', { version: 1 });
const checkInItem = storage.defineItem<unknown>('local:soreness-check-in', { version: 1 });

interface AsideStore {
  version: 1;
  records: KeptRecord[];
}

const isKept = (x: unknown): x is KeptRecord =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as KeptRecord).keptAt === 'string' &&
  ((x as KeptRecord).kind === 'rejected' || (x as KeptRecord).kind === 'repaired') &&
  typeof (x as KeptRecord).reason === 'string';

/** Reads the kept-aside store; if it is damaged itself, it is wrapped as one record, not dropped. */
function readAside(raw: unknown): AsideStore {
  if (raw === null || raw === undefined) return { version: 1, records: [] };
  const store = raw as Partial<AsideStore>;
  if (store.version === 1 && Array.isArray(store.records) && store.records.every(isKept)) {
    return { version: 1, records: store.records };
  }
  const reason = 'the store of set-aside records was itself damaged';
  return {
    version: 1,
    records: [{ keptAt: new Date().toISOString(), kind: 'rejected', index: null, reason, raw }],
  };
}

const sameRecord = (a: KeptRecord, b: KeptRecord): boolean =>
  a.kind === b.kind && a.reason === b.reason && JSON.stringify(a.raw) === JSON.stringify(b.raw);

async function keepAside(records: KeptRecord[]): Promise<AsideStore> {
  const aside = readAside(await asideItem.getValue());
  const fresh = records.filter((r) => !aside.records.some((old) => sameRecord(old, r)));
  if (fresh.length === 0) return aside;
  const next: AsideStore = { version: 1, records: [...aside.records, ...fresh] };
  await asideItem.setValue(next);
  return next;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Plain words about what is kept aside, e.g. "2 entries could not be read and were set aside; ...". */
export function setAsideNotice(records: readonly KeptRecord[]): string | null {
  const safe = 'kept safely and included in your JSON export';
  const sentences: string[] = [];
  if (records.some((r) => r.kind === 'rejected' && r.index === null)) {
    sentences.push(`Your saved log could not be read and was set aside; it is ${safe}.`);
  }
  const rejected = records.filter((r) => r.kind === 'rejected' && r.index !== null).length;
  if (rejected > 0) {
    sentences.push(
      `${rejected} ${plural(rejected, 'entry', 'entries')} could not be read and ` +
        `${plural(rejected, 'was', 'were')} set aside; ${plural(rejected, 'it is', 'they are')} ${safe}.`,
    );
  }
  const repaired = records.filter((r) => r.kind === 'repaired').length;
  if (repaired > 0) {
    sentences.push(
      `${repaired} saved ${plural(repaired, 'record was', 'records were')} repaired; ` +
        `${plural(repaired, 'the original is', 'the originals are')} ${safe}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/**
 * Reads, migrates and checks the stored log. Anything rejected or repaired is first kept aside,
 * and only then is the clean log written back. Rejects (changing nothing) if keeping aside fails.
 */
export async function loadLog(): Promise<LogSnapshot> {
  const raw = await logItem.getValue();
  const loaded = readStoredLog(raw === null ? undefined : raw);
  const keptAt = new Date().toISOString();
  const kept: KeptRecord[] = [
    ...loaded.rejected.map((r) => ({ keptAt, kind: 'rejected' as const, ...r })),
    ...loaded.repaired.map((r) => ({ keptAt, kind: 'repaired' as const, ...r })),
  ];
  const aside = kept.length > 0 ? await keepAside(kept) : readAside(await asideItem.getValue());
  if (kept.length > 0 || loaded.changed) {
    for (const problem of loaded.problems) console.warn(`PT Lens: ${problem}`);
    // Safe to fail: everything it would drop is already kept aside, and the next save retries.
    await logItem.setValue(loaded.data).catch(() => undefined);
  }
  return {
    entries: loaded.data.entries,
    setAside: aside.records,
    notice: setAsideNotice(aside.records),
  };
}

/** Replaces the stored entries. Rejects, leaving what was stored, when the browser cannot save. */
export async function saveEntries(entries: readonly SorenessEntry[]): Promise<void> {
  const data: LogData = { version: LOG_VERSION, entries: [...entries] };
  await logItem.setValue(data);
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads the log afresh, applies `change` and saves; changes from this page run one at a time. */
export function changeEntries(
  change: (entries: readonly SorenessEntry[]) => SorenessEntry[],
): Promise<SorenessEntry[]> {
  const run = queue.then(async () => {
    const { entries } = await loadLog();
    const next = change(entries);
    await saveEntries(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls back with the checked log whenever storage changes, here or in another PT Lens page. */
export function watchLog(onChange: (snapshot: LogSnapshot) => void): () => void {
  return logItem.watch(() => {
    loadLog().then(onChange, (error: unknown) => console.warn('PT Lens: log watch failed', error));
  });
}

// The optional next-day check-in.

// Alarms need no prompt and are a plain permission; notifications are asked for when wanted.
export const CHECK_IN_PERMISSIONS = ['notifications'] as const;
/** The local hour of the next-day check-in. */
export const CHECK_IN_HOUR = 10;

export interface CheckInState {
  enabled: boolean;
  /** The PT-session entry the last check-in was shown for, so it is shown once. */
  promptedFor?: string;
}

export async function loadCheckIn(): Promise<CheckInState> {
  const raw = (await checkInItem.getValue()) as Partial<CheckInState> | null;
  const state: CheckInState = { enabled: raw?.enabled === true };
  if (typeof raw?.promptedFor === 'string') state.promptedFor = raw.promptedFor;
  return state;
}

export async function saveCheckIn(state: CheckInState): Promise<void> {
  await checkInItem.setValue(state);
}

export function watchCheckIn(onChange: () => void): () => void {
  return checkInItem.watch(() => onChange());
}

/** On, and the browser still grants the permissions (the user can take them back at any time). */
export async function checkInsOn(): Promise<boolean> {
  if (!(await loadCheckIn()).enabled) return false;
  return browser.permissions.contains({ permissions: [...CHECK_IN_PERMISSIONS] });
}

/** Asks for the permissions first, while the click that called it still counts as the user's. */
export async function enableCheckIns(): Promise<boolean> {
  const granted = await browser.permissions.request({ permissions: [...CHECK_IN_PERMISSIONS] });
  if (!granted) return false;
  await saveCheckIn({ ...(await loadCheckIn()), enabled: true });
  return true;
}

export async function disableCheckIns(): Promise<void> {
  await saveCheckIn({ ...(await loadCheckIn()), enabled: false });
}

/** Everything the log view needs, backed by extension storage. */
export const logPort: LogPort = {
  load: loadLog,
  watch: watchLog,
  change: changeEntries,
  get reportUrl() {
    return browser.runtime.getURL('/report.html');
  },
  checkIn: {
    hour: CHECK_IN_HOUR,
    get: checkInsOn,
    enable: enableCheckIns,
    disable: disableCheckIns,
  },
};
