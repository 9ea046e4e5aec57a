// `npm run bench`, page part: PT Lens in real Chromium on 1 MB and 5 MB articles, a page with
// no health terms and a news page with 30 advert frames, beside mark.js, a one-RegExp reference
// and a do-nothing extension. `--frames`: the news page with frames alone.
import { availableParallelism, loadavg } from 'node:os';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  MB,
  ROOT,
  corpusFiles,
  corpusPresent,
  healthDocuments,
  median,
  textOfSize,
} from './lib/bench-corpus';
import {
  everyPageFiles,
  copyBuild,
  termForms,
  writeNoopExtension,
  writeSite,
} from './lib/bench-fixtures';
import type { Baseline } from './lib/bench-probe';
import {
  fmtKb,
  fmtMb,
  fmtMs,
  fmtRatio,
  fmtSeconds,
  formatReport,
  verdict,
  type ReportRow,
} from './lib/bench-report';
import {
  loadTime,
  paintRun,
  summariseFrames,
  STABLE_MS,
  type FrameSummary,
  type RunResult,
} from './lib/bench-runs';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { serveStatic } from './lib/serve';
import {
  COMMENT_FRAMES,
  FRAME_COUNT,
  framesRun,
  writeFramesPages,
  type FramesRunResult,
} from './lib/bench-frames';
import { PART_FILES } from '../content/parts';
import { MATCH_DATA_FILE } from '../terms/deflated-match-data';

const SIZES_MB = [1, 5] as const;
/** Paint runs per article for PT Lens, the do-nothing extension and the reference. */
const RUNS = 3;
/**
 * Loads of the page with no health terms, per browser and round (its budget is tight). Two
 * browser instances of the same build differ by several per cent, so each round launches fresh
 * browsers and the loads of all rounds are pooled; a second do-nothing browser in each round
 * measures that noise (do-nothing against do-nothing), printed beside the ratio.
 */
const DOCS_LOADS = 8;
const DOCS_ROUNDS = 5;
/** Loads of each news page with frames, per browser and round (in the same rounds). */
const FRAMES_LOADS = 4;
/** Measured runs (heap, frames) of each news page with frames, per browser. */
const FRAMES_RUNS = 3;
/** Text of the news article beside the frames. */
const NEWS_BYTES = 15_000;
/** Extra loads per browser of the big article, after its paint runs. */
const EXTRA_BIG_LOADS = 2;
/** A PT Lens or reference run still busy this long after load is cut off. */
const RUN_CAP_MS = 60_000;
/** mark.js holds the page in one task: it is cut off after its share of the bench's time, but
 * never before 10.5 times our time (enough to decide the goal), and always at 60 s. */
const MARK_CAP_MS = 60_000;
const MARK_MIN_CAP_MS = 10_000;
/** The whole bench aims to end within this: mark.js on the big article gets what is left. */
const TOTAL_MS = 240_000;
/** Pause before each measurement. */
const QUIET_MS = 300;
const DOCS_PAGE = 'python3.11-library-unittest.html';
// Each style's highlight and its highlight for terms inside links.
const HIGHLIGHTS = [
  'pt-lens-term',
  'pt-lens-term-tint',
  'pt-lens-term-link',
  'pt-lens-term-tint-link',
];
/** Load time against the do-nothing extension: on the big article, and on the docs page. */
const LOAD_BUDGET_BIG = 1.1;
const LOAD_BUDGET_DOCS = 1.02;
const LOAD_BUDGET_FRAMES = 1.02;
/** JS heap PT Lens may add to the tab with frames, every process counted. */
const HEAP_BUDGET_FRAMES = 1_000_000;
const PAINT_BUDGET = 1.5;
const MARK_BUDGET = 10;
const FRAME_BUDGET_MS = 50;
const SCRIPT_BUDGET_BYTES = 60 * 1024;

interface ArticleResults {
  mb: number;
  bytes: number;
  lens: RunResult[];
  floor: RunResult[];
  reference: RunResult[];
  mark: RunResult | null;
  markCapMs: number;
  /** Loads beyond those of the paint runs (the big article's budget needs more). */
  lensLoads: number[];
  floorLoads: number[];
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));
const done = (runs: readonly RunResult[]): RunResult[] => runs.filter((r) => !r.timedOut);
const med = (runs: readonly RunResult[], pick: (r: RunResult) => number | null): number | null => {
  const values = runs.map(pick).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
};
const frames = (r: RunResult): FrameSummary => summariseFrames(r.frames);
/** The run whose longest frame is the median one. */
const medianRun = (runs: readonly RunResult[]): RunResult | undefined =>
  [...runs].sort((a, b) => frames(a).longestMs - frames(b).longestMs)[runs.length >> 1];
const show = (v: number | null, fmt: (n: number) => string): string =>
  v === null ? 'n/a' : fmt(v);

function articleRows(a: ArticleResults): ReportRow[] {
  const page = `${a.mb} MB article`;
  const lens = done(a.lens);
  const floor = done(a.floor);
  const ref = done(a.reference);
  const lensPaint = med(lens, (r) => r.paintMs);
  const refPaint = med(ref, (r) => r.paintMs);
  const row = (r: Partial<ReportRow> & Pick<ReportRow, 'figure'>): ReportRow => ({
    page,
    value: '',
    against: '',
    ratio: '',
    budget: '',
    verdict: '',
    ...r,
  });
  const rows: ReportRow[] = [];

  const paintRatio = lensPaint !== null && refPaint ? lensPaint / refPaint : null;
  rows.push(
    row({
      figure: 'time from load to every term painted',
      value: show(lensPaint, fmtSeconds),
      against: `reference ${show(refPaint, fmtSeconds)}`,
      ratio: show(paintRatio, fmtRatio),
      budget: `<= ${PAINT_BUDGET.toFixed(2)}x reference`,
      verdict: verdict(paintRatio === null ? null : paintRatio <= PAINT_BUDGET),
    }),
  );

  const mark = a.mark;
  const markMs = mark && !mark.timedOut ? mark.paintMs : null;
  const markLow = markMs ?? a.markCapMs;
  const speedUp = lensPaint ? markLow / lensPaint : null;
  rows.push(
    row({
      figure: '  beside mark.js (mark.js time / ours)',
      value: show(lensPaint, fmtSeconds),
      against:
        markMs !== null ? `mark.js ${fmtSeconds(markMs)}` : `mark.js > ${fmtSeconds(a.markCapMs)}`,
      ratio: speedUp === null ? 'n/a' : `${markMs === null ? '> ' : ''}${fmtRatio(speedUp)}`,
      budget: `>= ${MARK_BUDGET}x`,
      verdict: verdict(
        speedUp === null ? null : speedUp >= MARK_BUDGET ? true : markMs === null ? null : false,
      ),
    }),
  );
  rows.push(
    row({
      figure: 'terms painted',
      value: show(
        med(lens, (r) => r.painted),
        String,
      ),
      against: `reference ${show(
        med(ref, (r) => r.painted),
        String,
      )}, mark.js ${markMs !== null && mark ? mark.painted : 'n/a'}`,
    }),
  );

  const frame = med(lens, (r) => frames(r).longestMs);
  const tasks = med(lens, (r) => frames(r).longestTasksMs);
  const maxTasks = med(lens, (r) => frames(r).maxTasksMs);
  const refFrame = (r: RunResult | null | undefined): string =>
    r
      ? `${fmtSeconds(frames(r).longestMs)} (tasks ${fmtSeconds(frames(r).longestTasksMs)})`
      : 'n/a';
  rows.push(
    row({
      figure: 'longest frame after load (LoAF)',
      value: show(frame, fmtMs),
      against: `do-nothing ${show(
        med(floor, (r) => frames(r).longestMs),
        fmtMs,
      )}`,
      budget: `<= ${FRAME_BUDGET_MS} ms`,
      verdict: verdict(frame === null ? null : frame <= FRAME_BUDGET_MS),
    }),
    row({
      figure: '  of which tasks (the rest is rendering)',
      value: show(tasks, fmtMs),
    }),
    row({
      figure: '  longest tasks between two renderings',
      value: show(maxTasks, fmtMs),
      against: `do-nothing ${show(
        med(floor, (r) => frames(r).maxTasksMs),
        fmtMs,
      )}`,
      budget: `<= ${FRAME_BUDGET_MS} ms`,
      verdict: verdict(maxTasks === null ? null : maxTasks <= FRAME_BUDGET_MS),
    }),
    row({
      figure: '  frames of 50 ms or more after load',
      value: show(
        med(lens, (r) => r.frames.length),
        String,
      ),
      against: `do-nothing ${show(
        med(floor, (r) => r.frames.length),
        String,
      )}`,
    }),
    row({
      figure: '  baselines: longest frame after load',
      against: `reference ${refFrame(medianRun(ref))}, mark.js ${refFrame(mark?.timedOut ? null : mark)}`,
    }),
  );

  const lensLoad = median([...lens.map((r) => r.loadMs), ...a.lensLoads]);
  const floorLoad = median([...floor.map((r) => r.loadMs), ...a.floorLoads]);
  const loadRatio = floorLoad ? lensLoad / floorLoad : null;
  const loadBudget = a.mb === Math.max(...SIZES_MB) ? LOAD_BUDGET_BIG : undefined;
  rows.push(
    row({
      figure: 'page load (loadEventEnd)',
      value: show(lensLoad, fmtMs),
      against: `do-nothing ${show(floorLoad, fmtMs)}`,
      ratio: show(loadRatio, fmtRatio),
      budget: loadBudget ? `<= ${loadBudget.toFixed(2)}x` : '-',
      verdict: loadBudget ? verdict(loadRatio === null ? null : loadRatio <= loadBudget) : '',
    }),
  );

  const heap = (pick: (r: RunResult) => number | null): [number | null, number | null] => {
    const ours = med(lens, pick);
    const base = med(floor, pick);
    return [ours !== null && base !== null ? ours - base : null, base];
  };
  const [js, jsBase] = heap((r) => r.heap?.jsBytes ?? null);
  const [blink, blinkBase] = heap((r) => r.heap?.blinkBytes ?? null);
  rows.push(
    row({
      figure: 'JS heap added (V8, after GC)',
      value: show(js, fmtMb),
      against: `do-nothing ${show(jsBase, (n) => fmtMb(n).slice(1))}`,
    }),
    row({
      figure: 'Blink heap added (DOM, Ranges; after GC)',
      value: show(blink, fmtMb),
      against: `do-nothing ${show(blinkBase, (n) => fmtMb(n).slice(1))}`,
    }),
  );
  return rows;
}

function docsRows(
  lensLoads: number[],
  floorLoads: number[],
  controlLoads: number[],
  painted: number | null,
): ReportRow[] {
  const page = 'docs page, no terms';
  const ours = median(lensLoads);
  const base = median(floorLoads);
  const ratio = base ? ours / base : null;
  const noise = base ? median(controlLoads) / base : null;
  return [
    {
      figure: 'page load (loadEventEnd)',
      page,
      value: fmtMs(ours),
      against: `do-nothing ${fmtMs(base)}; a 2nd do-nothing: ${show(noise, fmtRatio)} (noise)`,
      ratio: show(ratio, fmtRatio),
      budget: `<= ${LOAD_BUDGET_DOCS.toFixed(2)}x`,
      verdict: verdict(ratio === null ? null : ratio <= LOAD_BUDGET_DOCS),
    },
    {
      figure: 'terms painted',
      page,
      value: show(painted, String),
      against: 'none expected',
      ratio: '',
      budget: '',
      verdict: '',
    },
  ];
}

interface FramesResults {
  name: string;
  path: string;
  lensLoads: number[];
  floorLoads: number[];
  controlLoads: number[];
  lens: FramesRunResult[];
  floor: FramesRunResult[];
}

function framesRows(f: FramesResults): ReportRow[] {
  const page = f.name;
  const row = (r: Partial<ReportRow> & Pick<ReportRow, 'figure'>): ReportRow => ({
    page,
    value: '',
    against: '',
    ratio: '',
    budget: '',
    verdict: '',
    ...r,
  });
  const ours = median(f.lensLoads);
  const base = median(f.floorLoads);
  const ratio = base ? ours / base : null;
  const noise = base ? median(f.controlLoads) / base : null;
  const medOf = (runs: readonly FramesRunResult[], pick: (r: FramesRunResult) => number): number =>
    median(runs.map(pick));
  const summary = (r: FramesRunResult): FrameSummary => summariseFrames(r.frames);
  const heap = medOf(f.lens, (r) => r.heap.jsBytes) - medOf(f.floor, (r) => r.heap.jsBytes);
  const blink =
    medOf(f.lens, (r) => r.heap.blinkBytes ?? 0) - medOf(f.floor, (r) => r.heap.blinkBytes ?? 0);
  const longest = medOf(f.lens, (r) => summary(r).longestMs);
  const tasks = medOf(f.lens, (r) => summary(r).maxTasksMs);
  return [
    row({
      figure: 'page load (loadEventEnd)',
      value: fmtMs(ours),
      against: `do-nothing ${fmtMs(base)}; a 2nd do-nothing: ${show(noise, fmtRatio)} (noise)`,
      ratio: show(ratio, fmtRatio),
      budget: `<= ${LOAD_BUDGET_FRAMES.toFixed(2)}x`,
      verdict: verdict(ratio === null ? null : ratio <= LOAD_BUDGET_FRAMES),
    }),
    row({
      figure: 'JS heap added, every process of the tab (after GC)',
      value: fmtMb(heap),
      against: `do-nothing ${fmtMb(medOf(f.floor, (r) => r.heap.jsBytes)).slice(1)} in ${
        f.floor[0]?.isolates ?? 0
      } process(es)`,
      budget: `<= ${fmtMb(HEAP_BUDGET_FRAMES)}`,
      verdict: verdict(heap <= HEAP_BUDGET_FRAMES),
    }),
    row({ figure: 'Blink heap added (after GC)', value: fmtMb(blink) }),
    row({
      figure: 'longest frame after load (LoAF, every frame)',
      value: fmtMs(longest),
      against: `do-nothing ${fmtMs(medOf(f.floor, (r) => summary(r).longestMs))}`,
      budget: `<= ${FRAME_BUDGET_MS} ms`,
      verdict: verdict(longest <= FRAME_BUDGET_MS),
    }),
    row({
      figure: '  longest tasks between two renderings',
      value: fmtMs(tasks),
      against: `do-nothing ${fmtMs(medOf(f.floor, (r) => summary(r).maxTasksMs))}`,
      budget: `<= ${FRAME_BUDGET_MS} ms`,
      verdict: verdict(tasks <= FRAME_BUDGET_MS),
    }),
    row({
      figure: 'documents that loaded the page lens',
      value: `${medOf(f.lens, (r) => r.lensLoads)} of ${FRAME_COUNT + 1}`,
      against: 'the article only: its adverts have nothing to read',
    }),
    row({
      figure: 'terms painted in the article',
      value: String(medOf(f.lens, (r) => r.painted)),
    }),
  ];
}

function commentsRows(lens: FramesRunResult[], floor: FramesRunResult[]): ReportRow[] {
  const page = `${COMMENT_FRAMES} comment frames with terms`;
  const medOf = (runs: readonly FramesRunResult[], pick: (r: FramesRunResult) => number): number =>
    median(runs.map(pick));
  const perFrame =
    (medOf(lens, (r) => r.heap.jsBytes) - medOf(floor, (r) => r.heap.jsBytes)) / COMMENT_FRAMES;
  const tasks = medOf(lens, (r) => summariseFrames(r.frames).maxTasksMs);
  const firstPaint = median(lens.flatMap((r) => r.framesFirstPaintMs));
  const row = (r: Partial<ReportRow> & Pick<ReportRow, 'figure'>): ReportRow => ({
    page,
    value: '',
    against: '',
    ratio: '',
    budget: '',
    verdict: '',
    ...r,
  });
  return [
    row({
      figure: 'JS heap added per frame with text (after GC)',
      value: fmtMb(perFrame),
      against: `the page's whole heap: do-nothing ${fmtMb(medOf(floor, (r) => r.heap.jsBytes)).slice(1)}`,
    }),
    row({
      figure: '  longest tasks between two renderings',
      value: fmtMs(tasks),
      against: `do-nothing ${fmtMs(medOf(floor, (r) => summariseFrames(r.frames).maxTasksMs))}`,
      budget: `<= ${FRAME_BUDGET_MS} ms`,
      verdict: verdict(tasks <= FRAME_BUDGET_MS),
    }),
    row({
      figure: "  from a frame's load to its terms on screen",
      value: show(lens.length ? firstPaint : null, fmtMs),
      against: `terms painted in the frames: ${medOf(lens, (r) => r.paintedInFrames)}`,
    }),
  ];
}

async function scriptRows(extensionDir: string): Promise<ReportRow[]> {
  const files = await everyPageFiles(extensionDir);
  const code = Buffer.concat(await Promise.all(files.map((f) => readFile(f))));
  const data = await readFile(join(extensionDir, MATCH_DATA_FILE)).catch(() => null);
  const tooltip = await readFile(join(extensionDir, PART_FILES['term-ui'])).catch(() => null);
  return [
    {
      figure: 'loaded on every page (loaders + page lens + match data), minified',
      page: 'every page',
      value: fmtKb(code.length),
      against: `gzip ${fmtKb(gzipSync(code).length)}`,
      ratio: '',
      budget: `<= ${fmtKb(SCRIPT_BUDGET_BYTES)}`,
      verdict: verdict(code.length <= SCRIPT_BUDGET_BYTES),
    },
    {
      figure: '  of which match data (deflated, read as bytes, not script)',
      page: 'every page',
      value: data ? fmtKb(data.length) : 'missing',
      against: '',
      ratio: '',
      budget: '',
      verdict: '',
    },
    {
      figure: '  tooltip part, loaded once a term is found',
      page: 'pages with terms',
      value: tooltip ? fmtKb(tooltip.length) : 'missing',
      against: tooltip ? `gzip ${fmtKb(gzipSync(tooltip).length)}` : '',
      ratio: '',
      budget: '',
      verdict: '',
    },
  ];
}

const NOTES = [
  'How each figure is measured (Chromium headless; each load in a fresh tab, one at a time,',
  `after a ${QUIET_MS} ms pause; both browsers open side by side; pages served on 127.0.0.1):`,
  '- Articles: health corpus paragraphs, repeated to about 1 MB and 5 MB of text, as <p> in one',
  `  <article>. Docs page: ${DOCS_PAGE} from the corpus (no health terms).`,
  '- PT Lens: a private copy of .output/chrome-mv3. do-nothing: a generated MV3 extension whose',
  '  content script (document_idle, http/https, all frames) is empty, and a service worker.',
  '- time to paint: a main-world script sums the sizes of CSS.highlights pt-lens-term and',
  `  pt-lens-term-tint each animation frame; "every term painted" = no change for ${STABLE_MS / 1000} s.`,
  "  Reported: when the last change was on screen (first task after that frame's rendering),",
  '  minus loadEventEnd.',
  '- reference: one precompiled case-insensitive RegExp of every alias and form (\\b...\\b,',
  '  longest first), run over every text node right after load in one task, painted with one',
  '  Highlight. mark.js 8.11.1: mark(forms, {separateWordSearch: false, diacritics: false,',
  "  accuracy: {value: 'exactly', limiters: punctuation}}) on the <article>, one run, cut off",
  '  when its share of the 4 minutes the bench allows itself is spent, but never before 10.5x',
  '  our time (enough to decide the goal), and always at 60 s. Both run with the do-nothing',
  '  extension; their time = load to result on screen. Hits differ by design: only PT Lens',
  '  applies case rules and context.',
  '- longest frame: Long Animation Frames (PerformanceObserver long-animation-frame, buffered)',
  "  that begin after loadEventEnd. Chromium never names extension code in a frame's scripts,",
  '  so frames are attributed by time: after load these pages run no script of their own',
  '  (do-nothing is the control); work before load shows in the page load row. Baselines:',
  '  the frames their work ran in. Tasks = startTime to renderStart; the rest is rendering',
  '  (style, layout, pre-paint, paint). Only frames of 50 ms or more are reported, so 0 ms',
  '  means none. "Longest tasks between two renderings" bounds every single task.',
  `- page load: loadEventEnd of the navigation entry, median; articles: the paint runs (plus`,
  `  ${EXTRA_BIG_LOADS} plain loads each for the big one); docs page: ${DOCS_LOADS} plain loads per browser,`,
  `  taken in turn, in each of ${DOCS_ROUNDS} rounds of freshly launched browsers, with a second`,
  '  do-nothing browser as a control: its ratio to the first is the noise of the measurement.',
  `- news page with frames: ${NEWS_BYTES / 1000} KB of health corpus text with ${FRAME_COUNT} frames`,
  '  between them (12 of 300x250, 6 of 728x90, 6 of 320x50, 2 of 160x600: a picture, a',
  '  headline in its link, a button, an "Ad" label; 2 tracking pixels of 1x1; 2 hidden frames),',
  '  all from 127.0.0.1 as the page, or all from 127.0.0.2 (another site: their own process).',
  `  Loads: ${FRAMES_LOADS} per browser in each round of the docs page's browsers, taken in turn.`,
  `  Runs: ${FRAMES_RUNS} per browser, probed in every frame: long animation frames of every`,
  '  frame after the top load (one frame seen by several documents counted once), heap of',
  '  every renderer process of the tab (Runtime.getIsolateId: each isolate once), and the',
  '  requests for page-lens.js from the tab.',
  '- heap: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage once the page settled:',
  "  usedSize (V8, the page's isolate: main world and the content script's world) and",
  '  embedderHeapUsedSize (Blink), PT Lens minus do-nothing, medians.',
  "- every page: the manifest's content_scripts js (two small loaders) plus what they load",
  '  after load: the page lens (page-lens.js) and the match data it reads (match-data.bin),',
  '  bytes and gzip; the tooltip part (term-ui.js) is',
  '  imported only once a term is found.',
];

interface Report {
  product: string;
  forms: number;
  rows: ReportRow[];
  started: number;
  loadAtStart: number;
  /** What was measured, in a line. */
  header: string;
  /** Runs cut off or failed. */
  cutOff: number;
}

function printReport(r: Report): void {
  const over = r.rows.filter((row) => row.verdict === 'OVER' || row.verdict === '?');
  console.log(
    `PT Lens page bench: ${r.product}, ${availableParallelism()} cores, ${r.forms} alias ` +
      `forms; text from ../shared/corpus`,
  );
  console.log(
    `command: npm run bench (this part alone: npx tsx scripts/bench-page.ts); ` +
      `median of ${RUNS} runs unless noted; MB = 10^6 bytes, KB = 1024 bytes.`,
  );
  console.log(`${r.header}\n`);
  console.log(formatReport(r.rows));
  console.log(
    over.length
      ? `\nover budget or undecided: ${over.map((row) => `${row.figure.trim()} (${row.page})`).join('; ')}`
      : '\nevery figure within budget',
  );
  if (r.cutOff) console.log(`runs cut off or failed: ${r.cutOff}`);
  console.log(`\n${NOTES.join('\n')}`);
  console.log(
    `\npage bench took ${((Date.now() - r.started) / 1000).toFixed(0)} s; machine load ` +
      `(1-minute average) ${r.loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} ` +
      `at the end, on ${availableParallelism()} cores: above that, other work skews every figure.`,
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const onlyFrames = process.argv.includes('--frames');
  const loadAtStart = loadavg()[0] ?? 0;
  if (!corpusPresent()) {
    console.error('bench-page: corpus not found at ../shared/corpus (beside the repository root)');
    process.exitCode = 1;
    return;
  }
  const docsFile = corpusFiles('non-health', '.html').find((f) => f.endsWith(DOCS_PAGE));
  if (!docsFile) {
    console.error(`bench-page: ${DOCS_PAGE} missing from ../shared/corpus/non-health`);
    process.exitCode = 1;
    return;
  }
  // `--extension DIR`: measure another Chrome build (an earlier version) beside do-nothing.
  const other = process.argv.indexOf('--extension');
  const extensionDir = await copyBuild(other > 0 ? process.argv[other + 1] : undefined);
  if (!extensionDir) {
    console.error('bench-page: no complete build in .output/chrome-mv3 (run npm run build first)');
    process.exitCode = 1;
    return;
  }
  const noopDir = await writeNoopExtension();
  const health = healthDocuments();
  const site = await writeSite(
    SIZES_MB.map((mb) => ({ mb, paragraphs: textOfSize(health, mb * MB) })),
    docsFile,
  );
  const markSource = await readFile(
    join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'),
    'utf8',
  );
  const forms = termForms();
  const server = await serveStatic(site.dir);
  // The same files from a second loopback address: another site, so its frames get a process of
  // their own, as adverts from an ad server do.
  const otherServer = await serveStatic(site.dir, { host: '127.0.0.2' });
  const framesPages = await writeFramesPages(
    site.dir,
    textOfSize(health, NEWS_BYTES),
    otherServer.origin,
  );
  const framesResults: FramesResults[] = [
    { name: `news, ${FRAME_COUNT} ad frames, same origin`, path: framesPages.samePath },
    { name: `news, ${FRAME_COUNT} ad frames, other site`, path: framesPages.crossPath },
  ].map(({ name, path }) => ({
    name,
    path,
    lensLoads: [],
    floorLoads: [],
    controlLoads: [],
    lens: [],
    floor: [],
  }));
  const url = (path: string): string => `${server.origin}${path}`;
  const browsers: ExtensionBrowser[] = [];
  try {
    const lens = await launchWithExtension({ extensionDir });
    browsers.push(lens);
    const floor = await launchWithExtension({ extensionDir: noopDir });
    browsers.push(floor);
    const blank = lens.context.pages()[0] ?? (await lens.context.newPage());
    const cdp = await lens.context.newCDPSession(blank);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    await cdp.detach();

    // Each measurement starts after a pause, so the last tab's teardown is not in it.
    const run = async (
      b: ExtensionBrowser,
      path: string,
      baseline: Baseline,
      capMs = RUN_CAP_MS,
    ): Promise<RunResult> => {
      await sleep(QUIET_MS);
      return paintRun(
        b.context,
        url(path),
        { names: HIGHLIGHTS, baseline, forms },
        markSource,
        capMs,
      );
    };
    const load = async (b: ExtensionBrowser, path: string): Promise<number> => {
      await sleep(QUIET_MS);
      return loadTime(b.context, url(path));
    };

    // Warm-up: the first load in a fresh browser pays for starting its renderer.
    const smallest = site.articles[0]?.path ?? site.docsPath;
    for (const b of [lens, floor]) {
      await load(b, site.docsPath);
      await load(b, smallest);
      for (const f of framesResults) await load(b, f.path);
    }

    /** Time spent on the pages with frames, added to the time the bench allows itself. */
    let framesMs = 0;
    const lensLoads: number[] = [];
    const floorLoads: number[] = [];
    const controlLoads: number[] = [];
    for (let round = 0; round < DOCS_ROUNDS; round++) {
      const fresh = round > 0;
      const roundLens = fresh ? await launchWithExtension({ extensionDir }) : lens;
      const roundFloor = fresh ? await launchWithExtension({ extensionDir: noopDir }) : floor;
      const control = await launchWithExtension({ extensionDir: noopDir });
      const trio = [roundLens, roundFloor, control];
      const into = new Map([
        [roundLens, lensLoads],
        [roundFloor, floorLoads],
        [control, controlLoads],
      ]);
      for (const b of fresh ? trio : [control]) {
        await load(b, site.docsPath);
        for (const f of framesResults) await load(b, f.path);
      }
      for (let i = 0; !onlyFrames && i < DOCS_LOADS; i++) {
        // Each browser goes first, second and third in turn.
        const order = [0, 1, 2].map((k) => trio[(i + k) % 3] as ExtensionBrowser);
        for (const b of order) into.get(b)?.push(await load(b, site.docsPath));
      }
      const framesStart = Date.now();
      for (let i = 0; i < FRAMES_LOADS; i++) {
        const order = [0, 1, 2].map((k) => trio[(i + k) % 3] as ExtensionBrowser);
        for (const f of framesResults) {
          const pick = new Map([
            [roundLens, f.lensLoads],
            [roundFloor, f.floorLoads],
            [control, f.controlLoads],
          ]);
          for (const b of order) pick.get(b)?.push(await load(b, f.path));
        }
      }
      framesMs += Date.now() - framesStart;
      for (const b of fresh ? trio : [control]) await b.close();
    }
    const framesRunsStart = Date.now();
    for (let i = 0; i < FRAMES_RUNS; i++) {
      for (const f of framesResults) {
        for (const b of i % 2 ? [lens, floor] : [floor, lens]) {
          await sleep(QUIET_MS);
          const result = await framesRun(b.context, url(f.path), {
            names: HIGHLIGHTS,
            baseline: 'none',
            forms: [],
          });
          (b === lens ? f.lens : f.floor).push(result);
        }
      }
    }
    const commentsLens: FramesRunResult[] = [];
    const commentsFloor: FramesRunResult[] = [];
    for (let i = 0; i < FRAMES_RUNS; i++) {
      for (const b of i % 2 ? [lens, floor] : [floor, lens]) {
        await sleep(QUIET_MS);
        const result = await framesRun(b.context, url(framesPages.commentsPath), {
          names: HIGHLIGHTS,
          baseline: 'none',
          forms: [],
        });
        (b === lens ? commentsLens : commentsFloor).push(result);
      }
    }
    framesMs += Date.now() - framesRunsStart;
    const framesReport = [
      ...framesResults.flatMap(framesRows),
      ...commentsRows(commentsLens, commentsFloor),
    ];
    if (onlyFrames) {
      printReport({
        product,
        forms: forms.length,
        rows: [...framesReport, ...(await scriptRows(extensionDir))],
        started,
        loadAtStart,
        header: 'news pages with frames only (--frames)',
        cutOff: 0,
      });
      return;
    }
    const docsRun = await run(lens, site.docsPath, 'none');

    const articles: ArticleResults[] = site.articles.map((a) => ({
      mb: a.mb,
      bytes: a.bytes,
      lens: [],
      floor: [],
      reference: [],
      mark: null,
      markCapMs: MARK_CAP_MS,
      lensLoads: [],
      floorLoads: [],
    }));
    for (let i = 0; i < RUNS; i++) {
      for (const [k, a] of articles.entries()) {
        const path = site.articles[k]?.path ?? '';
        a.lens.push(await run(lens, path, 'none'));
        a.floor.push(await run(floor, path, 'none'));
        a.reference.push(await run(floor, path, 'reference'));
      }
    }
    const big = articles.at(-1);
    const bigPath = site.articles.at(-1)?.path ?? '';
    for (let i = 0; big && i < EXTRA_BIG_LOADS; i++) {
      for (const b of i % 2 ? [lens, floor] : [floor, lens]) {
        (b === lens ? big.lensLoads : big.floorLoads).push(await load(b, bigPath));
      }
    }
    // mark.js last, each article with an equal share of the time left, and never less than it
    // takes to tell whether we are 10 times faster (up to 60 s).
    for (const [k, a] of articles.entries()) {
      const ours = med(done(a.lens), (r) => r.paintMs) ?? MARK_CAP_MS;
      const share = (TOTAL_MS + framesMs - (Date.now() - started)) / (articles.length - k);
      const cap = Math.min(MARK_CAP_MS, Math.max(MARK_BUDGET * 1.05 * ours, share));
      a.markCapMs = Math.round(Math.max(MARK_MIN_CAP_MS, cap));
      a.mark = await run(floor, site.articles[k]?.path ?? '', 'mark', a.markCapMs);
    }

    const rows = [
      ...articles.flatMap(articleRows),
      ...docsRows(lensLoads, floorLoads, controlLoads, docsRun.timedOut ? null : docsRun.painted),
      ...framesReport,
      ...(await scriptRows(extensionDir)),
    ];
    const cutOff = articles.flatMap((a) =>
      [...a.lens, ...a.floor, ...a.reference].filter((r) => r.timedOut || r.error),
    );
    printReport({
      product,
      forms: forms.length,
      rows,
      started,
      loadAtStart,
      header: `articles: ${articles.map((a) => `${a.mb} MB (${(a.bytes / MB).toFixed(2)} MB of HTML)`).join(', ')}`,
      cutOff: cutOff.length,
    });
  } finally {
    for (const b of browsers) {
      try {
        await b.close();
      } catch (error) {
        console.error(`bench-page: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    }
    await server.close();
    await otherServer.close();
    for (const dir of [extensionDir, noopDir, site.dir]) {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

await main();
