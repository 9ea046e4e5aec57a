// A word with another common sense is marked only where the page means ours: both senses of every
// ambiguous alias, in sentences written for the project, read on a page that is about health
// (where the wrong sense is most likely to be explained).
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { glossaryMatcher } from '../../../terms/glossary-matcher';
import { SENSES as conditions } from './senses/conditions';
import { SENSES as medications } from './senses/medications';
import { SENSES as others } from './senses/others';
import { SENSES as treatments } from './senses/treatments';
import type { SenseCase } from './senses/types';

const CASES: SenseCase[] = [...treatments, ...conditions, ...medications, ...others];
const matcher = glossaryMatcher();
/** Another block of the page: two clear terms, so the page counts as being about health. */
const HEALTH_PAGE = 'Osteoarthritis and fibromyalgia are common causes of chronic pain.';

/** What the matcher marks the word as, in the sentence, on a health page (null: unmarked). */
function markedAs({ text, word }: SenseCase): string | null {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in "${text}"`);
  const [marks = []] = matcher.findInBlocks([text, HEALTH_PAGE]);
  const hit = marks.find((m) => m.start <= at && m.end >= at + word.length);
  return hit?.entryId ?? null;
}

describe('a word is explained only in the sense the sentence means', () => {
  it.each(CASES.map((c) => [c.entry ?? 'nothing', c.text, c] as const))(
    'marks %s in "%s"',
    (_entry, _text, c) => {
      expect(markedAs(c)).toBe(c.entry);
    },
  );
});

describe('the tables cover every word with two senses', () => {
  const ambiguous = GLOSSARY.flatMap((e) =>
    e.aliases.filter((a) => a.ambiguous).map((a) => ({ id: e.id, alias: a.text })),
  );
  const said = (id: string | null, alias: string): boolean =>
    CASES.some(
      (c) => c.entry === id && c.word.toLowerCase().startsWith(alias.toLowerCase().slice(0, -1)),
    );

  it.each(ambiguous.map((a) => [a.id, a.alias] as const))(
    '%s: "%s" has a sentence of each sense',
    (id, alias) => {
      expect(said(id, alias), 'a sentence where it is our sense').toBe(true);
      expect(said(null, alias), 'a sentence where it is the other sense').toBe(true);
    },
  );
});
