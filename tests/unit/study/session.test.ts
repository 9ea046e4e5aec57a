// A session: due cards first, most overdue first, then a few new ones; a card due again within
// minutes comes back at the end; the deck's counts and its next due time.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../study/deck';
import type { CardProgress } from '../../../study/model';
import { gradeCard } from '../../../study/scheduler';
import { afterGrade, deckCounts, nextDueIn, sessionQueue } from '../../../study/session';
import { NOW, days, gloss, minutes } from './fixtures';

const glossary = ['a', 'b', 'c', 'd', 'e'].map((id) => gloss(id));
const deck = buildDeck({ source: { kind: 'all' }, glossary, meetings: [], direction: 'forward' });
const progress = (entryId: string, dueIn: number): CardProgress => ({
  ...gradeCard({
    card: { entryId, direction: 'forward' },
    progress: undefined,
    grade: 'good',
    now: NOW,
  }),
  due: new Date(NOW.getTime() + dueIn).toISOString(),
});

describe('sessionQueue', () => {
  const cards = [progress('b', -days(1)), progress('d', -days(3)), progress('c', days(2))];

  it('puts due cards first, most overdue first, then new cards in deck order', () => {
    expect(sessionQueue({ deck, cards, now: NOW }).map((c) => c.entryId)).toEqual([
      'd',
      'b',
      'a',
      'e',
    ]);
  });

  it('brings in only so many new cards', () => {
    expect(sessionQueue({ deck, cards, now: NOW, newLimit: 1 }).map((c) => c.entryId)).toEqual([
      'd',
      'b',
      'a',
    ]);
  });

  it('counts what is due, what is new and the whole deck', () => {
    expect(deckCounts({ deck, cards, now: NOW })).toEqual({ due: 2, new: 2, total: 5 });
  });

  it('knows when the next studied card is due', () => {
    expect(nextDueIn({ deck, cards })?.toISOString()).toBe(
      new Date(NOW.getTime() - days(3)).toISOString(),
    );
    expect(nextDueIn({ deck, cards: [] })).toBeNull();
  });
});

describe('afterGrade', () => {
  const queue = sessionQueue({ deck, cards: [], now: NOW });

  it('brings a card due again within minutes back at the end', () => {
    const again = gradeCard({ card: queue[0]!, progress: undefined, grade: 'again', now: NOW });
    expect(Date.parse(again.due) - NOW.getTime()).toBeLessThan(minutes(20));
    expect(afterGrade({ queue, progress: again, now: NOW }).map((c) => c.entryId)).toEqual([
      'b',
      'c',
      'd',
      'e',
      'a',
    ]);
  });

  it('lets a card due days later leave the session', () => {
    const easy = gradeCard({ card: queue[0]!, progress: undefined, grade: 'easy', now: NOW });
    expect(afterGrade({ queue, progress: easy, now: NOW }).map((c) => c.entryId)).toEqual([
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('ends with an empty queue', () => {
    const easy = gradeCard({ card: queue[0]!, progress: undefined, grade: 'easy', now: NOW });
    expect(afterGrade({ queue: [queue[0]!], progress: easy, now: NOW })).toEqual([]);
    expect(afterGrade({ queue: [], progress: easy, now: NOW })).toEqual([]);
  });
});
