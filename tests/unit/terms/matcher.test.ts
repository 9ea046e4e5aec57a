import { describe, expect, it } from 'vitest';
import { buildMatchData } from '../../../terms/match-data';
import { compileMatcher } from '../../../terms/matcher';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

const matcher = compileMatcher(buildMatchData(MINI_GLOSSARY));
const found = (text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entryId]);

describe('compileMatcher', () => {
  it('finds whole terms with their entry ids, in order', () => {
    expect(found('DOMS after squats; an NSAID helped.')).toEqual([
      ['DOMS', 'doms'],
      ['NSAID', 'nsaid'],
    ]);
  });

  it('matches plurals of a term', () => {
    expect(found('Two NSAIDs were tried.')).toEqual([['NSAIDs', 'nsaid']]);
  });

  it('matches abbreviations only in their own case', () => {
    expect(found('tens of thousands of people')).toEqual([]);
    expect(found('Doms is a name')).toEqual([]);
    expect(found('A TENS unit')).toEqual([['TENS', 'tens']]);
  });

  it('matches words in any case', () => {
    expect(found('Arthritis and ARTHRITIS')).toEqual([
      ['Arthritis', 'arthritis'],
      ['ARTHRITIS', 'arthritis'],
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(found('TENSION and DOMSx and preNSAID')).toEqual([]);
  });

  it('prefers the longest term', () => {
    expect(found('She has rheumatoid arthritis.')).toEqual([
      ['rheumatoid arthritis', 'rheumatoid-arthritis'],
    ]);
  });

  it('matches a phrase across a line break or a hyphen', () => {
    expect(found('delayed\nonset muscle soreness')).toEqual([
      ['delayed\nonset muscle soreness', 'doms'],
    ]);
    expect(found('delayed-onset muscle soreness')).toEqual([
      ['delayed-onset muscle soreness', 'doms'],
    ]);
  });
});
