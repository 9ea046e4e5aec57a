// The page side's checks of what it receives, written out by hand: the content script and the
// page lens run on every web page, and valibot's core alone would add about 5 KB to each (they
// share no code). tests/unit/messaging/page-checks.test.ts holds these to messaging/schemas.ts:
// for every message tried, both accept it or both refuse it.
import { CATEGORIES, HELP_URGENCIES } from '../guide/types';
import { MAX_ID } from './limits';
import { CANNOT_READ, type CardEntry, type ErrorReply, type ToContent } from './protocol';

type Fields = Partial<Record<string, unknown>>;

const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null;
const isId = (x: unknown): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= MAX_ID;
const refuse = (why: string): ErrorReply => ({ error: CANNOT_READ + why });

/** A message to the content script, or the error reply that says why it is not one. */
export function readToContent(m: unknown): ToContent | ErrorReply {
  if (!isObject(m)) return refuse('a message is an object with a type');
  if (m.type === 'page-terms') return { type: 'page-terms' };
  if (m.type === 'show-term') {
    return isId(m.entryId) ? { type: 'show-term', entryId: m.entryId } : refuse('no entryId');
  }
  if (m.type === 'walk') {
    const d = m.direction;
    return d === 1 || d === -1 ? { type: 'walk', direction: d } : refuse('direction is 1 or -1');
  }
  return refuse('its type is not one PT Lens knows');
}

const isText = (x: unknown): x is string => typeof x === 'string';
const optionalText = (x: unknown): boolean => x === undefined || isText(x);
const listOf = (x: unknown, key: string): boolean =>
  Array.isArray(x) && x.every((item) => isObject(item) && isText(item[key]));
const isHelp = (x: unknown): boolean =>
  x === undefined ||
  (isObject(x) && isText(x.text) && (HELP_URGENCIES as readonly unknown[]).includes(x.urgency));

/** The card's entry from a get-entry reply; null for an unknown term or a reply it cannot read. */
export function readCardEntry(e: unknown): CardEntry | null {
  const ok =
    isObject(e) &&
    isId(e.id) &&
    isText(e.term) &&
    isText(e.short) &&
    isText(e.reviewed) &&
    (CATEGORIES as readonly unknown[]).includes(e.category) &&
    listOf(e.aliases, 'text') &&
    listOf(e.sources, 'name') &&
    optionalText(e.note) &&
    optionalText(e.safety) &&
    isHelp(e.getHelp);
  // Each field the card reads was checked just above; the others are never read on the page.
  return ok ? (e as CardEntry) : null;
}
