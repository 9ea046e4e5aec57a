// The scheduler's use: a card graded Again comes back within minutes, Easy days later; previews
// agree with grades; progress survives storage; "due today" counts by the user's calendar day.
import { describe, expect, it } from 'vitest';
import { parseCards } from '../../../study/parse';
import type { CardProgress } from '../../../study/model';
import {
  dueToday,
  GRADES,
  gradeCard,
  previewGrades,
  progressOf,
  withProgress,
} from '../../../study/scheduler';
import type { Grade } from '../../../study/scheduler';
import { NOW, TZ, days, minutes } from './fixtures';

const card = { entryId: 'doms', direction: 'forward' } as const;
const after = (p: CardProgress): number => Date.parse(p.due) - NOW.getTime();

/** A card graded Good on each of `n` days it came due, then graded `last` when next due. */
function studied(n: number, last: Grade): { progress: CardProgress; at: Date } {
  let progress: CardProgress | undefined;
  let at = NOW;
  for (let i = 0; i < n; i++) {
    progress = gradeCard({ card, progress, grade: 'good', now: at });
    at = new Date(progress.due);
  }
  return { progress: gradeCard({ card, progress, grade: last, now: at }), at };
}

describe('grading a new card', () => {
  const graded = Object.fromEntries(
    GRADES.map((g) => [g, gradeCard({ card, progress: undefined, grade: g, now: NOW })]),
  ) as Record<Grade, CardProgress>;

  it('Again brings it back within minutes', () => {
    expect(after(graded.again)).toBeGreaterThan(0);
    expect(after(graded.again)).toBeLessThanOrEqual(minutes(10));
    expect(graded.again.state).toBe('learning');
  });

  it('Easy puts it days away, much later than Again, Hard or Good', () => {
    expect(after(graded.easy)).toBeGreaterThanOrEqual(days(3));
    expect(after(graded.easy)).toBeGreaterThan(100 * after(graded.again));
    expect(after(graded.hard)).toBeLessThan(after(graded.easy));
    expect(after(graded.good)).toBeLessThan(after(graded.easy));
    expect(graded.easy.state).toBe('review');
  });

  it('orders the four grades from soonest to latest', () => {
    const order = GRADES.map((g) => after(graded[g]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('records the review', () => {
    expect(graded.good).toMatchObject({
      entryId: 'doms',
      direction: 'forward',
      reps: 1,
      lapses: 0,
    });
    expect(graded.good.lastReview).toBe(NOW.toISOString());
  });
});

describe('a card studied over time', () => {
  it('comes back later each time it is remembered', () => {
    const gaps = [2, 3, 4, 5].map((n) => {
      const { progress, at } = studied(n, 'good');
      return Date.parse(progress.due) - at.getTime();
    });
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps.at(-1)).toBeGreaterThan(days(10));
  });

  it('a forgotten review card (Again) is due again within minutes and counts a lapse', () => {
    const { progress, at } = studied(4, 'again');
    expect(Date.parse(progress.due) - at.getTime()).toBeLessThanOrEqual(minutes(10));
    expect(progress.state).toBe('relearning');
    expect(progress.lapses).toBe(1);
  });
});

describe('previews', () => {
  it('say exactly when each grade would bring the card back', () => {
    const { progress, at } = studied(3, 'good');
    const next = new Date(progress.due);
    const preview = previewGrades(progress, next);
    for (const g of GRADES) {
      expect(preview[g].toISOString()).toBe(gradeCard({ card, progress, grade: g, now: next }).due);
    }
    expect(at.getTime()).toBeLessThan(next.getTime());
  });
});

describe('stored progress', () => {
  it('reads back from storage as it was saved, and grades the same afterwards', () => {
    const { progress } = studied(3, 'hard');
    const stored = JSON.parse(JSON.stringify({ version: 1, cards: [progress] })) as unknown;
    const read = parseCards(stored);
    expect(read.items).toEqual([progress]);
    expect(read.setAside).toEqual([]);
    const when = new Date(progress.due);
    expect(gradeCard({ card, progress: read.items[0], grade: 'good', now: when })).toEqual(
      gradeCard({ card, progress, grade: 'good', now: when }),
    );
  });

  it('keeps one progress per card and direction', () => {
    const a = gradeCard({ card, progress: undefined, grade: 'good', now: NOW });
    const b = gradeCard({
      card: { ...card, direction: 'reverse' },
      progress: undefined,
      grade: 'easy',
      now: NOW,
    });
    let cards = withProgress([], a);
    cards = withProgress(cards, b);
    const a2 = gradeCard({ card, progress: a, grade: 'good', now: new Date(a.due) });
    cards = withProgress(cards, a2);
    expect(cards).toHaveLength(2);
    expect(progressOf(cards, card)).toEqual(a2);
    expect(progressOf(cards, { entryId: 'doms', direction: 'reverse' })).toEqual(b);
  });
});

describe('due today', () => {
  const at = (due: string): CardProgress => ({
    ...gradeCard({ card, progress: undefined, grade: 'good', now: NOW }),
    due,
  });

  it('counts cards due by the end of the local day, overdue ones included', () => {
    const cards = [
      at('2024-05-10T08:00:00Z'), // overdue
      at('2024-05-20T21:30:00Z'), // 23:30 in Berlin: still today
      at('2024-05-20T22:30:00Z'), // 00:30 tomorrow in Berlin
      at('2024-05-25T08:00:00Z'),
    ];
    expect(dueToday({ cards, now: NOW, timeZone: TZ })).toBe(2);
    expect(dueToday({ cards, now: NOW, timeZone: 'UTC' })).toBe(3);
  });

  it('is 0 with nothing studied', () => {
    expect(dueToday({ cards: [], now: NOW, timeZone: TZ })).toBe(0);
  });
});
