// Finds the glossary terms in the guide's text once, as segments: [section][block][item].
import { useEffect, useState } from 'preact/hooks';
import type { GuideSection } from '../../guide/types';
import { glossaryMatcher } from '../../terms/glossary-matcher';
import type { BlockMatcher } from '../../terms/matcher';
import { linkSegments, type Segment } from './link-segments';

export type GuideLinks = ReadonlyMap<string, Segment[][][]>;

const textsOf = (section: GuideSection): string[][] =>
  section.blocks.map((b) => (b.kind === 'p' ? [b.text] : b.items));

/** Each term is a link the first time it appears in each section. */
export function linkGuide(sections: readonly GuideSection[], matcher: BlockMatcher): GuideLinks {
  const texts = sections.map(textsOf);
  // One call for the whole guide, so ambiguous words are judged with the whole guide as context.
  const found = matcher.findInBlocks(texts.flat(2));
  let at = 0;
  return new Map(
    sections.map((section, s) => {
      const linked = new Set<string>();
      const blocks = (texts[s] ?? []).map((items) =>
        items.map((text) => linkSegments(text, found[at++] ?? [], linked)),
      );
      return [section.id, blocks];
    }),
  );
}

const cache = new WeakMap<readonly GuideSection[], GuideLinks>();

/**
 * The guide's links, found just after the first paint: building the matcher takes a moment, and
 * the text should not wait for it. Until then the text shows plain.
 */
export function useGuideLinks(sections: readonly GuideSection[]): GuideLinks | null {
  const [links, setLinks] = useState<GuideLinks | null>(cache.get(sections) ?? null);
  useEffect(() => {
    if (links) return;
    const timer = setTimeout(() => {
      const found = cache.get(sections) ?? linkGuide(sections, glossaryMatcher());
      cache.set(sections, found);
      setLinks(found);
    }, 0);
    return () => clearTimeout(timer);
  }, [links, sections]);
  return links;
}
