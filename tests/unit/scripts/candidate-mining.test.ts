// Candidate terms as the coverage command mines them: noun phrases ending in their head noun,
// singular and lower case, "X of Y" phrases, health adjectives; and which are about health.
import { describe, expect, it } from 'vitest';
import { mineCandidates } from '../../../scripts/lib/candidate-mining';
import { commonElsewhere, healthRelevant, headOf } from '../../../scripts/lib/health-words';

const keys = (text: string): string[] => [...new Set(mineCandidates(text).map((o) => o.key))];

describe('mineCandidates', () => {
  it('mines noun phrases up to their head, singular, and the health adjectives in them', () => {
    const found = keys('Other chronic joint pains are common in rheumatoid arthritis.');
    expect(found).toEqual(
      expect.arrayContaining([
        'joint pain',
        'chronic joint pain',
        'rheumatoid arthritis',
        'chronic',
      ]),
    );
    // "Other" only qualifies: no phrase starts with it.
    expect(found.some((k) => k.startsWith('other'))).toBe(false);
  });

  it('splits phrases at punctuation and keeps "range of motion" whole', () => {
    const found = keys('After a sprain come stiffness, swelling and a smaller range of motion.');
    expect(found).toEqual(expect.arrayContaining(['stiffness', 'swelling', 'range of motion']));
    expect(found).not.toContain('stiffness swelling');
  });

  it('reads a capitalised adjective as an adjective, and hyphens as the matcher does', () => {
    const found = mineCandidates('Musculoskeletal pain shows on X-rays.');
    expect(found.find((o) => o.key === 'musculoskeletal')?.kind).toBe('adjective');
    expect(found.map((o) => o.key)).toContain('x ray');
  });

  it('places each occurrence in the text, with its head word', () => {
    const text = 'Ask about steroid injections.';
    const o = mineCandidates(text).find((c) => c.key === 'steroid injection');
    expect(o && text.slice(o.start, o.end)).toBe('steroid injections');
    expect(o && text.slice(o.headStart, o.headEnd)).toBe('injections');
  });

  it('leaves out labels, numbers and addresses', () => {
    expect(keys('Q: See https://example.org/pain 3 times.')).not.toEqual(
      expect.arrayContaining(['q']),
    );
    expect(keys('Q: See https://example.org/pain 3 times.').join(' ')).not.toMatch(/http|3/);
  });
});

describe('healthRelevant', () => {
  it.each([
    ['joint pain', 'phrase', true],
    ['tendinitis', 'phrase', true],
    ['range of motion', 'phrase', true],
    ['page', 'phrase', false],
    ['more information', 'phrase', false],
    ['chronic', 'adjective', true],
    ['public', 'adjective', false],
  ] as const)('%s (%s): %s', (key, kind, expected) => {
    expect(healthRelevant(key, kind)).toBe(expected);
  });

  it("counts the glossary's head words as health words", () => {
    expect(healthRelevant('foam roller', 'phrase')).toBe(false);
    expect(healthRelevant('foam roller', 'phrase', new Set(['roller']))).toBe(true);
  });

  it('finds the head before "of"', () => {
    expect(headOf('range of motion')).toBe('range');
    expect(headOf('low back pain')).toBe('pain');
  });
});

describe('commonElsewhere', () => {
  it('drops what is on as large a share of non-health pages as half its share here', () => {
    // On 50 of 100 health pages (50%): common elsewhere from 25% of contrast pages.
    expect(commonElsewhere(50, 100, 8, 2)).toBe(true);
    expect(commonElsewhere(50, 100, 8, 1)).toBe(false);
    expect(commonElsewhere(50, 100, 0, 0)).toBe(false);
  });
});
