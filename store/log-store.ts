// Where the soreness log lives: extension storage on this device, read through the record store
// (store/record-store.ts): checked on every read, with whatever cannot be read kept aside under
// its own key, never overwritten and never lost, and changed one change at a time.
import { browser } from 'wxt/browser';
import { keptRecordSchema, type SetAsideRecord } from '../common/set-aside';
import { setAsideNotice } from '../log/aside-words';
import { readCheckInState, type CheckInState } from '../log/check-in-state';
import type { KeptRecord, LogPort, LogSnapshot } from '../log/log-port';
import { LOG_MIGRATIONS } from '../log/migrations';
import { LOG_VERSION } from '../log/model';
import type { LogData, SorenessEntry } from '../log/model';
import { readStoredLog } from '../log/parse-log';
import { defineAsideStore } from './aside-store';
import { defineRecordStore } from './record-store';

export { setAsideNotice };

/** Append-only: records land here before the log is rewritten without them. */
const aside = defineAsideStore<SetAsideRecord>({
  key: 'local:soreness-log-aside',
  schema: keptRecordSchema({}),
  damaged: (raw) => ({
    kind: 'rejected',
    index: null,
    reason: 'the store of set-aside records was itself damaged',
    raw,
  }),
});

const log = defineRecordStore<LogData>({
  key: 'local:soreness-log',
  version: LOG_VERSION,
  migrations: LOG_MIGRATIONS,
  read: readStoredLog,
  stored: (data) => data,
  aside,
});

const checkIn = defineRecordStore<CheckInState>({
  key: 'local:soreness-check-in',
  version: 1,
  read: (raw) => ({ value: readCheckInState(raw), setAside: [], problems: [], changed: false }),
  stored: (state) => state,
});

/**
 * Reads and checks the stored log. Anything rejected or repaired is first kept aside, and only
 * then is the clean log written back. Rejects (changing nothing) if keeping aside fails.
 */
export async function loadLog(): Promise<LogSnapshot> {
  const data = await log.read();
  const setAside: KeptRecord[] = await aside.read();
  return { entries: data.entries, setAside, notice: setAsideNotice(setAside) };
}

/** Replaces the stored entries. Rejects, leaving what was stored, when the browser cannot save. */
export async function saveEntries(entries: readonly SorenessEntry[]): Promise<void> {
  await log.save({ version: LOG_VERSION, entries: [...entries] });
}

/** Reads the log afresh, applies `change` and saves; changes from this page run one at a time. */
export async function changeEntries(
  change: (entries: readonly SorenessEntry[]) => SorenessEntry[],
): Promise<SorenessEntry[]> {
  const next = await log.change((data) => ({
    version: LOG_VERSION,
    entries: change(data.entries),
  }));
  return next.entries;
}

/** Calls back with the checked log whenever storage changes, here or in another PT Lens page. */
export function watchLog(onChange: (snapshot: LogSnapshot) => void): () => void {
  return log.onStored(() => {
    loadLog().then(onChange, (error: unknown) => console.warn('PT Lens: log watch failed', error));
  });
}

// The optional next-day check-in.

// Alarms need no prompt and are a plain permission; notifications are asked for when wanted.
export const CHECK_IN_PERMISSIONS = ['notifications'] as const;
/** The local hour of the next-day check-in. */
export const CHECK_IN_HOUR = 10;

export type { CheckInState };

export const loadCheckIn = (): Promise<CheckInState> => checkIn.read();

export const saveCheckIn = (state: CheckInState): Promise<void> => checkIn.save(state);

export function watchCheckIn(onChange: () => void): () => void {
  return checkIn.onStored(onChange);
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
  await checkIn.change((state) => ({ ...state, enabled: true }));
  return true;
}

export async function disableCheckIns(): Promise<void> {
  await checkIn.change((state) => ({ ...state, enabled: false }));
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
