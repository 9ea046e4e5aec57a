// The page side of the page bench, run in the page's main world: counts painted highlights each
// frame, records long animation frames, and runs a baseline (mark.js or one RegExp) at load.

export type Baseline = 'none' | 'mark' | 'reference';

export interface ProbeOptions {
  /** Highlight names whose sizes are summed each frame. */
  names: string[];
  baseline: Baseline;
  /** The forms the baselines look for, longest first. */
  forms: string[];
}

export interface FrameRecord {
  startTime: number;
  duration: number;
  blockingDuration: number;
  /** From the frame's start to its rendering update: the tasks' share of the frame. */
  taskMs: number;
}

export interface ProbeState {
  /** [seen at, total highlight size, painted at] each time the total changes. Seen at: the
   * animation frame that noticed it; painted at: the first task after that frame's rendering. */
  changes: [number, number, number][];
  frames: FrameRecord[];
  /** Baselines: when their work began and ended, when its result was on screen (the first task
   * after the next frame's rendering), and what they found. */
  baselineStart?: number;
  baselineEnd?: number;
  baselinePainted?: number;
  baselineHits?: number;
  error?: string;
}

/** Window with the probe's state and mark.js (when injected). */
interface ProbeWindow {
  __ptBench?: ProbeState;
  Mark?: new (ctx: Element) => {
    mark(forms: string[], options: Record<string, unknown>): void;
  };
}

/** A long animation frame. Its `scripts` never name extension code (Chromium leaves it out), so
 * frames are told apart by when they happen instead. */
interface LoafEntry extends PerformanceEntry {
  blockingDuration?: number;
  renderStart?: number;
}

/** Punctuation that may touch a term, for mark.js's "exactly" accuracy. */
const MARK_LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '/', '-'];

/**
 * Installed before the page's own scripts. Self-contained: Playwright sends its source text.
 * `limiters` is passed in rather than read from the module for the same reason.
 */
export function pageProbe(o: ProbeOptions, limiters: string[]): void {
  const w = window as unknown as ProbeWindow;
  const state: ProbeState = { changes: [], frames: [] };
  w.__ptBench = state;

  // A message posted during an animation frame is handled once that frame's rendering is done.
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => {
    for (const done of waiting.splice(0)) done();
  };
  const afterRendering = (done: () => void): void => {
    waiting.push(done);
    channel.port2.postMessage(0);
  };

  let last = -1;
  const onFrame = (): void => {
    let n = 0;
    for (const name of o.names) n += CSS.highlights.get(name)?.size ?? 0;
    if (n !== last) {
      const change: [number, number, number] = [performance.now(), n, 0];
      state.changes.push(change);
      afterRendering(() => (change[2] = performance.now()));
      last = n;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as LoafEntry[]) {
        state.frames.push({
          startTime: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration ?? 0,
          taskMs: e.renderStart ? e.renderStart - e.startTime : e.duration,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    state.error = `no Long Animation Frames API: ${String(error)}`;
  }

  const finish = (hits: number): void => {
    state.baselineEnd = performance.now();
    state.baselineHits = hits;
    requestAnimationFrame(() => afterRendering(() => (state.baselinePainted = performance.now())));
  };

  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // Compiled before the page loads, as a content script's would be.
  const pattern =
    o.baseline === 'reference'
      ? new RegExp(`\\b(?:${o.forms.map(escape).join('|')})\\b`, 'gi')
      : null;

  /** One RegExp over every text node of the body, painted with the Highlight API, one task. */
  const reference = (re: RegExp): void => {
    const highlight = new Highlight();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const text = node.data;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
      }
    }
    const style = document.createElement('style');
    style.textContent = '::highlight(bench-reference){text-decoration:underline dotted}';
    document.head.append(style);
    CSS.highlights.set('bench-reference', highlight);
    finish(highlight.size);
  };

  const markJs = (): void => {
    const Mark = w.Mark;
    const article = document.querySelector('article');
    if (!Mark || !article) {
      state.error = 'mark.js or the article is missing';
      return;
    }
    new Mark(article).mark(o.forms, {
      separateWordSearch: false,
      diacritics: false,
      caseSensitive: false,
      accuracy: { value: 'exactly', limiters },
      done: (hits: number) => finish(hits),
    });
  };

  if (o.baseline === 'none') return;
  addEventListener('load', () =>
    setTimeout(() => {
      state.baselineStart = performance.now();
      try {
        if (pattern) reference(pattern);
        else markJs();
      } catch (error) {
        state.error = String(error);
      }
    }),
  );
}

/**
 * The init script's source: mark.js when wanted, then the probe. tsx wraps named functions in
 * `__name(...)`, a helper that exists only in Node, so the page gets a stand-in.
 */
export function probeScript(options: ProbeOptions, markSource: string): string {
  const shim = 'var __name = globalThis.__name || ((f) => f);';
  const mark = options.baseline === 'mark' ? markSource : '';
  return `${shim}\n${mark}\n;(${pageProbe.toString()})(${JSON.stringify(options)}, ${JSON.stringify(MARK_LIMITERS)});`;
}
