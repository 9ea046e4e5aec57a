// Spaced repetition through ts-fsrs (FSRS, the scheduler Anki uses): grading a card, what each
// grade would do, and what is due today. Pure: the clock and the time zone come in.
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import type { Card, Grade as FsrsGrade } from 'ts-fsrs';
import { localDay } from '../common/days';
import { CARD_STATES } from './model';
import type { CardProgress, Direction } from './model';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE: Record<CardProgress['state'], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

// Fuzz spreads cards learned together over nearby days; it is seeded from the card, so a
// preview and the grade that follows it agree.
const scheduler = fsrs({ enable_fuzz: true });

export interface CardRef {
  entryId: string;
  direction: Direction;
}

function toFsrs(progress: CardProgress | undefined, now: Date): Card {
  if (!progress) return createEmptyCard(now);
  return {
    due: new Date(progress.due),
    stability: progress.stability,
    difficulty: progress.difficulty,
    elapsed_days: 0,
    scheduled_days: progress.scheduledDays,
    learning_steps: progress.learningSteps,
    reps: progress.reps,
    lapses: progress.lapses,
    state: STATE[progress.state],
    ...(progress.lastReview ? { last_review: new Date(progress.lastReview) } : {}),
  };
}

function fromFsrs(card: Card, ref: CardRef): CardProgress {
  return {
    entryId: ref.entryId,
    direction: ref.direction,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: CARD_STATES[card.state] ?? 'review',
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** The card's progress after the user grades it now (`progress` is undefined for a new card). */
export function gradeCard(input: {
  card: CardRef;
  progress: CardProgress | undefined;
  grade: Grade;
  now: Date;
}): CardProgress {
  const next = scheduler.next(toFsrs(input.progress, input.now), input.now, RATING[input.grade]);
  return fromFsrs(next.card, input.card);
}

/** When the card would next be due for each grade, to show on the grade buttons. */
export function previewGrades(progress: CardProgress | undefined, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toFsrs(progress, now), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** The stored progress of a card, if it has been studied. */
export function progressOf(cards: readonly CardProgress[], ref: CardRef): CardProgress | undefined {
  return cards.find((c) => c.entryId === ref.entryId && c.direction === ref.direction);
}

/** The cards with one card's progress put in (replacing what was there). */
export function withProgress(
  cards: readonly CardProgress[],
  progress: CardProgress,
): CardProgress[] {
  const others = cards.filter(
    (c) => !(c.entryId === progress.entryId && c.direction === progress.direction),
  );
  return [...others, progress];
}

/** Studied cards whose next review falls on or before today, in the user's time zone. */
export function dueToday(input: {
  cards: readonly CardProgress[];
  now: Date;
  timeZone: string;
}): number {
  const today = localDay(input.now, input.timeZone);
  return input.cards.filter((c) => localDay(c.due, input.timeZone) <= today).length;
}
