// The quiz: four different choices, the right one among them, the wrong ones from the same
// category, the question not naming its answer, and the same quiz for the same random numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { CHOICES, makeQuiz, score, shuffle } from '../../../study/quiz';
import { gloss } from './fixtures';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
const countIn = new Map<string, number>();
for (const e of GLOSSARY) countIn.set(e.category, (countIn.get(e.category) ?? 0) + 1);

describe('makeQuiz', () => {
  it('asks five questions about different entries of the deck', () => {
    const pool = GLOSSARY.filter((e) => e.category === 'exercise');
    const quiz = makeQuiz({ pool, glossary: GLOSSARY, random: seeded(1) });
    expect(quiz).toHaveLength(5);
    expect(new Set(quiz.map((q) => q.entryId)).size).toBe(5);
    for (const q of quiz) expect(byId.get(q.entryId)?.category).toBe('exercise');
  });

  it('asks about every entry once when the deck is small', () => {
    const pool = GLOSSARY.slice(0, 2);
    expect(makeQuiz({ pool, glossary: GLOSSARY, random: seeded(2) })).toHaveLength(2);
    expect(makeQuiz({ pool: [], glossary: GLOSSARY })).toEqual([]);
  });

  it('for any seed: four different choices, the answer among them, wrong ones from its category', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...GLOSSARY), (seed, entry) => {
        const [q] = makeQuiz({ pool: [entry], glossary: GLOSSARY, random: seeded(seed) });
        expect(q?.choices).toHaveLength(CHOICES);
        expect(new Set(q?.choices).size).toBe(CHOICES);
        expect(q?.choices).toContain(entry.id);
        if ((countIn.get(entry.category) ?? 0) >= CHOICES) {
          for (const id of q?.choices ?? []) expect(byId.get(id)?.category).toBe(entry.category);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('puts the right answer in different places', () => {
    const places = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const [q] = makeQuiz({ pool: [GLOSSARY[0]!], glossary: GLOSSARY, random: seeded(seed) });
      places.add(q!.choices.indexOf(GLOSSARY[0]!.id));
    }
    expect(places.size).toBe(CHOICES);
  });

  it('asks "which term means" with the explanation, its own names blanked out', () => {
    const arthritis = byId.get('arthritis')!;
    const [q] = makeQuiz({ pool: [arthritis], glossary: GLOSSARY, random: seeded(3) });
    expect(q?.prompt.startsWith('___ means a swollen, sore joint.')).toBe(true);
  });

  it('fills up from other categories when a category is too small', () => {
    const glossary = [
      gloss('only-one', { category: 'research' }),
      gloss('second', { category: 'research' }),
      gloss('x', { category: 'care' }),
      gloss('y', { category: 'care' }),
      gloss('z', { category: 'care' }),
    ];
    const [q] = makeQuiz({ pool: [glossary[0]!], glossary, random: seeded(4) });
    expect(q?.choices).toContain('second');
    expect(q?.choices).toHaveLength(4);
  });

  it('leaves out a question that cannot have four choices', () => {
    const glossary = [gloss('a'), gloss('b'), gloss('c')];
    expect(makeQuiz({ pool: glossary, glossary, random: seeded(5) })).toEqual([]);
  });

  it('gives the same quiz for the same random numbers', () => {
    const pool = GLOSSARY.slice(0, 30);
    expect(makeQuiz({ pool, glossary: GLOSSARY, random: seeded(9) })).toEqual(
      makeQuiz({ pool, glossary: GLOSSARY, random: seeded(9) }),
    );
  });
});

describe('shuffle and score', () => {
  it('shuffle keeps every item', () => {
    expect(shuffle([1, 2, 3, 4, 5], seeded(6)).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('score counts the right answers among those given', () => {
    const quiz = makeQuiz({ pool: GLOSSARY.slice(0, 3), glossary: GLOSSARY, random: seeded(7) });
    const answers = [quiz[0]!.entryId, quiz[1]!.choices.find((c) => c !== quiz[1]!.entryId)!, null];
    expect(score(quiz, answers)).toEqual({ right: 1, asked: 2 });
  });
});
