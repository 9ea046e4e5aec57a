// Reads a page in small slices of idle time, what is on screen first, and keeps up with changes
// (single-page apps, infinite scroll) in batches, without rescanning a constantly ticking element
// forever.
import type { BlockMatcher, PageScan } from '../terms/matcher';
import type { TermMatch } from '../terms/types';
import type { Container, PageTerm, PageTermIndex } from './page-terms';
import { hiddenByStyle, isInline, skipsText, walkTextBlocks, type TextBlock } from './text-blocks';

/** Longest stretch of work per slice, well under the 50 ms a long task starts at. */
const SLICE_MS = 8;
/** Mutations are gathered this long before the changed parts are read again. */
const SETTLE_MS = 300;
/** An element changed this often within WINDOW_MS is live (a clock, a ticker) and left alone. */
const LIVE_RESCANS = 6;
const WINDOW_MS = 10_000;

export interface Scheduler {
  idle(cb: (deadline: IdleDeadline) => void): void;
  later(cb: () => void, ms: number): void;
  now(): number;
}

export interface ScannerOptions {
  matcher: BlockMatcher;
  index: PageTermIndex;
  scheduler: Scheduler;
  /** Our own UI's host: never read, changes in it ignored. */
  ignore: () => Element | null;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Blocks that gained terms, and made terms that went away, for the painter. */
  onChange: (added: Container[], removed: PageTerm[]) => void;
  /** Everything queued has been read. */
  onIdle: () => void;
}

type Root = Element | ShadowRoot;

/** A text/plain document is one <pre> of prose: read it, unlike code blocks in HTML pages. */
const PLAIN_TEXT = typeof document !== 'undefined' && document.contentType === 'text/plain';

/** The nearest element that starts a block of text (inline elements do not). */
export function blockAncestor(node: Node): Root | null {
  let el: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (el && el.nodeType === 1 && isInline(el as Element)) el = el.parentNode;
  if (!el) return null;
  return el.nodeType === 11 ? (el as ShadowRoot) : el.nodeType === 1 ? (el as Element) : null;
}

export class PageScanner {
  private readonly scan: PageScan;
  private readonly queue: Generator<TextBlock, void, undefined>[] = [];
  private readonly done = new WeakSet<Root>();
  private readonly deferred: { block: TextBlock; matches: TermMatch[] }[] = [];
  private readonly pendingRoots = new Set<Node>();
  private readonly rescans = new WeakMap<Root, number[]>();
  private readonly live = new WeakSet<Root>();
  private readonly observers: MutationObserver[] = [];
  private pumping = false;
  private settleTimer = false;

  constructor(private readonly o: ScannerOptions) {
    this.scan = o.matcher.pageScan();
  }

  /** Starts reading `root`, on-screen blocks first. */
  start(root: Element): void {
    for (const el of this.onScreenBlocks()) this.enqueue(el, false);
    this.enqueue(root, true);
    this.observe(root);
  }

  /** True when nothing is waiting to be read. */
  get idle(): boolean {
    return this.queue.length === 0;
  }

  stop(): void {
    for (const mo of this.observers) mo.disconnect();
    this.queue.length = 0;
  }

  /** Watches an open shadow root for changes too. */
  observe(root: Node): void {
    const mo = new MutationObserver((records) => this.onMutations(records));
    mo.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.push(mo);
  }

  private onScreenBlocks(): Root[] {
    const found = new Set<Root>();
    const { innerWidth: w, innerHeight: h } = window;
    for (let y = 0.1; y < 1; y += 0.2) {
      for (const x of [0.3, 0.5, 0.7]) {
        const el = document.elementFromPoint(w * x, h * y);
        const block = el ? blockAncestor(el) : null;
        if (block && block !== document.body && block !== document.documentElement) {
          found.add(block);
        }
      }
    }
    return [...found];
  }

  /** `skipRead`: pass over elements read already (the on-screen blocks, on the first walk). */
  private enqueue(root: Root, skipRead: boolean): void {
    if (!this.readable(root)) return;
    this.queue.push(
      walkTextBlocks(root, {
        ignore: this.o.ignore(),
        readPre: PLAIN_TEXT,
        onShadowRoot: (shadow) => {
          this.o.onShadowRoot(shadow);
          this.observe(shadow);
        },
        skip: skipRead ? (el) => this.done.has(el) : undefined,
      }),
    );
    this.done.add(root);
    this.pump();
  }

  /** False for a root inside something never read: code, an editor, hidden text, our UI. */
  private readable(root: Root): boolean {
    const ignore = this.o.ignore();
    for (let n: Node | null = root; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n.nodeType === 1 && skipsText(n as Element, ignore, PLAIN_TEXT)) return false;
    }
    return root.nodeType !== 1 || (root as Element).checkVisibility?.() !== false;
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    this.o.scheduler.idle((deadline) => {
      this.pumping = false;
      this.slice(deadline);
    });
  }

  private slice(deadline: IdleDeadline): void {
    const until =
      this.o.scheduler.now() + Math.min(SLICE_MS, Math.max(2, deadline.timeRemaining()));
    const added: Container[] = [];
    const keep = (block: TextBlock, matches: TermMatch[]): void => {
      const container = this.o.index.add(block, matches);
      if (container) added.push(container);
    };
    const wasHealth = this.scan.healthPage;
    while (this.queue.length && this.o.scheduler.now() < until) {
      const walker = this.queue[0];
      const next = walker?.next();
      if (!next || next.done) {
        this.queue.shift();
        continue;
      }
      const block = next.value;
      const result = this.scan.add(block.text);
      if ((result.matches.length || result.ifHealthPage.length) && hiddenByStyle(block.container)) {
        continue;
      }
      keep(block, result.matches);
      if (result.ifHealthPage.length) {
        this.deferred.push({ block, matches: result.ifHealthPage });
      }
    }
    if (!wasHealth && this.scan.healthPage) {
      // The page has turned out to be about health: terms held back for that now count.
      for (const { block, matches } of this.deferred.splice(0)) {
        if (block.nodes.every((n) => n.isConnected)) keep(block, matches);
      }
    }
    if (added.length) this.o.onChange(added, []);
    if (this.queue.length) this.pump();
    else this.o.onIdle();
  }

  private onMutations(records: MutationRecord[]): void {
    const ours = this.o.ignore();
    for (const r of records) {
      if (ours && (r.target === ours || ours.contains(r.target))) continue;
      if (r.type === 'characterData') this.pendingRoots.add(r.target);
      for (const n of r.addedNodes) this.pendingRoots.add(n);
      if (r.removedNodes.length) this.pendingRoots.add(r.target);
    }
    if (!this.pendingRoots.size || this.settleTimer) return;
    this.settleTimer = true;
    this.o.scheduler.later(() => {
      this.settleTimer = false;
      this.rescanPending();
    }, SETTLE_MS);
  }

  private isLive(root: Root): boolean {
    if (this.live.has(root)) return true;
    const now = this.o.scheduler.now();
    const times = (this.rescans.get(root) ?? []).filter((t) => now - t < WINDOW_MS);
    times.push(now);
    this.rescans.set(root, times);
    if (times.length > LIVE_RESCANS) this.live.add(root);
    return this.live.has(root);
  }

  private rescanPending(): void {
    const roots = new Set<Root>();
    for (const node of this.pendingRoots) {
      const start = node.nodeType === 1 && !isInline(node as Element) ? (node as Element) : node;
      const root = blockAncestor(start);
      if (root?.isConnected) roots.add(root);
    }
    this.pendingRoots.clear();
    // Terms whose text left the page go first, wherever they were.
    const removed = this.o.index.removeStale(null);
    // A root inside another changed root is read with it (one walk up each root, not n x n).
    const outermost = [...roots].filter((r) => {
      for (let up = r.parentNode; up; up = up.parentNode) if (roots.has(up as Root)) return false;
      return true;
    });
    for (const root of outermost) {
      if (this.isLive(root)) continue;
      removed.push(...this.o.index.removeStale(root));
      this.enqueue(root, false);
    }
    if (removed.length) this.o.onChange([], removed);
  }
}
