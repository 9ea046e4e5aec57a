// A study session over a deck: cards due first (most overdue first), then a few new ones; a card
// that comes due again within minutes returns later in the same session. Pure.
import { cardId } from './deck';
import type { StudyCard } from './deck';
import type { CardProgress } from './model';
import { progressOf } from './scheduler';

/** New cards a session brings in at most, so that a whole glossary is not one sitting. */
export const NEW_PER_SESSION = 20;
/** A card due again within this time (Again, Hard or Good while learning) comes back this session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DeckCounts {
  /** Studied cards due now. */
  due: number;
  /** Cards never studied. */
  new: number;
  total: number;
}

export function deckCounts(input: {
  deck: readonly StudyCard[];
  cards: readonly CardProgress[];
  now: Date;
}): DeckCounts {
  let due = 0;
  let fresh = 0;
  for (const card of input.deck) {
    const p = progressOf(input.cards, card);
    if (!p) fresh++;
    else if (Date.parse(p.due) <= input.now.getTime()) due++;
  }
  return { due, new: fresh, total: input.deck.length };
}

/** The session's cards in order: due ones by how overdue they are, then new ones in deck order. */
export function sessionQueue(input: {
  deck: readonly StudyCard[];
  cards: readonly CardProgress[];
  now: Date;
  newLimit?: number;
}): StudyCard[] {
  const { deck, cards, now, newLimit = NEW_PER_SESSION } = input;
  const due: [StudyCard, number][] = [];
  const fresh: StudyCard[] = [];
  for (const card of deck) {
    const p = progressOf(cards, card);
    if (!p) fresh.push(card);
    else if (Date.parse(p.due) <= now.getTime()) due.push([card, Date.parse(p.due)]);
  }
  due.sort((a, b) => a[1] - b[1]);
  return [...due.map(([c]) => c), ...fresh.slice(0, Math.max(0, newLimit))];
}

/** The queue after its first card was graded: it comes back at the end if due again soon. */
export function afterGrade(input: {
  queue: readonly StudyCard[];
  progress: CardProgress;
  now: Date;
}): StudyCard[] {
  const [head, ...rest] = input.queue;
  if (!head) return [];
  const soon = Date.parse(input.progress.due) - input.now.getTime() <= LEARN_AHEAD_MS;
  const others = rest.filter((c) => cardId(c) !== cardId(head));
  return soon ? [...others, head] : others;
}

/** The earliest time a studied card of the deck is due, or null when none has been studied. */
export function nextDueIn(input: {
  deck: readonly StudyCard[];
  cards: readonly CardProgress[];
}): Date | null {
  let best: number | null = null;
  for (const card of input.deck) {
    const p = progressOf(input.cards, card);
    if (p && (best === null || Date.parse(p.due) < best)) best = Date.parse(p.due);
  }
  return best === null ? null : new Date(best);
}
