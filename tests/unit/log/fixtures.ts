// Small soreness-log fixtures for the unit tests: an entry builder and a fixed "now".
import type { SorenessEntry } from '../../../log/model';

/** Monday 20 May 2024, noon UTC: "today" in most tests. */
export const NOW = new Date('2024-05-20T12:00:00Z');

/** A valid entry; override only what the test is about. */
export function entry(over: Partial<SorenessEntry> & { id: string }): SorenessEntry {
  const at = over.at ?? '2024-05-20T09:00:00Z';
  return {
    at,
    level: 3,
    areas: ['knee-left'],
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

let counter = 0;

/** An entry at 09:00 UTC (unless `over.at` says otherwise) `n` days before NOW, with a fresh id. */
export function daysAgo(n: number, over: Partial<SorenessEntry> = {}): SorenessEntry {
  counter++;
  const at = new Date(Date.UTC(2024, 4, 20 - n, 9)).toISOString();
  return entry({ id: `day${n}-${counter}`, at, ...over });
}
