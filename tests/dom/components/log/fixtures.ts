// Soreness entries and a fixed clock for the log's component tests.
import type { SorenessEntry } from '../../../../log/model';

/** Monday 20 May 2024, noon UTC. Tests use the UTC time zone unless they say otherwise. */
export const NOW = new Date('2024-05-20T12:00:00Z');
export const now = (): Date => NOW;
export const TZ = 'UTC';

export function entry(over: Partial<SorenessEntry> & { id: string }): SorenessEntry {
  const at = over.at ?? '2024-05-20T09:00:00Z';
  return { at, level: 3, areas: ['knee-left'], createdAt: at, updatedAt: at, ...over };
}

/** An entry `n` days before NOW at 09:00 UTC. */
export function daysAgo(n: number, over: Partial<SorenessEntry> & { id: string }): SorenessEntry {
  const at = new Date(Date.UTC(2024, 4, 20 - n, 9)).toISOString();
  return entry({ at, ...over });
}

let counter = 0;
export const makeId = (): string => `new-${++counter}`;
