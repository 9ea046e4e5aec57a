// The page lens's controller: reads the page, paints the terms, opens tooltips and answers the
// popup's questions about the page (run-on-page.ts starts and stops it).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardEntry, PageTermCount } from '../messaging/protocol';
import type { Settings } from '../settings/model';
import type { BlockMatcher } from '../terms/matcher';
import { Highlighter } from './highlighter';
import { NearViewport } from './near-viewport';
import { PageScanner } from './page-scanner';
import { PageTermIndex, type Container, type PageTerm } from './page-terms';
import { listenForTerms } from './term-input';
import type { Parts, TermUi } from './parts';
import type { TooltipActions } from './tooltip-controller';

/** Each slice of reading may take this long before it yields to the page. */
const SLICE_DEADLINE: IdleDeadline = { didTimeout: false, timeRemaining: () => 8 };

/** Time between two paints of newly found terms, doubling while a page is read, up to a cap. */
const FIRST_GAP_MS = 150;
const MAX_GAP_MS = 2000;
const PAINT_CHUNK = 20_000;

export interface LensOptions {
  ctx: ContentScriptContext;
  matcher: BlockMatcher;
  /** The glossary entry for a term, asked for when its tooltip opens; null: no card to show. */
  entry: (id: string) => Promise<CardEntry | null>;
  settings: Settings;
  actions: TooltipActions;
  /** A term's card was shown to the reader (study mode counts the term as met). */
  onShown?: (entryId: string) => void;
  /** The page has been read once, from top to bottom. */
  onRead?: () => void;
  /** The tooltip part, loaded on the first page that needs it (see parts.ts). */
  loadUi: () => Promise<Parts['term-ui']>;
}

export class LensController {
  private readonly index = new PageTermIndex();
  /** The tooltip and our element on the page, once loaded. */
  private ui: TermUi | null = null;
  private uiLoading: Promise<TermUi> | null = null;
  private stopped = false;
  private stopListening: (() => void) | null = null;
  private read = false;
  private readonly painter: Highlighter;
  private readonly scanner: PageScanner;
  private readonly near = new NearViewport((entered, left) => this.onScroll(entered, left));
  private settings: Settings;
  /** The term the popup last showed, to show the next one of its entry after it. */
  private lastShown: PageTerm | null = null;
  /** Ranges waiting to be painted: the browser re-checks every highlight on each change. */
  private pending: Range[] = [];
  private flushAt = 0;
  private flushGap = FIRST_GAP_MS;
  private flushTimer = false;

  constructor(private readonly o: LensOptions) {
    const { ctx } = o;
    this.settings = o.settings;
    this.painter = new Highlighter(o.settings.highlight);
    this.scanner = new PageScanner({
      matcher: o.matcher,
      index: this.index,
      ignore: () => this.ui?.host.element ?? null,
      onShadowRoot: (root) => this.painter.adoptShadowRoot(root),
      onChange: (added, removed) => this.repaint(added, removed),
      onIdle: () => {
        this.scheduleFlush(true);
        if (!this.read) {
          this.read = true;
          o.onRead?.();
        }
      },
      scheduler: {
        // A task of its own per slice: idle callbacks come too seldom while a big page renders.
        idle: (cb) => ctx.setTimeout(() => cb(SLICE_DEADLINE), 0),
        later: (cb, ms) => ctx.setTimeout(cb, ms),
        now: () => performance.now(),
      },
    });
    ctx.onInvalidated(() => this.stop());
  }

  start(): void {
    this.scanner.start(document.body);
    this.stopListening = listenForTerms({
      ctx: this.o.ctx,
      index: this.index,
      isOverTooltip: (t) => !!this.ui?.tooltip.contains(t),
      isOpen: () => !!this.ui?.tooltip.open,
      open: (term) => this.open(term, false),
      close: () => this.ui?.tooltip.hide(),
    });
  }

  stop(): void {
    this.stopped = true;
    this.stopListening?.();
    this.scanner.stop();
    this.near.stop();
    this.painter.dispose();
    this.ui?.tooltip.hide();
  }

  applySettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    this.painter.setStyle(settings.highlight);
    this.ui?.tooltip.setLook(settings);
    if (before.occurrences !== settings.occurrences) {
      this.painter.clear();
      this.pending =
        settings.occurrences === 'first'
          ? []
          : this.near.nearby().flatMap((el) => this.index.terms(el).map((t) => t.range));
      this.scheduleFlush(true);
    }
  }

  /** Each term on the page with how often it occurs, most frequent first. */
  counts(): PageTermCount[] {
    return this.index.counts();
  }

  /** Scrolls to the next occurrence of an entry and opens its tooltip (from the popup). */
  showEntry(entryId: string): boolean {
    const term = this.index.nextOf(entryId, this.lastShown);
    if (!term) return false;
    this.lastShown = term;
    this.reveal(term);
    return true;
  }

  /** Moves to the next (1) or previous (-1) term and opens its tooltip (keyboard shortcut). */
  walk(direction: 1 | -1): void {
    const current = this.ui?.tooltip.open?.range ?? null;
    if (this.settings.occurrences !== 'first') {
      const term = this.index.step(current, direction);
      if (term) this.reveal(term);
      return;
    }
    const terms = this.index.firstOfEach();
    if (!terms.length) return;
    let at = current ? terms.findIndex((t) => sameStart(t.range, current)) : -1;
    at = at < 0 ? (direction === 1 ? 0 : terms.length - 1) : at + direction;
    this.reveal(terms[(at + terms.length) % terms.length] as PageTerm);
  }

  private reveal(term: PageTerm): void {
    const el = term.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.open(term, true);
  }

  /** Opens a card; one opened by focus (the popup's jump, the walk) marks its occurrence too. */
  private open(term: PageTerm, focus: boolean): void {
    if (this.stopped) return;
    // A card that cannot open (no entry, the part failed to load) leaves the page as it was.
    void Promise.all([this.o.entry(term.entryId), this.loadUi()])
      .then(async ([entry, ui]) => {
        if (!entry || this.stopped) return;
        await ui.tooltip.show(term.range, entry, { focus });
        this.painter.setCurrent(focus ? term.range : null);
        this.o.onShown?.(entry.id);
      })
      .catch(() => undefined);
  }

  /** The tooltip part: fetched once, when the page first shows a term (or a tooltip is asked). */
  private loadUi(): Promise<TermUi> {
    this.uiLoading ??= this.o.loadUi().then((create) => {
      this.ui = create(this.o.ctx, {
        ...this.o.actions,
        onHidden: () => this.painter.setCurrent(null),
      });
      this.ui.tooltip.setLook(this.settings);
      return this.ui;
    });
    // If it could not load, a later request tries again.
    this.uiLoading.catch(() => (this.uiLoading = null));
    return this.uiLoading;
  }

  private repaint(added: Container[], removed: PageTerm[]): void {
    this.unpaint(removed.map((t) => t.range));
    // Terms near the screen are made into Ranges and painted; the rest are kept compactly until
    // the reader scrolls to them.
    const firstOnly = this.settings.occurrences === 'first';
    for (const container of added) {
      this.near.watch(container);
      if (!this.near.isNear(container)) continue;
      const terms = this.index.terms(container);
      if (!firstOnly) for (const t of terms) this.pending.push(t.range);
    }
    if (this.pending.length || (firstOnly && added.length)) this.scheduleFlush();
    const open = this.ui?.tooltip.open;
    if (open && removed.some((t) => t.range === open.range)) this.ui?.tooltip.hide();
    // A page with terms will likely have one pointed at: have the tooltip ready by then.
    if (added.length && !this.uiLoading) {
      // Only a head start: a failed load is tried again when a card is opened.
      this.o.ctx.setTimeout(() => void this.loadUi().catch(() => undefined), 0);
    }
  }

  /** Blocks came near the screen or left it: paint or unpaint their terms. */
  private onScroll(entered: Element[], left: Element[]): void {
    // The first occurrences stay painted wherever they are; the pointer still finds every term
    // near the screen.
    const firstOnly = this.settings.occurrences === 'first';
    for (const el of left) {
      const gone = this.index.release(el);
      if (!firstOnly) this.unpaint(gone.map((t) => t.range));
    }
    for (const el of entered) {
      const terms = this.index.terms(el);
      if (!firstOnly) for (const t of terms) this.pending.push(t.range);
    }
    if (this.pending.length) this.scheduleFlush(true);
  }

  private unpaint(ranges: Range[]): void {
    if (!ranges.length) return;
    const gone = new Set(ranges);
    this.pending = this.pending.filter((r) => !gone.has(r));
    this.painter.unpaint(ranges);
  }

  /**
   * Paints what is waiting: the first terms at once (the screen fills straight away), then at
   * growing intervals while a big page is still being read, and the rest as soon as reading is
   * done. Each change to a highlight makes the browser re-check all of its ranges, so a page with
   * 100,000 terms must not be repainted every few milliseconds.
   */
  private scheduleFlush(now = false): void {
    if (this.flushTimer && !now) return;
    this.flushTimer = true;
    const wait = now ? 0 : Math.max(0, this.flushAt + this.flushGap - performance.now());
    this.o.ctx.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.flushTimer = false;
    this.flushAt = performance.now();
    this.flushGap = Math.min(MAX_GAP_MS, this.flushGap * 2);
    if (this.settings.occurrences === 'first') {
      // The first occurrence of an entry can change as more of the page is read: once per
      // flush, not once per slice, the firsts are worked out again.
      this.pending = [];
      this.painter.clear();
      this.painter.paint(this.index.firstOfEach().map((t) => t.range));
      return;
    }
    if (!this.pending.length) return;
    // Adding ranges costs script time too: at most PAINT_CHUNK per task.
    const chunk = this.pending.splice(0, PAINT_CHUNK);
    this.painter.paint(chunk);
    if (this.pending.length) this.scheduleFlush(this.scanner.idle);
  }
}

/** Whether two ranges start at the same place (a term made again is a new Range). */
function sameStart(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset;
}
