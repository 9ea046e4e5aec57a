// The terms found on a page. Each block of text that holds terms keeps them compactly: its text
// nodes and, per term, two numbers (where it starts and ends in the block's text, and which
// entry it is). Only blocks near the screen get DOM Ranges and term objects (for painting and
// for hit-testing the pointer); the rest are made when asked for (the popup's "show me", the
// shortcuts) and let go when their block moves away. A 5 MB article's 15,000 terms so keep about
// 0.6 MB, where a Range and an object each took about 3 MB.
import type { TermMatch } from '../terms/types';
import { locate, type TextBlock } from './text-blocks';

export type Container = Element | ShadowRoot;

/** A term made into a Range, for the painter, the pointer and the tooltip. */
export interface PageTerm {
  readonly range: Range;
  readonly entryId: string;
  readonly container: Container;
  /** Where it is kept: its block, and where it starts in the block's text. */
  readonly block: BlockTerms;
  readonly start: number;
}

/**
 * The terms of one block of text. Most blocks are one text node: then `nodes` is that node and
 * `starts` is null (arrays cost more than what they hold here).
 */
export interface BlockTerms {
  readonly container: Container;
  readonly nodes: Text | readonly Text[];
  /** Where each of `nodes` starts in the block's text. */
  readonly starts: readonly number[] | null;
  /** Two numbers for each term, by start: where it starts, and where it ends with its entry's
   * number (packed; see `span`). */
  spans: number[];
  /** The terms made while the block is near the screen, by where they start; null when none. */
  made: Map<number, PageTerm> | null;
  /** The container's next block with terms. */
  next: BlockTerms | null;
}

const SPAN = 2;
/** Entry numbers stay below this; `end * ENTRIES + entry` is a small integer for blocks of up to
 * a million characters (longer ones still work, stored as doubles). */
const ENTRIES = 1024;
const endOf = (spans: readonly number[], i: number): number =>
  Math.floor((spans[i * SPAN + 1] as number) / ENTRIES);
const entryOf = (spans: readonly number[], i: number): number =>
  (spans[i * SPAN + 1] as number) % ENTRIES;

export class PageTermIndex {
  /** The first block with terms of each container (the rest follow by `next`). */
  private readonly blocks = new Map<Container, BlockTerms>();
  /** Made terms by each text node they touch (hit-testing). */
  private readonly byNode = new Map<Text, PageTerm[]>();
  private readonly entryIds: string[] = [];
  private readonly entryNumbers = new Map<string, number>();
  private readonly perEntry = new Map<string, number>();
  private ordered: BlockTerms[] | null = null;
  private firsts: PageTerm[] | null = null;
  private total = 0;

  get size(): number {
    return this.total;
  }

  /** Keeps the terms of a block just read; the block's container, or null if none were new. */
  add(block: TextBlock, matches: readonly TermMatch[]): Container | null {
    const first = block.nodes[0];
    if (!matches.length || !first) return null;
    const known = this.blocks.get(block.container) ?? null;
    // A block can be read twice (a late paragraph seen by the first walk and by its mutation).
    let kept = known;
    while (kept && firstNode(kept) !== first) kept = kept.next;
    if (!kept) {
      const single = block.nodes.length === 1;
      kept = {
        container: block.container,
        // Copies of exactly their length: the reader's arrays grew as it went.
        nodes: single ? first : block.nodes.slice(),
        starts: single ? null : block.starts.slice(),
        spans: [],
        made: null,
        next: known,
      };
      this.blocks.set(block.container, kept);
      this.ordered = null;
    }
    const spans = kept.spans.length ? kept.spans : new Array<number>(matches.length * SPAN);
    const before = kept.spans.length;
    let length = before;
    for (const m of matches) {
      const at = placeOf(spans, m.start, length);
      if (at * SPAN < length && spans[at * SPAN] === m.start) continue;
      const packed = m.end * ENTRIES + this.entryNumber(m.entryId);
      if (at * SPAN === length && length < spans.length) {
        spans[length] = m.start;
        spans[length + 1] = packed;
      } else spans.splice(at * SPAN, 0, m.start, packed);
      length += SPAN;
      this.perEntry.set(m.entryId, (this.perEntry.get(m.entryId) ?? 0) + 1);
      this.total++;
    }
    if (spans.length > length) spans.length = length;
    if (length === before) return null;
    kept.spans = spans;
    this.firsts = null;
    return kept.container;
  }

  /**
   * The terms of `el`'s blocks (and of its shadow root's), as Ranges: made now where they are
   * not yet, kept until `release`.
   */
  terms(el: Container): PageTerm[] {
    const out: PageTerm[] = [];
    for (const block of this.blocksOf(el)) {
      for (let i = 0; i < block.spans.length; i += SPAN) {
        const term = this.termAt(block, i / SPAN, true);
        if (term) out.push(term);
      }
    }
    return out;
  }

  /** Lets go of the terms made for `el`'s blocks; returns them (to unpaint). */
  release(el: Container): PageTerm[] {
    const out: PageTerm[] = [];
    for (const block of this.blocksOf(el)) out.push(...this.unmake(block));
    return out;
  }

  /** Drops the blocks `test` picks; returns their made terms (to unpaint). */
  removeWhere(test: (block: BlockTerms) => boolean): PageTerm[] {
    const out: PageTerm[] = [];
    for (const [container, head] of this.blocks) {
      let first: BlockTerms | null = head;
      let changed = false;
      for (let block: BlockTerms | null = head, before: BlockTerms | null = null; block;) {
        const next: BlockTerms | null = block.next;
        if (!test(block)) {
          before = block;
          block = next;
          continue;
        }
        changed = true;
        out.push(...this.unmake(block));
        for (let i = 0; i < block.spans.length / SPAN; i++) {
          const id = this.entryIds[entryOf(block.spans, i)] as string;
          const left = (this.perEntry.get(id) ?? 0) - 1;
          if (left > 0) this.perEntry.set(id, left);
          else this.perEntry.delete(id);
          this.total--;
        }
        if (before) before.next = next;
        else first = next;
        block = next;
      }
      if (!changed) continue;
      this.ordered = null;
      this.firsts = null;
      if (first) this.blocks.set(container, first);
      else this.blocks.delete(container);
    }
    return out;
  }

  /** Blocks inside `root` (a re-read element), or whose text has left the page. */
  removeStale(root: Node | null): PageTerm[] {
    return this.removeWhere(
      (b) =>
        (b.nodes instanceof Text ? !b.nodes.isConnected : b.nodes.some((n) => !n.isConnected)) ||
        (root !== null && root.contains(firstNode(b))),
    );
  }

  /** The first occurrence of each entry, in document order (made for painting, not kept). */
  firstOfEach(): PageTerm[] {
    if (this.firsts) return this.firsts;
    const seen = new Set<number>();
    const out: PageTerm[] = [];
    for (const block of this.inOrder()) {
      for (let i = 0; i < block.spans.length / SPAN; i++) {
        const entry = entryOf(block.spans, i);
        if (seen.has(entry)) continue;
        seen.add(entry);
        const term = this.termAt(block, i);
        if (term) out.push(term);
      }
    }
    this.firsts = out;
    return out;
  }

  /** The next occurrence of `entryId` after `after` in document order, or its first. */
  nextOf(entryId: string, after: PageTerm | null): PageTerm | undefined {
    const entry = this.entryNumbers.get(entryId);
    if (entry === undefined) return undefined;
    const order = this.inOrder();
    const from = after ? order.indexOf(after.block) : -1;
    const at = (block: BlockTerms, from: number): number => {
      for (let i = from; i < block.spans.length / SPAN; i++) {
        if (entryOf(block.spans, i) === entry) return i;
      }
      return -1;
    };
    if (after && from >= 0) {
      const here = at(after.block, placeOf(after.block.spans, after.start) + 1);
      if (here >= 0) return this.termAt(after.block, here);
    }
    for (let k = 1; k <= order.length; k++) {
      const block = order[(from + k + order.length) % order.length] as BlockTerms;
      const i = at(block, 0);
      if (i >= 0) return this.termAt(block, i);
    }
    return undefined;
  }

  /** The term `direction` (1 or -1) from the one at `from` (wrapping), or the first or last. */
  step(from: Range | null, direction: 1 | -1): PageTerm | undefined {
    const order = this.inOrder();
    if (!order.length) return undefined;
    const place = from ? this.placeOf(from) : null;
    let b = place ? order.indexOf(place.block) : -1;
    let i = place ? place.i + direction : -1;
    if (b < 0) {
      b = direction === 1 ? 0 : order.length - 1;
      const block = order[b] as BlockTerms;
      i = direction === 1 ? 0 : block.spans.length / SPAN - 1;
    }
    for (let guard = 0; guard <= order.length; guard++) {
      const block = order[b] as BlockTerms;
      if (i >= 0 && i < block.spans.length / SPAN) return this.termAt(block, i);
      b = (b + direction + order.length) % order.length;
      const next = order[b] as BlockTerms;
      i = direction === 1 ? 0 : next.spans.length / SPAN - 1;
    }
    return undefined;
  }

  counts(): { entryId: string; count: number }[] {
    return [...this.perEntry]
      .map(([entryId, count]) => ({ entryId, count }))
      .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
  }

  /** The term under the viewport point (x, y), if any. */
  at(x: number, y: number): PageTerm | undefined {
    const caret = caretAt(x, y);
    if (!caret || caret.nodeType !== Node.TEXT_NODE) return undefined;
    let candidates = this.byNode.get(caret as Text);
    if (!candidates) {
      // The screen moved faster than the blocks near it were told: make this one's terms now.
      const container = this.containerOf(caret);
      if (!container) return undefined;
      this.terms(container);
      candidates = this.byNode.get(caret as Text);
    }
    // The caret snaps to the nearest character, so also check the point is really on the term.
    return candidates?.find((t) =>
      Array.from(t.range.getClientRects()).some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      ),
    );
  }

  /** The first term inside `el` (for keyboard focus landing on a link that holds one). */
  firstWithin(el: Element): PageTerm | undefined {
    const own = this.containerOf(el);
    const blocks = own
      ? this.blocksOf(own)
      : this.inOrder().filter((b) => el.contains(b.container));
    for (const block of blocks) {
      for (let i = 0; i < block.spans.length / SPAN; i++) {
        const start = locateIn(block, block.spans[i * SPAN] as number, false);
        if (el.contains(start.node)) return this.termAt(block, i, own !== null);
      }
    }
    return undefined;
  }

  /** Blocks in document order (they mostly arrive in it, which keeps the sort short). */
  private inOrder(): BlockTerms[] {
    this.ordered ??= [...this.blocks.values()]
      .flatMap(chain)
      .sort((a, b) => compareNodes(firstNode(a), firstNode(b)));
    return this.ordered;
  }

  private blocksOf(el: Container): BlockTerms[] {
    const own = chain(this.blocks.get(el) ?? null);
    const shadow = el.nodeType === 1 ? (el as HTMLElement).shadowRoot : null;
    return shadow ? [...own, ...chain(this.blocks.get(shadow) ?? null)] : own;
  }

  /** The container of kept blocks that holds `node`, if any. */
  private containerOf(node: Node): Container | null {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (this.blocks.has(n as Container)) return n as Container;
    }
    return null;
  }

  /** The block and place of the term a Range was made for. */
  private placeOf(range: Range): { block: BlockTerms; i: number } | null {
    const container = this.containerOf(range.startContainer);
    for (const block of chain(container ? (this.blocks.get(container) ?? null) : null)) {
      for (let i = 0; i < block.spans.length / SPAN; i++) {
        const start = locateIn(block, block.spans[i * SPAN] as number, false);
        if (start.node === range.startContainer && start.offset === range.startOffset) {
          return { block, i };
        }
      }
    }
    return null;
  }

  /** The made term at a place, or one made for the moment (kept and registered when `keep`). */
  private termAt(block: BlockTerms, i: number, keep = false): PageTerm | undefined {
    const start = block.spans[i * SPAN] as number;
    const made = block.made?.get(start);
    if (made) return made;
    const term = this.make(block, i);
    if (term && keep) {
      (block.made ??= new Map()).set(start, term);
      this.register(term);
    }
    return term;
  }

  private make(block: BlockTerms, i: number): PageTerm | undefined {
    const start = locateIn(block, block.spans[i * SPAN] as number, false);
    const end = locateIn(block, endOf(block.spans, i), true);
    const range = new Range();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      // The text changed since it was read; it is read again once the change settles.
      return undefined;
    }
    const entryId = this.entryIds[entryOf(block.spans, i)] as string;
    return {
      range,
      entryId,
      container: block.container,
      block,
      start: block.spans[i * SPAN] as number,
    };
  }

  private register(term: PageTerm): void {
    const nodes = nodesOf(term.block);
    const first = nodes.indexOf(term.range.startContainer as Text);
    const last = nodes.indexOf(term.range.endContainer as Text, first);
    for (const node of nodes.slice(first, last + 1)) {
      const list = this.byNode.get(node);
      if (!list) this.byNode.set(node, [term]);
      else if (!list.includes(term)) list.push(term);
    }
  }

  private unmake(block: BlockTerms): PageTerm[] {
    if (!block.made) return [];
    const made = [...block.made.values()];
    block.made = null;
    for (const node of nodesOf(block)) {
      const rest = this.byNode.get(node)?.filter((t) => t.block !== block);
      if (rest?.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    return made;
  }

  private entryNumber(entryId: string): number {
    let n = this.entryNumbers.get(entryId);
    if (n === undefined) {
      if (this.entryIds.length === ENTRIES) throw new Error('PT Lens: too many glossary entries');
      n = this.entryIds.push(entryId) - 1;
      this.entryNumbers.set(entryId, n);
    }
    return n;
  }
}

/** The place (in terms) of the first span of `spans` (its first `length` numbers) that starts at
 * or after `start`. */
function placeOf(spans: readonly number[], start: number, length = spans.length): number {
  let lo = 0;
  let hi = length / SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid * SPAN] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const nodesOf = (b: BlockTerms): readonly Text[] => (b.nodes instanceof Text ? [b.nodes] : b.nodes);
const firstNode = (b: BlockTerms): Text =>
  b.nodes instanceof Text ? b.nodes : (b.nodes[0] as Text);

/** The blocks of a container, from its first. */
function chain(first: BlockTerms | null): BlockTerms[] {
  const out: BlockTerms[] = [];
  for (let b = first; b; b = b.next) out.push(b);
  return out;
}

/** The text node and offset of a block offset. */
function locateIn(b: BlockTerms, offset: number, isEnd: boolean): { node: Text; offset: number } {
  if (b.nodes instanceof Text) return { node: b.nodes, offset };
  return locate({ nodes: b.nodes, starts: b.starts ?? [0] }, offset, isEnd);
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

/** Document order of two nodes, also when one is inside a shadow root. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() !== b.getRootNode()) {
    const na = lift(a, document);
    const nb = lift(b, document);
    if (na === nb) return 0;
    return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Document order of two ranges, also when one is inside a shadow root. */
export function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  if (ra === b.startContainer.getRootNode())
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  return compareNodes(a.startContainer, b.startContainer);
}

function caretAt(x: number, y: number): Node | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer;
}
