// The page bench's news page with advert frames: a health news article beside 30 small frames
// (adverts, tracking pixels, hidden frames), all from the page's own address or all from a second
// local address, and one measured load of it across every frame of the tab.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { probeScript, type FrameRecord, type ProbeOptions, type ProbeState } from './bench-probe';
import { STABLE_MS, type Heap } from './bench-runs';

/** The frames of the page, by size: what news sites carry (IAB sizes), pixels, hidden frames. */
const FRAME_SIZES: readonly [width: number, height: number, count: number][] = [
  [300, 250, 12],
  [728, 90, 6],
  [320, 50, 6],
  [160, 600, 2],
  [1, 1, 2],
  [0, 0, 2],
];
export const FRAME_COUNT = FRAME_SIZES.reduce((n, [, , count]) => n + count, 0);

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An advert's document: a picture and a headline in its link, a button and an "Ad" label. */
function advertHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Advertisement</title>
<style>
  html,body{margin:0;overflow:hidden;font:13px/1.2 sans-serif}
  a{display:block;color:#123;text-decoration:none}
  img{display:block;width:100%;height:auto}
  .label{position:absolute;top:0;right:0;background:#fff;font-size:10px;padding:1px 3px}
  button{position:absolute;bottom:4px;right:4px}
</style></head>
<body>
<a href="/ads/landing.html" target="_blank"><img src="/ads/picture.svg" alt="">
<strong class="headline">Summer sale: 40% off</strong></a>
<span class="label">Ad</span><button type="button">Shop now</button>
<script>document.querySelector('.headline').dataset.shown = String(Date.now());</script>
</body></html>
`;
}

/** A tracking pixel's document: an image and nothing to read. */
const PIXEL_HTML =
  '<!doctype html><html><head><meta charset="utf-8"></head>' +
  '<body style="margin:0"><img src="/ads/picture.svg" width="1" height="1" alt=""></body></html>\n';

const PICTURE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">' +
  '<rect width="300" height="200" fill="#f4c430"/><circle cx="220" cy="90" r="60" fill="#e4572e"/>' +
  '</svg>\n';

/** The frames' markup: `base` is where the advert documents are served ("" for this address). */
function framesHtml(base: string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const [width, height, count] of FRAME_SIZES) {
    for (let i = 0; i < count; i++, n++) {
      const doc = width > 1 ? 'advert.html' : 'pixel.html';
      const hidden = width === 0 ? ' style="display:none"' : '';
      out.push(
        `<iframe src="${base}/ads/${doc}?slot=${n}" width="${width}" height="${height}"` +
          `${hidden} title="Advertisement" scrolling="no" frameborder="0"></iframe>`,
      );
    }
  }
  return out;
}

/** A news page: navigation, the article's paragraphs with the frames between and beside them. */
export function newsWithFramesHtml(paragraphs: readonly string[], frameBase: string): string {
  const frames = framesHtml(frameBase);
  const body: string[] = [];
  const perGap = Math.ceil(frames.length / Math.max(1, paragraphs.length));
  let next = 0;
  for (const p of paragraphs) {
    body.push(`<p>${escapeHtml(p)}</p>`);
    const some = frames.slice(next, next + perGap);
    next += some.length;
    if (some.length) body.push(`<div class="slot">${some.join('')}</div>`);
  }
  body.push(...frames.slice(next));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Health news, with adverts</title>
<style>body{max-width:60em;margin:1em auto;font:16px/1.5 serif}.slot{margin:1em 0}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/health">Health</a> <a href="/sport">Sport</a></nav>
<article><h1>What the research says about pain and exercise</h1>
${body.join('\n')}
</article></body></html>
`;
}

export interface FramesPages {
  /** Every frame from the page's own address. */
  samePath: string;
  /** Every frame from `otherOrigin`. */
  crossPath: string;
  /** COMMENT_FRAMES frames of reader comments, each holding terms, under a one-word heading. */
  commentsPath: string;
}

/** Frames with text on the comments page. */
export const COMMENT_FRAMES = 10;

/** A reader's comment: a few sentences, with terms. */
const commentHtml = (): string =>
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Comment</title></head>
<body style="font:14px sans-serif">
<p><b>A reader</b> wrote:</p>
<p>My physiotherapist suggested gentle stretching for the DOMS after my first week back at the
gym, and it helped more than I expected. Has anyone tried TENS for fibromyalgia?</p>
<p><a href="#reply">Reply</a> <a href="#like">Like</a></p>
</body></html>
`;

const commentsPageHtml = (): string =>
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Comments</title></head><body>
<h1>Comments</h1>
${Array.from(
  { length: COMMENT_FRAMES },
  (_, i) =>
    `<iframe src="/comments/comment.html?n=${i}" width="600" height="140" title="Comment"></iframe>`,
).join('\n')}
</body></html>
`;

/** Writes the news pages and the advert documents into the bench site. */
export async function writeFramesPages(
  dir: string,
  paragraphs: readonly string[],
  otherOrigin: string,
): Promise<FramesPages> {
  await mkdir(join(dir, 'ads'), { recursive: true });
  await writeFile(join(dir, 'ads', 'advert.html'), advertHtml());
  await writeFile(join(dir, 'ads', 'pixel.html'), PIXEL_HTML);
  await writeFile(join(dir, 'ads', 'picture.svg'), PICTURE_SVG);
  await writeFile(join(dir, 'ads', 'landing.html'), '<!doctype html><title>Landing</title>\n');
  await writeFile(join(dir, 'news-frames.html'), newsWithFramesHtml(paragraphs, ''));
  await writeFile(join(dir, 'news-frames-cross.html'), newsWithFramesHtml(paragraphs, otherOrigin));
  await mkdir(join(dir, 'comments'), { recursive: true });
  await writeFile(join(dir, 'comments', 'comment.html'), commentHtml());
  await writeFile(join(dir, 'comments.html'), commentsPageHtml());
  return {
    samePath: '/news-frames.html',
    crossPath: '/news-frames-cross.html',
    commentsPath: '/comments.html',
  };
}

export interface FramesRunResult {
  loadMs: number;
  /** Terms painted in the top document, and in the frames. */
  painted: number;
  paintedInFrames: number;
  /** For each frame that painted terms: from its load to its first terms on screen, in ms. */
  framesFirstPaintMs: number[];
  /** Long animation frames of every frame of the tab that began after the page's load, in the
   * top document's time; one frame seen by several documents counts once. */
  frames: FrameRecord[];
  /** The V8 heap of every renderer process of the tab (each isolate once), after GC. */
  heap: Heap;
  /** How many of the tab's documents fetched the page lens. */
  lensLoads: number;
  /** Renderer processes (isolates) the tab's frames ran in. */
  isolates: number;
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** What a frame's probe saw, its times moved to the top document's clock. */
const FRAME_STATE = `(() => ({
  origin: performance.timeOrigin,
  loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0,
  painted: ['pt-lens-term', 'pt-lens-term-tint', 'pt-lens-term-link', 'pt-lens-term-tint-link']
    .reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  state: window.__ptBench ?? null,
}))()`;

interface FrameState {
  origin: number;
  loadEnd: number;
  painted: number;
  state: ProbeState | null;
}

/** A CDP session of each renderer process the page's frames run in (frames in the page's own
 * process have none of their own). */
async function processSessions(context: BrowserContext, page: Page): Promise<CDPSession[]> {
  const sessions = [await context.newCDPSession(page)];
  for (const frame of page.frames().slice(1)) {
    try {
      sessions.push(await context.newCDPSession(frame));
    } catch {
      // Same process as its parent: counted with it.
    }
  }
  return sessions;
}

async function tabHeap(
  context: BrowserContext,
  page: Page,
): Promise<{ heap: Heap; isolates: number }> {
  const sessions = await processSessions(context, page);
  const seen = new Set<string>();
  let js = 0;
  let blink = 0;
  try {
    for (const s of sessions) {
      const { id } = (await s.send('Runtime.getIsolateId')) as { id: string };
      if (seen.has(id)) continue;
      seen.add(id);
      await s.send('HeapProfiler.collectGarbage');
      const usage = (await s.send('Runtime.getHeapUsage')) as {
        usedSize: number;
        embedderHeapUsedSize?: number;
      };
      js += usage.usedSize;
      blink += usage.embedderHeapUsedSize ?? 0;
    }
  } finally {
    for (const s of sessions) await s.detach().catch(() => undefined);
  }
  return { heap: { jsBytes: js, blinkBytes: blink }, isolates: seen.size };
}

async function frameStates(page: Page): Promise<FrameState[]> {
  const read = async (f: Frame): Promise<FrameState | null> =>
    ((await f.evaluate(FRAME_STATE).catch(() => null)) as FrameState | null) ?? null;
  return (await Promise.all(page.frames().map(read))).filter((s): s is FrameState => !!s);
}

/**
 * One load of a page with frames, probed in every frame: waits until the top document's painted
 * count has been still for a while (and every frame has had as long after its load), then reads
 * the long animation frames of every frame and the heap of every process of the tab.
 */
export async function framesRun(
  context: BrowserContext,
  url: string,
  options: ProbeOptions,
): Promise<FramesRunResult> {
  const page = await context.newPage();
  let lensLoads = 0;
  const onRequest = (r: { url(): string; redirectedFrom(): unknown; frame(): Frame }): void => {
    try {
      if (r.url().endsWith('/page-lens.js') && !r.redirectedFrom() && r.frame().page() === page)
        lensLoads++;
    } catch {
      // A request of no frame (the service worker's).
    }
  };
  context.on('request', onRequest);
  try {
    await page.addInitScript({ content: probeScript(options, '') });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let top: FrameState | undefined;
    for (let stillSince = Date.now(), last = -1; ; await sleep(200)) {
      top = (await frameStates(page))[0];
      const painted = top?.painted ?? 0;
      if (painted !== last) [last, stillSince] = [painted, Date.now()];
      // At least STABLE_MS with nothing new, and 2 s after load: the loader's own waits are over.
      if (Date.now() - stillSince >= STABLE_MS * 2) break;
    }
    const states = await frameStates(page);
    const origin = states[0]?.origin ?? 0;
    const loadMs = states[0]?.loadEnd ?? 0;
    const frames = new Map<number, FrameRecord>();
    for (const s of states) {
      for (const f of s.state?.frames ?? []) {
        const start = f.startTime + s.origin - origin;
        if (start < loadMs) continue;
        frames.set(Math.round(start), { ...f, startTime: start });
      }
    }
    const { heap, isolates } = await tabHeap(context, page);
    const framesFirstPaintMs: number[] = [];
    for (const s of states.slice(1)) {
      const first = s.state?.changes.find((c) => c[1] > 0);
      if (first) framesFirstPaintMs.push((first[2] || first[0]) - s.loadEnd);
    }
    return {
      loadMs,
      painted: top?.painted ?? 0,
      paintedInFrames: states.slice(1).reduce((n, s) => n + s.painted, 0),
      framesFirstPaintMs,
      frames: [...frames.values()],
      heap,
      lensLoads,
      isolates,
    };
  } finally {
    context.off('request', onRequest);
    await page.close({ runBeforeUnload: false });
  }
}
