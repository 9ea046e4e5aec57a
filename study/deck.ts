// Flashcard decks: the terms met, a glossary category or the whole glossary, one way or both ways,
// and the text on each side of a card. Pure.
import type { Category, GlossaryEntry } from '../guide/types';
import { metTerms } from './meetings';
import type { Direction, Meeting } from './model';

export type DeckSource =
  { kind: 'met'; category?: Category } | { kind: 'category'; category: Category } | { kind: 'all' };

export const DIRECTION_CHOICES = ['forward', 'reverse', 'both'] as const;
export type DirectionChoice = (typeof DIRECTION_CHOICES)[number];

export interface StudyCard {
  entryId: string;
  direction: Direction;
  category: Category;
  term: string;
  /** Up to two other names, none already part of the term. */
  aliases: string[];
  /** The plain explanation (the entry's `short`); the term is blanked out on reverse cards. */
  explanation: string;
  note?: string;
}

export const cardId = (card: { entryId: string; direction: Direction }): string =>
  `${card.entryId}:${card.direction}`;

const fold = (s: string): string =>
  s
    .toLocaleLowerCase('en')
    .replace(/[\s\-‐–]+/g, ' ')
    .trim();

/** Up to `max` aliases that add something: not the term again, not a part of it, no repeats. */
export function frontAliases(entry: GlossaryEntry, max = 2): string[] {
  const term = fold(entry.term);
  const picked: string[] = [];
  for (const alias of entry.aliases) {
    const a = fold(alias.text);
    if (!a || term.includes(a) || picked.some((p) => fold(p) === a)) continue;
    picked.push(alias.text);
    if (picked.length === max) break;
  }
  return picked;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * `text` with every whole-word, any-case occurrence of `name` replaced by a blank. Plain string
 * search: a case-insensitive Unicode regex per name costs about a millisecond to compile.
 */
function blankOut(text: string, name: string): string {
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  if (lower.length !== text.length || !needle) return text;
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (at < from || isWordChar(text[at - 1]) || isWordChar(text[at + needle.length])) continue;
    out += `${text.slice(from, at)}___`;
    from = at + needle.length;
  }
  return out + text.slice(from);
}

/** The names an explanation could give the answer away by: the term, its parts in brackets, aliases. */
function namesOf(entry: GlossaryEntry): string[] {
  const names = new Set<string>([entry.term, ...entry.aliases.map((a) => a.text)]);
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term);
  if (bracket?.[1]) names.add(bracket[1]);
  if (bracket?.[2]) names.add(bracket[2]);
  return [...names].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length);
}

/** The text with the entry's own names blanked out, so a question does not give its answer away. */
export function maskTerm(text: string, entry: GlossaryEntry): string {
  return namesOf(entry).reduce(blankOut, text);
}

function cardFor(entry: GlossaryEntry, direction: Direction): StudyCard {
  return {
    entryId: entry.id,
    direction,
    category: entry.category,
    term: entry.term,
    aliases: frontAliases(entry),
    explanation: direction === 'reverse' ? maskTerm(entry.short, entry) : entry.short,
    ...(entry.note ? { note: entry.note } : {}),
  };
}

const byTerm = (a: GlossaryEntry, b: GlossaryEntry): number =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });

/** The entries a deck draws from: the terms met newest first, or a category or all A to Z. */
export function deckEntries(input: {
  source: DeckSource;
  glossary: readonly GlossaryEntry[];
  meetings: readonly Meeting[];
}): GlossaryEntry[] {
  const { source, glossary, meetings } = input;
  if (source.kind === 'met') {
    return metTerms({ meetings, glossary, category: source.category }).map((t) => t.entry);
  }
  const chosen =
    source.kind === 'category' ? glossary.filter((e) => e.category === source.category) : glossary;
  return [...chosen].sort(byTerm);
}

/** The cards of a deck; with both directions, each entry's reverse card follows its forward one. */
export function buildDeck(input: {
  source: DeckSource;
  glossary: readonly GlossaryEntry[];
  meetings: readonly Meeting[];
  direction: DirectionChoice;
}): StudyCard[] {
  const directions: Direction[] =
    input.direction === 'both' ? ['forward', 'reverse'] : [input.direction];
  return deckEntries(input).flatMap((entry) => directions.map((d) => cardFor(entry, d)));
}

/** The term side: the term, then "Also called" with its aliases. */
export function termSide(card: StudyCard): string {
  return card.aliases.length > 0
    ? `${card.term}\nAlso called: ${card.aliases.join(', ')}`
    : card.term;
}

/** The explanation side: the plain explanation, then the note if there is one. */
export function explanationSide(card: StudyCard): string {
  return card.note ? `${card.explanation}\n\nNote: ${card.note}` : card.explanation;
}

/** What is asked and what answers it. Reverse cards ask with the explanation alone. */
export function sides(card: StudyCard): { front: string; back: string } {
  if (card.direction === 'forward') return { front: termSide(card), back: explanationSide(card) };
  const back = card.note ? `${termSide(card)}\n\nNote: ${card.note}` : termSide(card);
  return { front: card.explanation, back };
}
