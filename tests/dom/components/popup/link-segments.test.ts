// Guide text cut into plain runs and term runs, each term linked once per section.
import { describe, expect, it } from 'vitest';
import { linkGuide } from '../../../../components/popup/guide-links';
import { linkSegments } from '../../../../components/popup/link-segments';
import { GUIDE_SECTIONS } from '../../../../guide/sections';
import { glossaryMatcher } from '../../../../terms/glossary-matcher';

describe('linkSegments', () => {
  const text = 'DOMS and NSAIDs, then DOMS again.';
  const matches = [
    { start: 0, end: 4, entryId: 'doms', alias: 'DOMS' },
    { start: 9, end: 15, entryId: 'nsaid', alias: 'NSAID' },
    { start: 22, end: 26, entryId: 'doms', alias: 'DOMS' },
  ];

  it('keeps every character, in order', () => {
    const segments = linkSegments(text, matches);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('links a term only the first time it appears', () => {
    expect(linkSegments(text, matches)).toEqual([
      { text: 'DOMS', entryId: 'doms' },
      { text: ' and ' },
      { text: 'NSAIDs', entryId: 'nsaid' },
      { text: ', then DOMS again.' },
    ]);
  });

  it('shares what is already linked across the texts of a section', () => {
    const linked = new Set(['nsaid']);
    const segments = linkSegments(text, matches, linked);
    expect(segments.filter((s) => s.entryId).map((s) => s.entryId)).toEqual(['doms']);
    expect(linked).toEqual(new Set(['nsaid', 'doms']));
  });

  it('returns plain text when nothing matches', () => {
    expect(linkSegments('plain words', [])).toEqual([{ text: 'plain words' }]);
  });
});

describe('linkGuide', () => {
  it('links the glossary terms of the real guide, losing no text', () => {
    const links = linkGuide(GUIDE_SECTIONS, glossaryMatcher());
    const why = links.get('why-it-hurts') ?? [];
    const ids = why.flat(2).flatMap((s) => (s.entryId ? [s.entryId] : []));
    expect(ids).toContain('doms');
    expect(new Set(ids).size).toBe(ids.length);
    GUIDE_SECTIONS.forEach((section) => {
      section.blocks.forEach((block, b) => {
        const texts = block.kind === 'p' ? [block.text] : block.items;
        texts.forEach((t, i) => {
          const segs = links.get(section.id)?.[b]?.[i] ?? [];
          expect(segs.map((s) => s.text).join('')).toBe(t);
        });
      });
    });
  });
});
