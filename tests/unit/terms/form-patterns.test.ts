import { describe, expect, it } from 'vitest';
import matchData from '../../../terms/generated/match-data.json';
import { FAST_PATTERN_LIMIT, formPatterns } from '../../../terms/form-patterns';
import { normaliseKey } from '../../../terms/normalise';
import type { MatchEntry } from '../../../terms/types';

const keys = (matchData as MatchEntry[]).flatMap((e) =>
  e.aliases.flatMap((a) => [a.text, ...(a.forms ?? [])].map(normaliseKey)),
);

describe('formPatterns', () => {
  it("keeps the shipped glossary's patterns short enough for V8 to optimise", () => {
    const { forms, formAt, formsAndLeadIns } = formPatterns(new Set(keys));
    for (const re of [forms, formAt, formsAndLeadIns]) {
      expect(re.source.length).toBeLessThan(FAST_PATTERN_LIMIT);
    }
  });

  it('takes each phrase up to every gap as a lead-in, with what can follow it', () => {
    const { leadIns } = formPatterns(['ice', 'ice pack', 'ice bath', 'peace & love', "t'ai chi"]);
    expect(Object.fromEntries(leadIns)).toEqual({
      ice: { startsWithForm: true, next: 'pb' },
      peace: { startsWithForm: false, next: 'l' },
      t: { startsWithForm: false, next: 'a' },
      "t'ai": { startsWithForm: false, next: 'c' },
    });
  });
});
