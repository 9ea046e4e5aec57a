import { afterEach, describe, expect, it } from 'vitest';
import { PageTermIndex } from '../../../content/page-terms';
import { collectTextBlocks, type TextBlock } from '../../../content/text-blocks';
import type { TermMatch } from '../../../terms/types';

/** The page's blocks, with a match for every word of `words` found in them. */
function read(markup: string, words: Record<string, string>): [TextBlock, TermMatch[]][] {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').body;
  document.body.replaceChildren(...parsed.childNodes);
  return collectTextBlocks(document.body).map((block) => {
    const matches: TermMatch[] = [];
    for (const [word, entryId] of Object.entries(words)) {
      for (const m of block.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
        matches.push({ start: m.index, end: m.index + word.length, entryId, alias: word });
      }
    }
    return [block, matches.sort((a, b) => a.start - b.start)];
  });
}

const WORDS = { DOMS: 'doms', TENS: 'tens', rheumatoid: 'ra' };
const text = (terms: { range: Range }[]): string[] => terms.map((t) => t.range.toString());

afterEach(() => document.body.replaceChildren());

describe('PageTermIndex', () => {
  it('keeps terms compactly and makes Ranges only for the blocks asked for', () => {
    const index = new PageTermIndex();
    const blocks = read('<p id="a">DOMS and <em>TENS</em></p><p id="b">DOMS again</p>', WORDS);
    const containers = blocks.map(([b, m]) => index.add(b, m));
    expect(containers.map((c) => (c as Element).id)).toEqual(['a', 'b']);
    expect(index.size).toBe(3);
    expect(index.counts()).toEqual([
      { entryId: 'doms', count: 2 },
      { entryId: 'tens', count: 1 },
    ]);
    const a = document.getElementById('a') as Element;
    const made = index.terms(a);
    expect(text(made)).toEqual(['DOMS', 'TENS']);
    // Asked again: the same terms, not new ones.
    expect(index.terms(a)).toEqual(made);
    expect(index.release(a)).toEqual(made);
    expect(index.release(a)).toEqual([]);
  });

  it('adds a block read twice once, and terms held back for it later in their place', () => {
    const index = new PageTermIndex();
    const [[block, matches]] = read('<p>TENS, then DOMS, then TENS</p>', WORDS) as [
      [TextBlock, TermMatch[]],
    ];
    const doms = matches.filter((m) => m.entryId === 'doms');
    const tens = matches.filter((m) => m.entryId === 'tens');
    expect(index.add(block, doms)).toBe(block.container);
    expect(index.add(block, doms)).toBeNull();
    expect(index.add(block, tens)).toBe(block.container);
    expect(index.size).toBe(3);
    expect(text(index.terms(block.container))).toEqual(['TENS', 'DOMS', 'TENS']);
  });

  it('drops blocks whose text left the page or was re-read, and their made terms', () => {
    const index = new PageTermIndex();
    for (const [b, m] of read('<p id="a">DOMS</p><div id="d"><p id="b">TENS</p></div>', WORDS)) {
      index.add(b, m);
    }
    const b = document.getElementById('b') as Element;
    const made = index.terms(b);
    expect(index.removeStale(document.getElementById('d'))).toEqual(made);
    expect(index.counts()).toEqual([{ entryId: 'doms', count: 1 }]);
    document.getElementById('a')?.firstChild?.remove();
    expect(index.removeStale(null)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('walks the terms in document order, and finds the next of an entry', () => {
    const index = new PageTermIndex();
    const blocks = read(
      '<p id="a">DOMS, TENS</p><p id="b">rheumatoid</p><p id="c">DOMS</p>',
      WORDS,
    );
    // Read out of order, as on-screen blocks are read first.
    for (const [b, m] of [blocks[2], blocks[0], blocks[1]] as [TextBlock, TermMatch[]][]) {
      index.add(b, m);
    }
    expect(text(index.firstOfEach())).toEqual(['DOMS', 'TENS', 'rheumatoid']);
    const first = index.step(null, 1);
    const second = index.step(first?.range ?? null, 1);
    const last = index.step(null, -1);
    expect([first, second, last].map((t) => t?.container && (t.container as Element).id)).toEqual([
      'a',
      'a',
      'c',
    ]);
    expect(second?.entryId).toBe('tens');
    // Wraps round.
    expect(index.step(last?.range ?? null, 1)?.range.toString()).toBe('DOMS');
    const doms = index.nextOf('doms', null);
    const next = index.nextOf('doms', doms ?? null);
    expect((next?.container as Element).id).toBe('c');
    expect((index.nextOf('doms', next ?? null)?.container as Element).id).toBe('a');
    expect(index.nextOf('nsaid', null)).toBeUndefined();
  });

  it('finds the first term inside an element, for keyboard focus', () => {
    const index = new PageTermIndex();
    for (const [b, m] of read('<p>See <a id="l" href="#">DOMS and TENS</a> here</p>', WORDS)) {
      index.add(b, m);
    }
    const link = document.getElementById('l') as Element;
    expect(index.firstWithin(link)?.range.toString()).toBe('DOMS');
  });
});
