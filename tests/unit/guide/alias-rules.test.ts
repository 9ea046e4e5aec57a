// An alias is another name for the same thing: the rules of that a machine can hold. (The rest,
// whether "X" really means the entry, is the clinical read, recorded in each alias's kind and in
// the entry's notAliases.)
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import type { Alias, GlossaryEntry } from '../../../guide/types';

const stem = (term: string): string => term.replace(/\s*\(.*\)\s*$/, '');
/** The names in a term's brackets: "NSAID (nonsteroidal anti-inflammatory drug)" -> [that]. */
const bracketed = (term: string): string[] =>
  (/\(([^)]*)\)\s*$/.exec(term)?.[1] ?? '').split(/,\s*/).filter(Boolean);
/** A name with UK and US spellings, hyphens and spaces made the same, to compare two names. */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // UK -ise/-isation and -yse, in any word of the name, before the spaces go.
    .replace(/(?<=[a-z]{3})is(e|ed|es|ing|ation)\b/g, 'iz$1')
    .replace(/ys(e|ed|es|ing)\b/g, 'yz$1')
    .replace(/\btendon(?=itis|opathy)/g, 'tendin')
    .replace(/[-\s'’.,]/g, '')
    .replace(/our/g, 'or')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/disk/g, 'disc')
    .replace(/programme/g, 'program')
    .replace(/tre$/g, 'ter');

/** Spelled-out names an abbreviation may stand for: the term and every non-abbreviation alias. */
const longNames = (e: GlossaryEntry): string[] => [
  stem(e.term),
  ...bracketed(e.term),
  ...e.aliases.filter((a) => a.kind !== 'abbreviation').map((a) => a.text),
];

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', '&']);

/**
 * True when the abbreviation's letters can be read, in order, from the starts of the name's words
 * and parts of words ("NSAID" from "non-steroidal anti-inflammatory drug", "TENS" from
 * "transcutaneous electrical nerve stimulation").
 */
export function expandsTo(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.has(w));
  const go = (li: number, wi: number, ci: number): boolean => {
    if (li === letters.length) return wi >= words.length - 1 || (wi === words.length - 1 && ci > 0);
    const word = words[wi];
    if (word === undefined) return false;
    const letter = letters[li];
    // Next letter from later in this word, or from the start of the next word.
    for (let c = Math.max(ci, 1); c < word.length; c++) {
      if (word[c] === letter && go(li + 1, wi, c + 1)) return true;
    }
    const next = words[wi + 1];
    return next !== undefined && next[0] === letter && go(li + 1, wi + 1, 1);
  };
  const first = words[0];
  return !!first && first[0] === letters[0] && go(1, 0, 1);
}

const aliases = GLOSSARY.flatMap((e) => e.aliases.map((a) => [e, a] as [GlossaryEntry, Alias]));
const label = (e: GlossaryEntry, a: Alias): string => `${e.id}: "${a.text}" (${a.kind})`;

describe('every alias names the same thing as its entry', () => {
  it('reads abbreviations the way the rule does', () => {
    expect(expandsTo('NSAID', 'non-steroidal anti-inflammatory drug')).toBe(true);
    expect(expandsTo('TENS', 'transcutaneous electrical nerve stimulation')).toBe(true);
    expect(expandsTo('DOMS', 'delayed onset muscle soreness')).toBe(true);
    expect(expandsTo('CBD', 'cannabidiol')).toBe(true);
    expect(expandsTo('LBP', 'chronic low back pain')).toBe(false);
    expect(expandsTo('CBD', 'CBD cream')).toBe(false);
    expect(expandsTo('RA', 'osteoarthritis')).toBe(false);
    expect(expandsTo('DPT', 'Doctor of Physical Therapy')).toBe(true);
  });

  it('no alias is the name of another entry', () => {
    const terms = new Map(GLOSSARY.map((e) => [stem(e.term).toLowerCase(), e.id]));
    const bad = aliases
      .filter(([e, a]) => {
        const owner = terms.get(a.text.toLowerCase());
        return owner !== undefined && owner !== e.id;
      })
      .map(([e, a]) => `${label(e, a)} is the entry ${terms.get(a.text.toLowerCase())}`);
    expect(bad).toEqual([]);
  });

  it('an abbreviation expands to its entry', () => {
    const bad = aliases
      .filter(([, a]) => a.kind === 'abbreviation')
      .filter(([e, a]) => {
        const names = a.expansion ? [a.expansion] : longNames(e);
        return !names.some((name) => expandsTo(a.text, name));
      })
      .map(([e, a]) => label(e, a));
    expect(bad).toEqual([]);
  });

  it('the "name" alias is the entry\'s own name', () => {
    const bad = aliases
      .filter(([, a]) => a.kind === 'name')
      .filter(([e, a]) => fold(stem(e.term)) !== fold(a.text))
      .map(([e, a]) => label(e, a));
    expect(bad).toEqual([]);
  });

  it('a spelling is the same word as another name of the entry, spelled another way', () => {
    const bad = aliases
      .filter(([, a]) => a.kind === 'spelling')
      .filter(([e, a]) => {
        const others = [stem(e.term), ...e.aliases.map((o) => o.text)].filter((t) => t !== a.text);
        return !others.some((o) => fold(o) === fold(a.text));
      })
      .map(([e, a]) => label(e, a));
    expect(bad).toEqual([]);
  });

  it('a form is a plural or adjective of another name of the entry', () => {
    const bad = aliases
      .filter(([, a]) => a.kind === 'form')
      .filter(([e, a]) => {
        const others = [stem(e.term), ...e.aliases.map((o) => o.text)].filter((t) => t !== a.text);
        // Same word up to its last few letters: "arthritis"/"arthritic", "meta-analysis"/"-ses".
        return !others.some((o) => {
          const [x, y] = [fold(o), fold(a.text)];
          const common = [...x].findIndex((c, i) => y[i] !== c);
          const shared = common < 0 ? x.length : common;
          return x !== y && shared >= Math.max(x.length, y.length) - 4;
        });
      })
      .map(([e, a]) => label(e, a));
    expect(bad).toEqual([]);
  });

  it('brand names belong to medicines and products only', () => {
    const bad = aliases
      .filter(([e, a]) => a.kind === 'brand' && !['medication', 'treatment'].includes(e.category))
      .map(([e, a]) => label(e, a));
    expect(bad).toEqual([]);
  });

  it('a word the audit kept out is not an alias of the entry after all', () => {
    const bad = GLOSSARY.flatMap((e) =>
      (e.notAliases ?? [])
        .filter((n) => e.aliases.some((a) => a.text.toLowerCase() === n.text.toLowerCase()))
        .map((n) => `${e.id}: "${n.text}"`),
    );
    expect(bad).toEqual([]);
  });
});
