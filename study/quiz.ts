// A short quiz: "Which term means ...?" with four choices, the wrong ones from the same category
// where it has enough. Pure: randomness comes in as a function, so tests can fix it.
import type { GlossaryEntry } from '../guide/types';
import { maskTerm } from './deck';

export const QUIZ_LENGTH = 5;
export const CHOICES = 4;

export interface QuizQuestion {
  /** The entry whose explanation is asked about: the right answer. */
  entryId: string;
  /** Its plain explanation, with its own names blanked out. */
  prompt: string;
  /** Entry ids, the right one among them, in the order shown. */
  choices: string[];
}

export type Random = () => number;

/** A shuffled copy (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const fold = (s: string): string => s.toLocaleLowerCase('en').trim();

/** Three wrong choices: from the answer's category first, then from the rest of the glossary. */
function distractors(
  answer: GlossaryEntry,
  glossary: readonly GlossaryEntry[],
  random: Random,
): GlossaryEntry[] {
  const usable = glossary.filter((e) => e.id !== answer.id && fold(e.term) !== fold(answer.term));
  const same = shuffle(
    usable.filter((e) => e.category === answer.category),
    random,
  );
  const rest = shuffle(
    usable.filter((e) => e.category !== answer.category),
    random,
  );
  const picked: GlossaryEntry[] = [];
  for (const e of [...same, ...rest]) {
    if (picked.length === CHOICES - 1) break;
    if (!picked.some((p) => fold(p.term) === fold(e.term))) picked.push(e);
  }
  return picked;
}

/**
 * Up to `length` questions about entries of `pool` (a deck's entries), each asked once. Wrong
 * choices come from the whole glossary, so even a deck of one term makes a quiz.
 */
export function makeQuiz(input: {
  pool: readonly GlossaryEntry[];
  glossary: readonly GlossaryEntry[];
  length?: number;
  random?: Random;
}): QuizQuestion[] {
  const { pool, glossary, length = QUIZ_LENGTH, random = Math.random } = input;
  return shuffle(pool, random)
    .slice(0, Math.max(0, length))
    .flatMap((answer) => {
      const wrong = distractors(answer, glossary, random);
      if (wrong.length < CHOICES - 1) return [];
      return [
        {
          entryId: answer.id,
          prompt: maskTerm(answer.short, answer),
          choices: shuffle([answer, ...wrong], random).map((e) => e.id),
        },
      ];
    });
}

export interface QuizScore {
  right: number;
  asked: number;
}

/** How many of the answers given were right. */
export function score(
  questions: readonly QuizQuestion[],
  answers: readonly (string | null)[],
): QuizScore {
  const asked = answers.filter((a) => a !== null).length;
  const right = questions.filter((q, i) => answers[i] === q.entryId).length;
  return { right, asked };
}
