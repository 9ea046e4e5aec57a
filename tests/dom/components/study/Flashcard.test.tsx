// The flashcard: the front alone, then the back and four grades that say when the card returns;
// the player saves each grade, brings a card graded Again back, and says when cards are due.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Flashcard } from '../../../../components/study/Flashcard';
import { FlashcardPlayer } from '../../../../components/study/FlashcardPlayer';
import type { GlossaryEntry } from '../../../../guide/types';
import { GLOSSARY } from '../../../../guide/glossary/index';
import { buildDeck } from '../../../../study/deck';
import type { StudyCard } from '../../../../study/deck';
import type { CardProgress } from '../../../../study/model';
import { gradeCard, progressOf, withProgress } from '../../../../study/scheduler';
import type { Grade } from '../../../../study/scheduler';

afterEach(cleanup);

const NOW = new Date('2024-05-20T12:00:00Z');
/** DOMS, with two more names of the same thing given for this test, so the card has names to show. */
const withNames = (e: GlossaryEntry): GlossaryEntry => ({
  ...e,
  aliases: [
    ...e.aliases,
    { text: 'post-exercise muscle soreness', kind: 'synonym' },
    { text: 'post-exercise soreness', kind: 'synonym' },
    { text: 'post-workout soreness', kind: 'synonym' },
  ],
});
const doms = withNames(GLOSSARY.find((e) => e.id === 'doms')!);
const tens = GLOSSARY.find((e) => e.id === 'tens')!;
const deckOf = (direction: 'forward' | 'reverse' | 'both', entries = [doms]) =>
  buildDeck({ source: { kind: 'all' }, glossary: entries, meetings: [], direction });
const previews = { again: '1 min', hard: '6 min', good: '10 min', easy: '8 days' };

describe('Flashcard', () => {
  const card = deckOf('forward')[0] as StudyCard;

  it('shows the term and up to two aliases, and hides the answer until asked', () => {
    const onReveal = vi.fn();
    render(
      <Flashcard
        card={card}
        revealed={false}
        onReveal={onReveal}
        previews={previews}
        onGrade={vi.fn()}
      />,
    );
    const group = screen.getByRole('group', { name: 'Flashcard' });
    expect(group.textContent).toContain(doms.term);
    expect(group.textContent).toContain(
      'Also called: post-exercise muscle soreness, post-exercise soreness',
    );
    expect(group.textContent).not.toContain(doms.short);
    expect(screen.queryByRole('button', { name: /^Good/ })).toBeNull();
    const show = screen.getByRole('button', { name: 'Show the answer' });
    expect(document.activeElement).toBe(show);
    fireEvent.click(show);
    expect(onReveal).toHaveBeenCalled();
  });

  it('once revealed, shows the explanation and note, and grades that say when the card returns', () => {
    const onGrade = vi.fn();
    render(
      <Flashcard card={card} revealed onReveal={vi.fn()} previews={previews} onGrade={onGrade} />,
    );
    expect(screen.getByRole('group', { name: 'Flashcard' }).textContent).toContain(doms.short);
    expect(screen.getByText(doms.note!)).toBeTruthy();
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual([
      'Again, due again in 1 min',
      'Hard, due again in 6 min',
      'Good, due again in 10 min',
      'Easy, due again in 8 days',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    expect(onGrade).toHaveBeenCalledWith('easy');
  });

  it('a reverse card asks with the explanation and answers with the term', () => {
    const reverse = deckOf('reverse')[0] as StudyCard;
    const { rerender } = render(
      <Flashcard
        card={reverse}
        revealed={false}
        onReveal={vi.fn()}
        previews={previews}
        onGrade={vi.fn()}
      />,
    );
    const group = screen.getByRole('group', { name: 'Flashcard' });
    expect(group.textContent).toContain('Which term means this?');
    expect(group.textContent).toContain(doms.short);
    expect(group.textContent).not.toContain(doms.term);
    rerender(
      <Flashcard
        card={reverse}
        revealed
        onReveal={vi.fn()}
        previews={previews}
        onGrade={vi.fn()}
      />,
    );
    expect(group.textContent).toContain(doms.term);
  });
});

describe('FlashcardPlayer', () => {
  function player(deck: StudyCard[], initial: CardProgress[] = []) {
    let cards = initial;
    const now = () => NOW;
    const onGrade = vi.fn(async (card: StudyCard, grade: Grade) => {
      const progress = gradeCard({ card, progress: progressOf(cards, card), grade, now: NOW });
      cards = withProgress(cards, progress);
      view.rerender(
        <FlashcardPlayer
          label="Test deck"
          deck={deck}
          cards={cards}
          now={now}
          onGrade={onGrade}
          onBack={onBack}
        />,
      );
      return progress;
    });
    const onBack = vi.fn();
    const view = render(
      <FlashcardPlayer
        label="Test deck"
        deck={deck}
        cards={cards}
        now={now}
        onGrade={onGrade}
        onBack={onBack}
      />,
    );
    return { onGrade, onBack, cards: () => cards };
  }

  const reveal = () => fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
  const status = () => document.querySelector('[data-study="scheduled"]')?.textContent;

  it('grades a card Easy: saved, scheduled days away, and the session ends', async () => {
    const { onGrade, cards } = player(deckOf('forward'));
    expect(screen.getByText('1 card to go')).toBeTruthy();
    reveal();
    expect(screen.getByRole('button', { name: /^Again ?, due again in 1 min$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    await waitFor(() =>
      expect(status()).toMatch(
        /^Done: “Delayed onset muscle soreness \(DOMS\)” is due again in \d+ days\.$/,
      ),
    );
    expect(onGrade).toHaveBeenCalledWith(expect.objectContaining({ entryId: 'doms' }), 'easy');
    expect(cards()[0]?.state).toBe('review');
    expect(screen.getByText('Done for now: you studied 1 card.')).toBeTruthy();
    expect(screen.getByText(/^The next card in this deck is due in \d+ days\.$/)).toBeTruthy();
  });

  it('brings a card graded Again back in the same session', async () => {
    player(deckOf('forward', [doms, tens]));
    reveal();
    fireEvent.click(screen.getByRole('button', { name: /^Again/ }));
    await waitFor(() =>
      expect(status()).toBe(
        'Done: “Delayed onset muscle soreness (DOMS)” is due again in 1 minute.',
      ),
    );
    expect(screen.getByText('2 cards to go, 1 done')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Flashcard' }).textContent).toContain(tens.term);
  });

  it('grades with the keys 1 to 4 once the answer shows', async () => {
    const { onGrade } = player(deckOf('forward'));
    const root = document.querySelector('[data-study="player"]')!;
    fireEvent.keyDown(root, { key: '3' });
    expect(onGrade).not.toHaveBeenCalled();
    reveal();
    fireEvent.keyDown(root, { key: '3' });
    await waitFor(() => expect(onGrade).toHaveBeenCalledWith(expect.anything(), 'good'));
  });

  it('says so when nothing in the deck is due', () => {
    const card = deckOf('forward')[0]!;
    const progress = { ...gradeCard({ card, progress: undefined, grade: 'easy', now: NOW }) };
    const { onBack } = player([card], [progress]);
    expect(screen.getByText('Nothing to study in this deck right now.')).toBeTruthy();
    expect(screen.getByText(/^The next card in this deck is due in \d+ days\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to study' }));
    expect(onBack).toHaveBeenCalled();
  });
});
