// Choosing what to study: the terms met, a glossary category or the whole glossary, which way
// round, and then flashcards, a quiz or a CSV file for Anki.
import { CATEGORIES } from '../../guide/types';
import type { Category } from '../../guide/types';
import type { DeckSource, DirectionChoice } from '../../study/deck';
import type { DeckCounts } from '../../study/session';
import { ChoiceGroup } from '../popup/ChoiceGroup';
import { CATEGORY_LABELS } from '../popup/categories';
import ui from '../popup/ui.module.css';
import styles from './Study.module.css';

export interface DeckPickerProps {
  source: DeckSource;
  direction: DirectionChoice;
  counts: DeckCounts;
  /** How many terms have been met (the "Terms I've met" deck is offered once there is one). */
  metCount: number;
  onSource(source: DeckSource): void;
  onDirection(direction: DirectionChoice): void;
  onFlashcards(): void;
  onQuiz(): void;
  onExport(): void;
}

/** "met", "met:exercise", "all" or "category:exercise": a deck as a <select> value. */
export function sourceValue(source: DeckSource): string {
  if (source.kind === 'met') return source.category ? `met:${source.category}` : 'met';
  return source.kind === 'all' ? 'all' : `category:${source.category}`;
}

export function sourceFrom(value: string): DeckSource {
  const [kind, category] = value.split(':');
  const known = CATEGORIES.find((c) => c === category);
  if (kind === 'met') return known ? { kind: 'met', category: known } : { kind: 'met' };
  if (kind === 'category' && known) return { kind: 'category', category: known };
  return { kind: 'all' };
}

/** A deck's name in plain words. */
export function deckLabel(source: DeckSource): string {
  if (source.kind === 'met') {
    return source.category
      ? `Terms I’ve met: ${CATEGORY_LABELS[source.category]}`
      : 'Terms I’ve met';
  }
  return source.kind === 'all' ? 'The whole glossary' : CATEGORY_LABELS[source.category];
}

const cardsWord = (n: number): string => (n === 1 ? '1 card' : `${n} cards`);

export function DeckPicker(props: DeckPickerProps) {
  const { source, direction, counts, metCount, onSource, onDirection } = props;
  const value = sourceValue(source);
  const empty = counts.total === 0;
  return (
    <section class={styles.section} aria-labelledby="study-deck-title" data-study="decks">
      <h3 id="study-deck-title" class={styles.heading}>
        Flashcards and quiz
      </h3>
      <label class={styles.label} for="study-deck">
        Deck
      </label>
      <select
        id="study-deck"
        class={styles.select}
        value={value}
        onChange={(e) => onSource(sourceFrom((e.currentTarget as HTMLSelectElement).value))}
      >
        {metCount > 0 && <option value="met">Terms I’ve met</option>}
        {source.kind === 'met' && source.category && (
          <option value={value}>{deckLabel(source)}</option>
        )}
        {CATEGORIES.map((c: Category) => (
          <option key={c} value={`category:${c}`}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
        <option value="all">The whole glossary</option>
      </select>
      <ChoiceGroup<DirectionChoice>
        name="study-direction"
        legend="Which way round"
        choices={[
          { value: 'forward', label: 'Term → meaning' },
          { value: 'reverse', label: 'Meaning → term' },
          { value: 'both', label: 'Both' },
        ]}
        value={direction}
        onChange={onDirection}
      />
      <p class={styles.hint} data-study="counts">
        {empty
          ? 'No cards in this deck yet.'
          : `${cardsWord(counts.total)}: ${counts.due} due now, ${counts.new} new.`}
      </p>
      <div class={styles.row}>
        <button type="button" class={ui.primary} disabled={empty} onClick={props.onFlashcards}>
          Study flashcards
        </button>
        <button type="button" class={ui.button} disabled={empty} onClick={props.onQuiz}>
          Take a quiz
        </button>
        <button type="button" class={ui.button} disabled={empty} onClick={props.onExport}>
          Download for Anki (CSV)
        </button>
      </div>
    </section>
  );
}
