// The terms found on a page: each one a DOM Range with its glossary entry, kept in document
// order, with a lookup from a text node to the terms that touch it (for hit-testing the pointer).
import type { TermMatch } from '../terms/types';
import { locate, type TextBlock } from './text-blocks';

export interface PageTerm {
  range: Range;
  entryId: string;
  container: Element | ShadowRoot;
  nodes: Text[];
  /** Where the term started in its first text node when found (ranges move as text changes). */
  startOffset: number;
}

export class PageTermIndex {
  private readonly all = new Set<PageTerm>();
  private readonly byNode = new Map<Text, PageTerm[]>();
  private readonly byContainer = new Map<Element | ShadowRoot, Set<PageTerm>>();
  private ordered: PageTerm[] | null = null;
  /** Where terms start in each text node, so the same term is never added twice. */
  private readonly startsIn = new Map<Text, Set<number>>();

  get size(): number {
    return this.all.size;
  }

  add(block: TextBlock, matches: readonly TermMatch[]): PageTerm[] {
    const added: PageTerm[] = [];
    for (const m of matches) {
      const start = locate(block, m.start, false);
      const end = locate(block, m.end, true);
      // A block can be read twice (a late paragraph seen by the first walk and by its mutation).
      const starts = this.startsIn.get(start.node) ?? new Set<number>();
      if (starts.has(start.offset)) continue;
      starts.add(start.offset);
      this.startsIn.set(start.node, starts);
      const range = new Range();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const first = block.nodes.indexOf(start.node);
      const last = block.nodes.indexOf(end.node, first);
      const nodes = block.nodes.slice(first, last + 1);
      const term: PageTerm = {
        range,
        entryId: m.entryId,
        container: block.container,
        nodes,
        startOffset: start.offset,
      };
      added.push(term);
      this.all.add(term);
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(term);
        else this.byNode.set(node, [term]);
      }
      const inContainer = this.byContainer.get(block.container);
      if (inContainer) inContainer.add(term);
      else this.byContainer.set(block.container, new Set([term]));
    }
    if (added.length) this.ordered = null;
    return added;
  }

  /** The terms whose block is `container` (or whose shadow root's host it is). */
  inContainer(container: Element): PageTerm[] {
    const direct = this.byContainer.get(container);
    const shadow = (container as HTMLElement).shadowRoot;
    const inShadow = shadow ? this.byContainer.get(shadow) : undefined;
    return [...(direct ?? []), ...(inShadow ?? [])];
  }

  /** Removes the terms that `test` picks and returns them. */
  removeWhere(test: (term: PageTerm) => boolean): PageTerm[] {
    const removed = [...this.all].filter(test);
    for (const term of removed) {
      this.all.delete(term);
      this.startsIn.get(term.nodes[0] as Text)?.delete(term.startOffset);
      this.byContainer.get(term.container)?.delete(term);
      for (const node of term.nodes) {
        const rest = this.byNode.get(node)?.filter((t) => t !== term) ?? [];
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    if (removed.length) this.ordered = null;
    return removed;
  }

  /** Terms inside `root` (a re-read element), or whose text has left the page. */
  removeStale(root: Node | null): PageTerm[] {
    return this.removeWhere(
      (t) =>
        t.nodes.some((n) => !n.isConnected) ||
        (root !== null && t.nodes.some((n) => root.contains(n))),
    );
  }

  /** All terms in document order. */
  inOrder(): PageTerm[] {
    this.ordered ??= [...this.all].sort((a, b) => compareRanges(a.range, b.range));
    return this.ordered;
  }

  /** The first occurrence of each entry, in document order. */
  firstOfEach(): PageTerm[] {
    const seen = new Set<string>();
    return this.inOrder().filter((t) => !seen.has(t.entryId) && !!seen.add(t.entryId));
  }

  counts(): { entryId: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const t of this.all) counts.set(t.entryId, (counts.get(t.entryId) ?? 0) + 1);
    return [...counts]
      .map(([entryId, count]) => ({ entryId, count }))
      .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
  }

  /** The term under the viewport point (x, y), if any. */
  at(x: number, y: number): PageTerm | undefined {
    const caret = caretAt(x, y);
    if (!caret || caret.nodeType !== Node.TEXT_NODE) return undefined;
    const candidates = this.byNode.get(caret as Text);
    // The caret snaps to the nearest character, so also check the point is really on the term.
    return candidates?.find((t) =>
      Array.from(t.range.getClientRects()).some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      ),
    );
  }

  /** The first term inside `el` (for keyboard focus landing on a link that holds a term). */
  firstWithin(el: Element): PageTerm | undefined {
    return this.inOrder().find((t) => el.contains(t.nodes[0] ?? null));
  }
}

/** The node's place in the page: shadow-tree nodes are placed where their host is. */
function lift(node: Node, toRoot: Node): Node {
  let n = node;
  while (n.getRootNode() !== toRoot) {
    const root = n.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    n = root.host;
  }
  return n;
}

/** Document order of two ranges, also when one is inside a shadow root. */
export function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  if (ra === b.startContainer.getRootNode())
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  const na = lift(a.startContainer, document);
  const nb = lift(b.startContainer, document);
  if (na === nb) return 0;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function caretAt(x: number, y: number): Node | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer;
}
