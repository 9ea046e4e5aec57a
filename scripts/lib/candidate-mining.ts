// Mines candidate terms from a block of text with compromise: noun phrases (up to three words
// ending in their head noun, and "X of Y" phrases such as "range of motion") and the adjectives
// in them ("musculoskeletal", "chronic"). Keys are normalised as the matcher reads text: lower
// case, hyphens as spaces, the head noun singular.
import nlp from 'compromise';
import { normaliseKey } from '../../terms/normalise';
import { HEALTH_HEADS, type CandidateKind } from './health-words';

export type { CandidateKind };

export interface Occurrence {
  key: string;
  kind: CandidateKind;
  /** The phrase's place in the block. */
  start: number;
  end: number;
  /** Its head word's place (an adjective's own): what a mark explaining it must cover. */
  headStart: number;
  headEnd: number;
}

/** Words that only qualify or count ("other", "many", "severe"): a phrase never starts with one. */
const QUALIFIERS = new Set(
  (
    'other many most some certain same different several various such more less few new own ' +
    'main common rare usual specific particular possible additional serious severe mild ' +
    'moderate significant major minor whole entire total overall each every any all no ' +
    'first second third last next previous further extra large small big little long short ' +
    'good bad better best worse worst great high-quality important normal typical similar ' +
    'related affected known unknown available current present exact this that these those'
  ).split(' '),
);

const LONGEST = 3;

interface Term {
  text: string;
  normal: string;
  root?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

type RawTerm = Omit<Term, 'offset'>;

const SKIP_TAGS = ['Pronoun', 'Determiner', 'Value', 'Url', 'Email', 'HashTag', 'AtMention'];

/** A word that can be part of a noun phrase. */
function content(t: Term): boolean {
  // compromise often takes "swelling" or "tingling" for a verb; health nouns in "-ing" are nouns.
  const healthGerund = t.tags.has('Gerund') && HEALTH_HEADS.has(t.normal);
  if (!t.tags.has('Noun') && !t.tags.has('Adjective') && !healthGerund) return false;
  if (SKIP_TAGS.some((tag) => t.tags.has(tag))) return false;
  // Single letters ("Q:", "A:") and anything with digits are labels, not words.
  return /^\p{L}[\p{L}'’-]*\p{L}$/u.test(t.normal);
}

/** Punctuation after a word (a comma, a bracket) ends its phrase; a plain space does not. */
const breaksAfter = (t: Term): boolean => /[^\s]|\n/.test(t.post.replace(/['’]/g, ''));
const breaksBefore = (t: Term): boolean => /[^\s]/.test(t.pre);

const word = (t: Term): string => normaliseKey(t.normal.replace(/['’]s?$/, ''));
const headWord = (t: Term): string => {
  const bare = t.normal.replace(/['’]s?$/, '');
  // A plural possessive ("patients'") gets no root from compromise.
  const stripped = bare.replace(/([^s])s$/, '$1');
  // compromise's root drops hyphens ("X-rays" -> "xray"): keep the word as written instead.
  const root = t.root && t.root !== stripped.replace(/-/g, '') ? t.root : stripped;
  return normaliseKey(t.tags.has('Plural') ? root : bare);
};
/** Adjectives compromise takes for nouns when capitalised ("Musculoskeletal pain"). */
const ADJECTIVE_ENDING = /(?:al|ic|ar|ous|ive|oid|ary|ory)$/;
const looksAdjective = (t: Term): boolean =>
  t.tags.has('Adjective') || ADJECTIVE_ENDING.test(word(t));
const isNoun = (t: Term): boolean =>
  (t.tags.has('Noun') || t.tags.has('Gerund')) && !t.tags.has('Adjective');

/** Runs of phrase words, split at punctuation and at every other kind of word. */
function runs(sentence: readonly Term[]): { run: Term[]; ofNext: boolean }[] {
  const out: { run: Term[]; ofNext: boolean }[] = [];
  let run: Term[] = [];
  const close = (ofNext: boolean) => {
    if (run.length) out.push({ run, ofNext });
    run = [];
  };
  sentence.forEach((t, i) => {
    if (breaksBefore(t)) close(false);
    if (content(t)) {
      run.push(t);
      // A possessive ("patients' knees") is a phrase of its own, not a modifier of the next.
      if (breaksAfter(t) || t.tags.has('Possessive')) close(false);
      return;
    }
    const next = sentence[i + 1];
    // "range of motion": "of" between two phrases joins them; anything else ends the phrase.
    close(t.normal === 'of' && !breaksAfter(t) && !!next && content(next));
  });
  close(false);
  return out;
}

function occurrencesOf(run: Term[], occ: Occurrence[]): { head: Term; key: string } | null {
  let h = run.length - 1;
  while (h >= 0 && !isNoun(run[h] as Term)) h--;
  for (const t of run.slice(0, h < 0 ? run.length : h)) {
    if (looksAdjective(t) && !QUALIFIERS.has(word(t)))
      occ.push({
        key: word(t),
        kind: 'adjective',
        ...at(t, t),
        headStart: t.offset.start,
        headEnd: end(t),
      });
  }
  if (h < 0) return null;
  const head = run[h] as Term;
  // The phrase starts after its last qualifier: "all patients" is "patient".
  let from = h;
  while (from > 0 && !QUALIFIERS.has(word(run[from - 1] as Term))) from--;
  const modifiers = run.slice(from, h);
  const last = headWord(head);
  if (QUALIFIERS.has(last)) return null;
  const headAt = { headStart: head.offset.start, headEnd: end(head) };
  for (let n = 0; n <= Math.min(modifiers.length, LONGEST - 1); n++) {
    const words = modifiers.slice(modifiers.length - n);
    const key = [...words.map(word), last].join(' ');
    occ.push({ key, kind: 'phrase', ...at(words[0] ?? head, head), ...headAt });
  }
  return { head, key: last };
}

const end = (t: Term): number => t.offset.start + t.offset.length;
const at = (first: Term, last: Term) => ({ start: first.offset.start, end: end(last) });

/** Every candidate occurrence in `text`, in no particular order. */
export function mineCandidates(text: string): Occurrence[] {
  const doc = nlp(text);
  // Singular forms of plural nouns only, and offsets found here: computing either for every
  // word costs a quarter again of the parse.
  doc.match('#Plural').compute('root');
  const sentences = (doc as unknown as { docs: RawTerm[][] }).docs;
  const occ: Occurrence[] = [];
  let cursor = 0;
  for (const raw of sentences) {
    const sentence = raw.map((t) => {
      const at = text.indexOf(t.text, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start + t.text.length;
      return { ...t, offset: { start, length: t.text.length } };
    });
    let before: { head: Term; key: string } | null = null;
    let joinOf = false;
    for (const { run, ofNext } of runs(sentence)) {
      const found = occurrencesOf(run, occ);
      // "X of Y": X's head, "of", and Y up to its head (two words at most).
      if (joinOf && before && found) {
        const tail = run.slice(0, run.indexOf(found.head)).map(word).slice(-1);
        const key = [before.key, 'of', ...tail, found.key].join(' ');
        const headAt = { headStart: before.head.offset.start, headEnd: end(before.head) };
        occ.push({ key, kind: 'phrase', ...at(before.head, found.head), ...headAt });
      }
      before = found;
      joinOf = ofNext;
    }
  }
  return occ;
}
