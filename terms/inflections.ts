// Generates the inflected forms of glossary aliases (plurals, verb forms) with compromise.
// Runs at build time only (scripts/compile-terms.ts): compromise never ships in the content script.
import nlp from 'compromise';
import type { Alias, Category } from '../guide/types';

/** Condition names that are mass nouns: "arthritises" and "fibromyalgias" are not words. */
const NO_PLURAL = /(?:itis|osis|algia|pathy|plegia|esis|ia|ism|ics|ness)$/i;

/**
 * Generated forms whose everyday meaning differs from the glossary sense, so they stay out:
 * "heated debate", "cramped room", "strained relations", "flared jeans", "paced the room".
 */
export const MEANING_CHANGING_FORMS = new Set([
  'heated', 'heats', 'heating', 'cored', 'cores', 'coring', 'cramped', 'strained', 'straining',
  'flared', 'flaring', 'supplemented', 'supplementing', 'paced', 'paces', 'posturing', 'postured',
  'postures', 'stretched', 'traction', 'tractions', 'shams', 'shammed', 'shamming', 'referrals',
  'warmed up', 'corded', 'iced', 'icings', 'ices',
]);

/** Categories whose one-word nouns are also things a person does: "iced", "massaged". */
const DOABLE: ReadonlySet<Category> = new Set(['treatment', 'exercise']);

const lastWord = (s: string): string => s.split(/[\s-]+/).pop() ?? s;

function verbForms(phrase: string): string[] {
  const doc = nlp(phrase);
  doc.tag('Infinitive');
  const conj = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!conj) return [];
  return [conj.PastTense, conj.PresentTense, conj.Gerund].filter((f): f is string => !!f);
}

/**
 * The extra forms of one alias that keep its meaning. Abbreviations get a plain plural
 * ("NSAIDs"); words get plurals and, where the glossary sense is something you do, verb forms.
 */
export function inflect(alias: Alias, category: Category): string[] {
  const text = alias.text.trim();
  const forms = new Set<string>();
  if (alias.caseSensitive) {
    if (/^[A-Z]{2,}$/.test(text) && !text.endsWith('S')) forms.add(`${text}s`);
  } else {
    const doc = nlp(text);
    const last = lastWord(text);
    const lastTags = new Set(nlp(last).terms().json()[0]?.terms[0]?.tags ?? []);
    const isGerund = lastTags.has('Gerund') || /ing$/i.test(last);
    if (!NO_PLURAL.test(last) && !isGerund && !lastTags.has('Adjective')) {
      const plural = doc.nouns().toPlural().text();
      if (plural && plural.toLowerCase() !== text.toLowerCase()) forms.add(plural);
    }
    const oneWord = !/[\s-]/.test(text);
    const verbish = lastTags.has('Infinitive') || (oneWord && DOABLE.has(category));
    if (verbish && !isGerund && !lastTags.has('Adjective') && !NO_PLURAL.test(last)) {
      for (const f of verbForms(text)) forms.add(f);
    }
  }
  return [...forms]
    .map((f) => f.trim())
    .filter((f) => f && f !== text && !MEANING_CHANGING_FORMS.has(f.toLowerCase()));
}
