// The scanner reads most text as it is; wherever it does, it must find what the search of the
// normalised text finds. Checked on sentences built from glossary words and awkward separators.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import matchData from '../../../terms/generated/match-data.json';
import { formScanner, type FormHit } from '../../../terms/form-scanner';
import type { MatchEntry } from '../../../terms/types';
import { Vocabulary } from '../../../terms/vocabulary';

const entries = matchData as MatchEntry[];
const scanner = formScanner(entries);
const forms = entries.flatMap((e) => e.aliases.flatMap((a) => [a.text, ...(a.forms ?? [])]));
/** Words of glossary forms, so that phrases are cut, joined and run on in every way. */
const words = [...new Set(forms.flatMap((f) => f.split(/[\s-]+/)))];
const filler = ['the', 'a', 'was', 'and', 'zero', 'term', 'e.g.', '"', '(', ').', 'café', 'x'];
const separators = [' ', ' ', ' ', '  ', '\n', ' \n  ', '-', '\u2010', '\u2013', '\u00a0', '\t'];
const apostrophes = ["'", '\u2019', '\u2018', '\u02bc'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...forms) },
  { weight: 3, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...filler) },
);
const withCase = fc
  .tuple(piece, fc.constantFrom('as is', 'upper', 'title'))
  .map(([w, c]) =>
    c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w,
  );
/** A form's spaces and apostrophes swapped for other separators, as pages write them. */
const respaced = fc
  .tuple(fc.constantFrom(...forms), fc.array(fc.constantFrom(...separators, ...apostrophes)))
  .map(([form, seps]) => {
    let i = 0;
    return form.replace(/[ '-]/g, (c) => seps[i++] ?? c);
  });
const text = fc
  .array(fc.tuple(fc.oneof(withCase, respaced), fc.constantFrom(...separators, ...apostrophes)), {
    maxLength: 12,
  })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('formScanner', () => {
  it('finds what the search of the normalised text finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanner.scan(t)).toEqual(scanner.scanNormalised(t));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    'chronic widespread\npain',
    'low back\n   pain and low-back pain',
    'non-zero and nonsteroidal anti-\ninflammatory drugs',
    'rest,\nice, compression and elevation',
    'PEACE &\nLOVE and PEACE &  LOVE',
    'T\u2019ai chi and t\u2019ai-chi',
    "a doctor\u2019s referral and a doctor's  referral",
    `low back${' '.repeat(200)}pain`,
  ])('%j', (t) => {
    expect(scanner.scan(t)).toEqual(scanner.scanNormalised(t));
  });
});

/** A hit as data (each scanner has its own lazily compiled cues). */
const plain = (hits: readonly FormHit[]) =>
  hits.map(({ start, end, info }) => [start, end, info.entryId, info.alias, info.shape]);

// Each case compiles a scanner of its own: on a busy two-core machine these runs take several
// seconds, and a time limit is no measure of speed here (`npm run bench` is).
describe(
  'formScanner for a short document (patterns of only the forms its text could hold)',
  { timeout: 30_000 },
  () => {
    it('finds what the scanner of every form finds, in the text it was made for', () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(plain(formScanner(entries, { vocabulary: t }).scan(t))).toEqual(
            plain(scanner.scan(t)),
          );
        }),
        { numRuns: 1500 },
      );
    });

    it('and in texts that arrive later, block by block', () => {
      fc.assert(
        fc.property(text, fc.array(text, { minLength: 1, maxLength: 5 }), (first, later) => {
          const short = formScanner(entries, { vocabulary: first });
          for (const t of [first, ...later]) {
            expect(plain(short.scan(t))).toEqual(plain(scanner.scan(t)));
            expect(plain(short.scanNormalised(t))).toEqual(plain(scanner.scanNormalised(t)));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('finds nothing, cheaply, where the text could hold no form', () => {
      const short = formScanner(entries, { vocabulary: '' });
      expect(short.scan('zzz qqq')).toEqual([]);
      const later = 'Gentle stretching eased her DOMS.';
      expect(plain(short.scan(later))).toEqual(plain(scanner.scan(later)));
      expect(plain(short.scan(later))).not.toEqual([]);
    });

    it('keeps only the forms whose lead starts a word of the text', () => {
      const keys = ['doms', 'pt', 'low back pain', "t'ai chi", 'ice', '5 htp', 'écho'];
      const v = new Vocabulary(keys);
      expect([...v.keys]).toEqual(['écho']);
      expect(v.add('My PTs said: rest, please.')).toBe(true);
      expect([...v.keys].sort()).toEqual(['pt', 'écho'].sort());
      v.add('Low back pain? Try t\u2019ai chi.');
      expect([...v.keys].sort()).toEqual(['low back pain', 'pt', "t'ai chi", 'écho'].sort());
      // Inside a word, a lead is no start of a form: "dice", "apt".
      expect(v.add('dice and an apt reply')).toBe(false);
    });
  },
);
