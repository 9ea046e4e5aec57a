// Splits guide text into plain runs and glossary-term runs, so terms can become buttons.
import type { TermMatch } from '../../terms/types';

export interface Segment {
  text: string;
  /** Present when this run is a glossary term that should open its entry. */
  entryId?: string;
}

/**
 * Cuts `text` at the matches (sorted, non-overlapping). A term already in `linked` stays plain
 * text, so each term is a link only the first time it appears in a section; new ones are added.
 */
export function linkSegments(
  text: string,
  matches: readonly TermMatch[],
  linked: Set<string> = new Set(),
): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const plain = (to: number): void => {
    if (to <= at) return;
    const last = out[out.length - 1];
    const piece = text.slice(at, to);
    if (last && !last.entryId) last.text += piece;
    else out.push({ text: piece });
    at = to;
  };
  for (const m of matches) {
    if (m.start < at || m.end > text.length || linked.has(m.entryId)) continue;
    plain(m.start);
    out.push({ text: text.slice(m.start, m.end), entryId: m.entryId });
    linked.add(m.entryId);
    at = m.end;
  }
  plain(text.length);
  return out;
}
