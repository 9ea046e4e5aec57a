// The terms found on a page: each one a DOM Range with its glossary entry, and a lookup from a
// text node to the terms that touch it (for hit-testing the pointer).
import type { BlockMatcher } from '../terms/matcher';
import { locate, type TextBlock } from './text-blocks';

export interface PageTerm {
  range: Range;
  entryId: string;
}

export class PageTermIndex {
  readonly terms: PageTerm[] = [];
  private readonly byNode = new Map<Text, PageTerm[]>();

  add(blocks: readonly TextBlock[], matcher: BlockMatcher): PageTerm[] {
    const added: PageTerm[] = [];
    const found = matcher.findInBlocks(blocks.map((b) => b.text));
    blocks.forEach((block, i) => {
      for (const m of found[i] ?? []) {
        const start = locate(block, m.start, false);
        const end = locate(block, m.end, true);
        const range = new Range();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
        const term = { range, entryId: m.entryId };
        added.push(term);
        const first = block.nodes.indexOf(start.node);
        const last = block.nodes.indexOf(end.node, first);
        for (const node of block.nodes.slice(first, last + 1)) {
          const list = this.byNode.get(node) ?? [];
          list.push(term);
          this.byNode.set(node, list);
        }
      }
    });
    this.terms.push(...added);
    return added;
  }

  /** The term under the viewport point (x, y), if any. */
  at(x: number, y: number): PageTerm | undefined {
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const candidates = this.byNode.get(caret.node as Text);
    if (!candidates) return undefined;
    // The caret snaps to the nearest character, so also check the point is really on the term.
    return candidates.find((t) =>
      Array.from(t.range.getClientRects()).some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      ),
    );
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
