// A flashcard session over one deck: due cards, then new ones; each graded card is scheduled by
// FSRS and the player says when it comes back. Saving goes through `onGrade`.
import { useMemo, useState } from 'preact/hooks';
import type { StudyCard } from '../../study/deck';
import type { CardProgress } from '../../study/model';
import { previewGrades, progressOf, GRADES } from '../../study/scheduler';
import type { Grade } from '../../study/scheduler';
import { afterGrade, nextDueIn, sessionQueue } from '../../study/session';
import { dueWords, spanWords } from '../../study/time-words';
import ui from '../popup/ui.module.css';
import { Flashcard } from './Flashcard';
import styles from './Study.module.css';

export interface FlashcardPlayerProps {
  /** The deck's name, e.g. "Terms I’ve met" or "Exercise". */
  label: string;
  deck: readonly StudyCard[];
  /** The stored progress of every card studied so far. */
  cards: readonly CardProgress[];
  now: () => Date;
  /** Grades a card and saves it; resolves with its new progress, or null when saving failed. */
  onGrade(card: StudyCard, grade: Grade): Promise<CardProgress | null>;
  onBack(): void;
}

interface Graded {
  term: string;
  when: string;
}

export function FlashcardPlayer(props: FlashcardPlayerProps) {
  const { label, deck, cards, now, onGrade, onBack } = props;
  const [queue, setQueue] = useState<StudyCard[]>(() => sessionQueue({ deck, cards, now: now() }));
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(0);
  const [last, setLast] = useState<Graded | null>(null);
  const card = queue[0];

  const previews = useMemo(() => {
    if (!card) return null;
    const at = now();
    const due = previewGrades(progressOf(cards, card), at);
    const words = {} as Record<Grade, string>;
    for (const g of GRADES) words[g] = spanWords(due[g].getTime() - at.getTime(), 'short');
    return words;
  }, [card, cards, now]);

  const grade = async (g: Grade): Promise<void> => {
    if (!card || busy) return;
    setBusy(true);
    const progress = await onGrade(card, g);
    setBusy(false);
    if (!progress) return;
    const at = now();
    setLast({ term: card.term, when: dueWords(new Date(progress.due), at) });
    setDone((n) => n + 1);
    setQueue((q) => afterGrade({ queue: q, progress, now: at }));
    setRevealed(false);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const g = GRADES[Number(e.key) - 1];
    if (revealed && g && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      // onGrade reports a save that failed (it resolves to null then).
      void grade(g);
    }
  };

  const next = nextDueIn({ deck, cards });
  return (
    <section aria-labelledby="study-cards-title" data-study="player" onKeyDown={onKeyDown}>
      <h3 id="study-cards-title" class={styles.heading}>
        Flashcards: {label}
      </h3>
      <p role="status" class={last ? styles.hint : ui.srOnly} data-study="scheduled">
        {last ? `Done: “${last.term}” is due again ${last.when}.` : ''}
      </p>
      {card && previews ? (
        <>
          <p class={styles.progress}>
            {queue.length} {queue.length === 1 ? 'card' : 'cards'} to go
            {done > 0 ? `, ${done} done` : ''}
          </p>
          <Flashcard
            card={card}
            revealed={revealed}
            onReveal={() => setRevealed(true)}
            previews={previews}
            // As for the keys: onGrade reports a save that failed.
            onGrade={(g) => void grade(g)}
            busy={busy}
          />
        </>
      ) : (
        <div class={ui.note} data-study="finished">
          <p>
            <strong>
              {done > 0
                ? `Done for now: you studied ${done} ${done === 1 ? 'card' : 'cards'}.`
                : 'Nothing to study in this deck right now.'}
            </strong>
          </p>
          <p>
            {next
              ? `The next card in this deck is due ${dueWords(next, now())}.`
              : 'This deck has no cards yet.'}
          </p>
        </div>
      )}
      <div class={styles.row}>
        <button type="button" class={ui.button} onClick={onBack}>
          Back to study
        </button>
      </div>
    </section>
  );
}
