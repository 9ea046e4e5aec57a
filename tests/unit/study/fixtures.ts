// Small study fixtures: a fixed "now", glossary entries and meetings built for the case at hand.
import type { Category, GlossaryEntry } from '../../../guide/types';
import type { Meeting } from '../../../study/model';

/** Monday 20 May 2024, noon UTC. */
export const NOW = new Date('2024-05-20T12:00:00Z');
export const TZ = 'Europe/Berlin';

export const minutes = (n: number): number => n * 60_000;
export const days = (n: number): number => n * 86_400_000;

/** A glossary entry; override only what the test is about. */
export function gloss(
  id: string,
  over: Partial<GlossaryEntry> & { category?: Category } = {},
): GlossaryEntry {
  return {
    id,
    term: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    aliases: [],
    category: 'treatment',
    short: `The plain meaning of ${id}.`,
    more: 'More words.',
    section: 'in-a-session',
    related: [],
    sources: [{ name: 'A source' }],
    reviewed: '2026-12-02',
    ...over,
  };
}

/** A meeting first and last met at the given times (ISO), once unless told. */
export function met(entryId: string, lastMet: string, over: Partial<Meeting> = {}): Meeting {
  return { entryId, firstMet: lastMet, lastMet, count: 1, pages: [], ...over };
}
