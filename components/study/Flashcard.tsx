// One flashcard: its front, "Show the answer", then its back and the four grades, each saying
// when the card would come back.
import { useEffect, useRef } from 'preact/hooks';
import type { StudyCard } from '../../study/deck';
import { GRADES } from '../../study/scheduler';
import type { Grade } from '../../study/scheduler';
import ui from '../popup/ui.module.css';
import styles from './Study.module.css';

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

export interface FlashcardProps {
  card: StudyCard;
  revealed: boolean;
  onReveal(): void;
  /** When the card would be due again for each grade, in short words, e.g. "10 min", "8 days". */
  previews: Readonly<Record<Grade, string>>;
  onGrade(grade: Grade): void;
  /** A grade is being saved: the buttons wait. */
  busy?: boolean;
}

function TermSide({ card }: { card: StudyCard }) {
  return (
    <>
      <p class={styles.front} lang="en">
        {card.term}
      </p>
      {card.aliases.length > 0 && (
        <p class={styles.aliases}>Also called: {card.aliases.join(', ')}</p>
      )}
    </>
  );
}

export function Flashcard({ card, revealed, onReveal, previews, onGrade, busy }: FlashcardProps) {
  const revealRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const forward = card.direction === 'forward';

  useEffect(() => {
    if (revealed) backRef.current?.focus();
    else revealRef.current?.focus({ preventScroll: true });
  }, [revealed, card]);

  return (
    <div data-study="card">
      <div class={styles.card} role="group" aria-label="Flashcard">
        <p class={styles.side}>{forward ? 'Term' : 'Which term means this?'}</p>
        {forward ? <TermSide card={card} /> : <p class={styles.frontText}>{card.explanation}</p>}
        {revealed && (
          <div class={styles.back} ref={backRef} tabIndex={-1} data-study="back">
            <p class={styles.side}>{forward ? 'Meaning' : 'Answer'}</p>
            {forward ? (
              <p class={styles.frontText}>{card.explanation}</p>
            ) : (
              <TermSide card={card} />
            )}
            {card.note && (
              <div class={ui.note}>
                <strong>Note: </strong>
                {card.note}
              </div>
            )}
          </div>
        )}
      </div>
      {!revealed ? (
        <button type="button" class={ui.primary} ref={revealRef} onClick={onReveal}>
          Show the answer
        </button>
      ) : (
        <div class={styles.gradeBar} role="group" aria-labelledby="study-grade-title">
          <p id="study-grade-title" class={styles.hint}>
            How well did you know it? (Keys 1 to 4.)
          </p>
          <div class={styles.grades}>
            {GRADES.map((g) => (
              <button
                key={g}
                type="button"
                class={`${g === 'good' ? ui.primary : ui.button} ${styles.grade}`}
                disabled={busy}
                onClick={() => onGrade(g)}
              >
                <span>{GRADE_LABELS[g]}</span>
                <span class={ui.srOnly}>{', due again in '}</span>
                <span class={styles.when}>{previews[g]}</span>
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
