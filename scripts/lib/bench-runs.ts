// One measured page load in Chromium: load time, highlights painted over time, long animation
// frames, and the heap once the page has settled.
import type { BrowserContext, Page } from 'playwright-core';
import { probeScript, type FrameRecord, type ProbeOptions, type ProbeState } from './bench-probe';

/** Polling period of the page from Node while waiting for it to settle. */
const POLL_MS = 200;
/** "Every term painted": the painted count has not changed for this long. */
export const STABLE_MS = 1_000;
/** A page that paints nothing is taken as settled this long after load. */
const NOTHING_MS = 1_000;
/** Time for the last long animation frame to be reported once a baseline is on screen. */
const REPORT_DELAY_MS = 300;

export interface Heap {
  /** V8's used heap after a forced GC, for the page's whole isolate (main and isolated worlds). */
  jsBytes: number;
  /** Blink's heap (DOM, Ranges, Highlights) after the same GC, when Chromium reports it. */
  blinkBytes: number | null;
}

export interface RunResult {
  /** loadEventEnd, ms after navigation start. */
  loadMs: number;
  /** When the last change of the painted count (PT Lens) or the baseline's result was on screen,
   * in ms after loadEventEnd; null when nothing was painted or the run was cut off. */
  paintMs: number | null;
  /** For baselines: how long their work ran, start to end, in ms. */
  workMs: number | null;
  /** Highlights (or marks) painted at the end. */
  painted: number;
  /** Long animation frames before the page settled that began after loadEventEnd (PT Lens, the
   * do-nothing extension), or that ran some of the baseline's work. */
  frames: FrameRecord[];
  heap: Heap | null;
  timedOut: boolean;
  error?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** Page expressions are strings: functions would carry tsx's `__name` helper into the page. */
const LOAD_END = `(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0)()`;

async function loadEventEnd(page: Page): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const end = (await page.evaluate(LOAD_END)) as number;
    if (end > 0) return end;
    await sleep(20);
  }
  return 0;
}

/** loadEventEnd of one fresh load of `url`, in its own tab, closed straight after. */
export async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await loadEventEnd(page);
  } finally {
    await page.close();
  }
}

async function heapOf(context: BrowserContext, page: Page): Promise<Heap> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return { jsBytes: usage.usedSize, blinkBytes: usage.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach();
  }
}

interface Snapshot {
  now: number;
  last: [number, number, number] | null;
  painted: number | null;
  error: string | null;
}

const SNAPSHOT = `(() => {
  const s = window.__ptBench;
  return {
    now: performance.now(),
    last: s?.changes.at(-1) ?? null,
    painted: s?.baselinePainted ?? null,
    error: s?.error ?? null,
  };
})()`;

/** Resolves with the page's answer, or null when the page is still busy after `ms`. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), ms)));
  try {
    return await Promise.race([work, cut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads `url` with the probe (and a baseline, if any), waits until every term is painted (or
 * `capMs` after load), then reads the heap and the frames. A page still busy at the cap is
 * closed unread.
 */
export async function paintRun(
  context: BrowserContext,
  url: string,
  options: ProbeOptions,
  markSource: string,
  capMs: number,
): Promise<RunResult> {
  const page = await context.newPage();
  const cut: RunResult = {
    loadMs: 0,
    paintMs: null,
    workMs: null,
    painted: 0,
    frames: [],
    heap: null,
    timedOut: true,
  };
  try {
    await page.addInitScript({ content: probeScript(options, markSource) });
    // The baseline starts right after load and may hold the page for longer than the cap.
    const loaded = await within(
      capMs,
      page.goto(url, { waitUntil: 'load', timeout: capMs + 5_000 }),
    );
    if (loaded === null) return cut;
    const loadEnd = await within(capMs, loadEventEnd(page));
    if (loadEnd === null) return cut;
    cut.loadMs = loadEnd;
    const started = Date.now();
    for (;;) {
      const left = capMs - (Date.now() - started);
      if (left <= 0) return cut;
      const s = (await within(left, page.evaluate(SNAPSHOT))) as Snapshot | null;
      if (s === null) return cut;
      if (s.error) return { ...cut, timedOut: false, error: s.error };
      if (options.baseline !== 'none' ? s.painted !== null : settled(s, loadEnd)) break;
      await sleep(POLL_MS);
    }
    // Long animation frames reach the observer a little after they end.
    if (options.baseline !== 'none') await sleep(REPORT_DELAY_MS);
    // Read before the forced GC, whose own long frame is not the page's.
    const state = (await page.evaluate('window.__ptBench')) as ProbeState;
    const heap = await heapOf(context, page);
    const last = state.changes.at(-1);
    const baseline = options.baseline !== 'none';
    const lensPainted = last && last[1] > 0 ? last[2] || last[0] : undefined;
    const paintedAt = baseline ? state.baselinePainted : lensPainted;
    return {
      loadMs: loadEnd,
      paintMs: paintedAt === undefined ? null : paintedAt - loadEnd,
      workMs:
        state.baselineStart !== undefined && state.baselineEnd !== undefined
          ? state.baselineEnd - state.baselineStart
          : null,
      painted: baseline ? (state.baselineHits ?? 0) : (last?.[1] ?? 0),
      frames: state.frames.filter((f) =>
        baseline
          ? f.startTime + f.duration > (state.baselineStart ?? loadEnd)
          : f.startTime >= loadEnd,
      ),
      heap,
      timedOut: false,
    };
  } finally {
    await page.close({ runBeforeUnload: false });
  }
}

function settled(s: Snapshot, loadEnd: number): boolean {
  const [at, count] = s.last ?? [0, 0];
  if (count === 0) return s.now - loadEnd >= NOTHING_MS;
  return s.now - at >= STABLE_MS && s.now - loadEnd >= STABLE_MS;
}

export interface FrameSummary {
  /** The longest frame's duration, 0 when no frame reached 50 ms. */
  longestMs: number;
  /** The tasks' share of that frame (before its rendering update). */
  longestTasksMs: number;
  /** The longest run of tasks before a rendering update, over all frames: no single task of the
   * run can be longer. */
  maxTasksMs: number;
  count: number;
}

/** What the Long Animation Frames API saw: only frames of 50 ms or more are reported. */
export function summariseFrames(frames: readonly FrameRecord[]): FrameSummary {
  let longest: FrameRecord | undefined;
  for (const f of frames) if (!longest || f.duration > longest.duration) longest = f;
  return {
    longestMs: longest?.duration ?? 0,
    longestTasksMs: longest?.taskMs ?? 0,
    maxTasksMs: Math.max(0, ...frames.map((f) => f.taskMs)),
    count: frames.length,
  };
}
