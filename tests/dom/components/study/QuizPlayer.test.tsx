// The quiz: a question with four choices; feedback that names the right entry and opens it;
// choices locked once answered; the score at the end.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuizPlayer } from '../../../../components/study/QuizPlayer';
import { GLOSSARY } from '../../../../guide/glossary/index';
import type { QuizQuestion } from '../../../../study/quiz';

afterEach(cleanup);

const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
const term = (id: string): string => byId.get(id)?.term ?? id;
const questions: QuizQuestion[] = [
  {
    entryId: 'doms',
    prompt: byId.get('doms')!.short,
    choices: ['swelling', 'doms', 'stiffness', 'numbness-tingling'],
  },
  {
    entryId: 'tens',
    prompt: 'Question two.',
    choices: ['tens', 'massage', 'heat-therapy', 'cold-therapy'],
  },
];

function view() {
  const props = {
    label: 'Symptoms and signs',
    questions,
    lookup: (id: string) => byId.get(id),
    onOpenEntry: vi.fn(),
    onAgain: vi.fn(),
    onBack: vi.fn(),
  };
  render(<QuizPlayer {...props} />);
  return props;
}

const choice = (id: string) =>
  screen.getByRole('button', { name: new RegExp(`^${term(id).replace(/[()]/g, '\\$&')}`) });

describe('QuizPlayer', () => {
  it('asks which term means the explanation, with four choices', () => {
    view();
    expect(screen.getByText('Question 1 of 2')).toBeTruthy();
    expect(screen.getByText(`Which term means: “${byId.get('doms')!.short}”`)).toBeTruthy();
    const list = screen.getByRole('list');
    expect(list.querySelectorAll('button')).toHaveLength(4);
  });

  it('a right answer says so and names the entry', () => {
    view();
    fireEvent.click(choice('doms'));
    const feedback = document.querySelector('[data-study="quiz-feedback"]')!;
    expect(feedback.textContent).toContain(`Right: ${term('doms')}.`);
    expect(document.activeElement).toBe(feedback);
    expect(choice('doms').textContent).toContain('✓ Right answer');
  });

  it('a wrong answer names the right entry, links to it, and locks the choices', () => {
    const props = view();
    fireEvent.click(choice('swelling'));
    const feedback = document.querySelector('[data-study="quiz-feedback"]')!;
    expect(feedback.textContent).toContain(`Not quite. The answer is ${term('doms')}.`);
    expect(feedback.textContent).toContain(byId.get('doms')!.short);
    expect(choice('swelling').textContent).toContain('✗ Your answer');
    expect(choice('doms').textContent).toContain('✓ Right answer');
    for (const b of screen.getByRole('list').querySelectorAll('button'))
      expect(b.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: `Open “${term('doms')}” in the glossary` }));
    expect(props.onOpenEntry).toHaveBeenCalledWith('doms');
  });

  it('moves on and ends with the score', () => {
    const props = view();
    fireEvent.click(choice('doms'));
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 2')).toBeTruthy();
    fireEvent.click(choice('massage'));
    fireEvent.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByText('You got 1 of 2 right.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Another quiz' }));
    expect(props.onAgain).toHaveBeenCalled();
  });

  it('says so when there is nothing to ask', () => {
    render(
      <QuizPlayer
        label="Empty"
        questions={[]}
        lookup={() => undefined}
        onAgain={vi.fn()}
        onBack={vi.fn()}
      />,
    );
    expect(screen.getByText('This deck has no terms to ask about yet.')).toBeTruthy();
  });
});
