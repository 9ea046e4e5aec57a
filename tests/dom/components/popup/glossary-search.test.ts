// Glossary search: every way a reader might type a term finds it, best match first.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../guide/glossary/index';
import {
  buildSearchIndex,
  editDistance,
  filingLetter,
  normaliseQuery,
  searchGlossary,
} from '../../../../components/popup/glossary-search';

const index = buildSearchIndex(GLOSSARY);
const top = (q: string): string | undefined => searchGlossary(index, q)[0]?.id;

describe('searchGlossary', () => {
  it.each([
    ['the term', 'Fibromyalgia', 'fibromyalgia'],
    ['an abbreviation', 'DOMS', 'doms'],
    ['an abbreviation in lower case', 'doms', 'doms'],
    ['a spelled-out form, in part', 'delayed onset', 'doms'],
    ['a spelled-out abbreviation', 'nonsteroidal anti-inflammatory', 'nsaid'],
    ['an alias', 'paracetamol', 'acetaminophen'],
    ['a brand name in the term', 'Advil', 'ibuprofen'],
    ['a plural', 'NSAIDs', 'nsaid'],
    ['one missing letter', 'fibromyalga', 'fibromyalgia'],
    ['two swapped letters', 'rheumatiod', 'rheumatoid-arthritis'],
    ['a dropped letter', 'ostearthritis', 'osteoarthritis'],
    ['a typo while still typing', 'fibromyla', 'fibromyalgia'],
    ['the start of a word', 'fibrom', 'fibromyalgia'],
    ['hyphens left out', 'antiinflammatory', 'nsaid'],
    ['"and" for "&"', 'peace and love', 'peace-and-love'],
  ])('finds an entry by %s ("%s")', (_, query, id) => {
    expect(top(query)).toBe(id);
  });

  it('lists every entry A to Z for an empty query', () => {
    const all = searchGlossary(index, '  ');
    expect(all).toHaveLength(GLOSSARY.length);
    const terms = all.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds nothing for words that are not there', () => {
    expect(searchGlossary(index, 'zzzz')).toEqual([]);
    expect(searchGlossary(index, 'qwertyuiop')).toEqual([]);
  });

  it('does not guess at short words, where one typo is another word', () => {
    expect(searchGlossary(index, 'ROM').map((e) => e.id)).toEqual(['range-of-motion']);
    expect(searchGlossary(index, 'ice').map((e) => e.id)).not.toContain('aerobic-exercise');
  });

  it('ranks names above words in the explanations', () => {
    const ids = searchGlossary(index, 'arthritis').map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['arthritis', 'osteoarthritis', 'rheumatoid-arthritis']);
  });
});

describe('helpers', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normaliseQuery('  Anti-Inflammatory  ')).toBe('anti inflammatory');
    expect(normaliseQuery('Café & Co.')).toBe('cafe and co');
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('fibromyalga', 'fibromyalgia', 2)).toBe(1);
    expect(editDistance('rheumatiod', 'rheumatoid', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('files entries under their first letter', () => {
    const doms = GLOSSARY.find((e) => e.id === 'doms');
    expect(doms && filingLetter(doms)).toBe('D');
  });
});
