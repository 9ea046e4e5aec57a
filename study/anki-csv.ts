// Flashcards as CSV for Anki and other flashcard apps: front, back and tags, with Anki's header
// lines so it imports without questions. The CSV itself (and its formula guard) is the log's.
import type { Category } from '../guide/types';
import { toCsvText } from '../common/csv-format';
import { sides } from './deck';
import type { StudyCard } from './deck';

/** Anki reads these "#key:value" lines at the top of a file; other apps skip or show them once. */
export const ANKI_HEADER: readonly string[] = ['#separator:comma', '#html:false', '#tags column:3'];

/** Anki tags hold no spaces; "::" makes a tag hierarchy, so the categories sit under pt-lens. */
export function cardTags(card: Pick<StudyCard, 'category' | 'direction'>): string {
  const tags = ['pt-lens', `pt-lens::${card.category}`];
  if (card.direction === 'reverse') tags.push('pt-lens::reverse');
  return tags.join(' ');
}

/** One row per card: front, back, tags. */
export function ankiRows(cards: readonly StudyCard[]): string[][] {
  return cards.map((card) => {
    const { front, back } = sides(card);
    return [front, back, cardTags(card)];
  });
}

/** The whole file: the header lines, then the rows, as RFC 4180 CSV. */
export function ankiCsv(cards: readonly StudyCard[]): string {
  return toCsvText([...ANKI_HEADER.map((line) => [line]), ...ankiRows(cards)]);
}

/** A file name safe on every system, e.g. "pt-lens-flashcards-exercise-2024-05-20.csv". */
export function ankiFileName(what: Category | 'met' | 'all', now: Date): string {
  return `pt-lens-flashcards-${what}-${now.toISOString().slice(0, 10)}.csv`;
}
