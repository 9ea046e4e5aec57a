// Generates the inflected forms of glossary aliases (plurals, verb forms) with compromise.
// Runs at build time only (scripts/compile-terms.ts): compromise never ships in the content script.
import nlp from 'compromise';
import type { Alias, Category } from '../guide/types';

/** Condition names that are mass nouns: "arthritises" and "fibromyalgias" are not words. */
const NO_PLURAL = /(?:itis|osis|algia|pathy|plegia|esis|ia|ism|ics|ness|ing|ion)$/i;
/** Words in "-ion" that are counted, unlike "inflammation" or "traction": "two injections". */
const COUNTABLE_ION = /(?:medication|injection|herniation|infection|session)$/i;

/**
 * Generated forms that stay out: those whose everyday sense differs from the glossary sense
 * ("a heated debate", "a cramped room", "strained relations"), and plurals that are not words.
 */
export const EXCLUDED_FORMS: ReadonlySet<string> = new Set([
  'polioviri',
  'naproxen sodia',
  'placebos-controlled',
  'depression and anxieties',
  'core stabilities',
  'evidence qualities',
  'qualities of evidence',
  'qualities of the evidence',
  'certainties of evidence',
  'certainties of the evidence',
  'strengths of evidence',
  'heated',
  'heats',
  'heating',
  'cramped',
  'strained',
  'paced',
  'stretched',
  'posturing',
  'taped',
  'rowed',
  'rows',
  'cycled',
  'cycles',
]);

/** Categories whose one-word nouns are also things a person does: "iced", "massaged". */
const DOABLE: ReadonlySet<Category> = new Set(['treatment', 'exercise']);

function tagsOf(word: string): Set<string> {
  return new Set(nlp(word).terms().json()[0]?.terms[0]?.tags ?? []);
}

/** `phrase`: the word heads a longer alias, so it is a noun there ("steroid shot", not "shot"). */
function plural(word: string, phrase: boolean): string | undefined {
  const tags = tagsOf(word);
  const alreadyPlural = tags.has('Plural') || /[^sui]s$/i.test(word);
  const mass = NO_PLURAL.test(word) && !COUNTABLE_ION.test(word);
  if (mass || alreadyPlural || tags.has('Adjective') || (tags.has('PastTense') && !phrase)) {
    return undefined;
  }
  const doc = nlp(word);
  // compromise leaves a word it takes for a place as it is ("tendon"), and a verb's noun
  // reading is the one meant here ("shot").
  doc.unTag('Place');
  doc.unTag('Verb');
  doc.tag('Singular');
  const p = doc.nouns().toPlural().text();
  return p && p.toLowerCase() !== word.toLowerCase() && !/\s/.test(p) ? p : undefined;
}

function verbForms(word: string): string[] {
  const doc = nlp(word);
  doc.tag('Infinitive');
  const conj = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!conj) return [];
  return [conj.PastTense, conj.PresentTense, conj.Gerund].filter(
    (f): f is string => !!f && !/\s/.test(f),
  );
}

/**
 * The extra forms of one alias that keep its meaning. Abbreviations get a plain plural
 * ("NSAIDs"); words and phrases get the plural of their head noun ("foam rollers", "ranges of
 * motion"); a one-word treatment or exercise also gets its verb forms ("iced", "massaging").
 */
export function inflect(
  alias: Pick<Alias, 'text' | 'caseSensitive'>,
  category: Category,
): string[] {
  const text = alias.text.trim();
  const forms = new Set<string>();
  if (alias.caseSensitive) {
    if (/^[A-Z]{2,}$/.test(text) && !text.endsWith('S')) forms.add(`${text}s`);
  } else {
    const words = text.split(' ');
    const ofAt = words.indexOf('of');
    const head = ofAt > 0 ? ofAt - 1 : words.length - 1;
    const headWord = words[head] ?? '';
    const p = plural(headWord, words.length > 1);
    if (p) forms.add([...words.slice(0, head), p, ...words.slice(head + 1)].join(' '));
    const oneWord = words.length === 1 && !headWord.includes('-');
    const tags = tagsOf(headWord);
    if (oneWord && DOABLE.has(category) && !tags.has('Gerund') && !NO_PLURAL.test(headWord)) {
      // Only common English words take verb forms ("ice", "massage", "stretch"); coined
      // technical nouns ("cryotherapy") do not.
      const known = (
        nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }
      ).model().one.lexicon[headWord.toLowerCase()];
      if (known || tags.has('Infinitive') || ['massage', 'tape'].includes(headWord)) {
        for (const f of verbForms(headWord)) forms.add(f);
      }
    }
  }
  return [...forms].filter((f) => f !== text && !EXCLUDED_FORMS.has(f.toLowerCase()));
}
