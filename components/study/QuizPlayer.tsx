// A short quiz: "Which term means ...?" with four choices; after each answer, feedback that names
// the right entry and can open it in the glossary; a score at the end.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../guide/types';
import { score } from '../../study/quiz';
import type { QuizQuestion } from '../../study/quiz';
import ui from '../popup/ui.module.css';
import styles from './Study.module.css';

export interface QuizPlayerProps {
  label: string;
  questions: readonly QuizQuestion[];
  lookup(entryId: string): GlossaryEntry | undefined;
  onOpenEntry?: (entryId: string) => void;
  /** Another quiz from the same deck. */
  onAgain(): void;
  onBack(): void;
}

export function QuizPlayer(props: QuizPlayerProps) {
  const { label, questions, lookup, onOpenEntry, onAgain, onBack } = props;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(string | null)[]>(() => questions.map(() => null));
  const feedbackRef = useRef<HTMLDivElement>(null);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const question = questions[index];
  const answer = answers[index] ?? null;
  const finished = index >= questions.length;

  useEffect(() => {
    if (answer) feedbackRef.current?.focus();
  }, [answer]);
  useEffect(() => {
    if (index > 0) promptRef.current?.focus();
  }, [index]);

  const choose = (id: string): void =>
    setAnswers((prev) => prev.map((a, i) => (i === index && a === null ? id : a)));

  if (questions.length === 0) {
    return (
      <section aria-labelledby="study-quiz-title" data-study="quiz">
        <h3 id="study-quiz-title" class={styles.heading}>
          Quiz: {label}
        </h3>
        <p>This deck has no terms to ask about yet.</p>
        <button type="button" class={ui.button} onClick={onBack}>
          Back to study
        </button>
      </section>
    );
  }

  const right = question ? lookup(question.entryId) : undefined;
  const result = score(questions, answers);
  return (
    <section aria-labelledby="study-quiz-title" data-study="quiz">
      <h3 id="study-quiz-title" class={styles.heading}>
        Quiz: {label}
      </h3>
      {finished || !question ? (
        <div class={ui.note} data-study="quiz-score" role="status">
          <p>
            <strong>
              You got {result.right} of {questions.length} right.
            </strong>
          </p>
        </div>
      ) : (
        <>
          <p class={styles.progress}>
            Question {index + 1} of {questions.length}
          </p>
          <p class={styles.prompt} ref={promptRef} tabIndex={-1} id="study-quiz-prompt">
            Which term means: “{question.prompt}”
          </p>
          <ul class={styles.choices} aria-labelledby="study-quiz-prompt">
            {question.choices.map((id) => {
              const entry = lookup(id);
              const isRight = id === question.entryId;
              const picked = answer === id;
              const mark = answer && isRight ? 'right' : picked ? 'wrong' : null;
              return (
                <li key={id}>
                  <button
                    type="button"
                    class={`${ui.button} ${styles.choice} ${mark === 'right' ? styles.right : mark === 'wrong' ? styles.wrong : ''}`}
                    disabled={answer !== null}
                    aria-pressed={answer !== null ? picked : undefined}
                    onClick={() => choose(id)}
                  >
                    <span>{entry?.term ?? id}</span>
                    {mark && (
                      <span class={styles.mark}>
                        {mark === 'right' ? '✓ Right answer' : '✗ Your answer'}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          {answer && right && (
            <div
              class={answer === question.entryId ? ui.note : ui.warn}
              ref={feedbackRef}
              tabIndex={-1}
              role="status"
              data-study="quiz-feedback"
            >
              <p>
                <strong>
                  {answer === question.entryId ? 'Right: ' : 'Not quite. The answer is '}
                  {right.term}.
                </strong>
              </p>
              <p>{right.short}</p>
              {onOpenEntry && (
                <button type="button" class={ui.button} onClick={() => onOpenEntry(right.id)}>
                  Open “{right.term}” in the glossary
                </button>
              )}
            </div>
          )}
        </>
      )}
      <div class={styles.row}>
        {!finished && answer && (
          <button type="button" class={ui.primary} onClick={() => setIndex((i) => i + 1)}>
            {index + 1 < questions.length ? 'Next question' : 'See your score'}
          </button>
        )}
        {finished && (
          <button type="button" class={ui.primary} onClick={onAgain}>
            Another quiz
          </button>
        )}
        <button type="button" class={ui.button} onClick={onBack}>
          Back to study
        </button>
      </div>
    </section>
  );
}
