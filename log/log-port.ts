// What the log view needs from its surroundings: the stored log, a way to change it, the report
// page's address and the optional check-in. The view knows no storage keys; the wiring provides these.
import type { Kept, SetAsideRecord } from '../common/set-aside';
import type { SorenessEntry } from './model';

/** A stored record the log could not use as it was, kept safely and never written away. */
export type KeptRecord = SetAsideRecord & Kept;

export interface LogSnapshot {
  entries: SorenessEntry[];
  /** Everything ever set aside, oldest first. Included in the JSON export. */
  setAside: KeptRecord[];
  /** Plain words about what was set aside, for the user, or null when nothing was. */
  notice: string | null;
}

export interface CheckInPort {
  /** The local hour, 0 to 23, at which the check-in comes. */
  hour: number;
  /** Whether the next-day check-in is on (and the browser still allows it). */
  get(): Promise<boolean>;
  /**
   * Turns the check-in on. Call it straight from a click: it asks the browser for the
   * notifications permission first. Resolves false when the user says no.
   */
  enable(): Promise<boolean>;
  disable(): Promise<void>;
}

export interface LogPort {
  load(): Promise<LogSnapshot>;
  /** Calls back whenever the stored log changes (here or in another PT Lens page). */
  watch(onChange: (snapshot: LogSnapshot) => void): () => void;
  /**
   * Reads the stored entries afresh, applies `change` and saves the result. Rejects, with nothing
   * changed, when the browser could not save.
   */
  change(change: (entries: readonly SorenessEntry[]) => SorenessEntry[]): Promise<SorenessEntry[]>;
  /** The printable clinician summary page. */
  reportUrl: string;
  checkIn?: CheckInPort;
}
