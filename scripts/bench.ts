// `npm run bench`: the term matcher's speed beside the naive approach (one RegExp of every alias),
// on about 1 MB and 10 MB of real text from the shared corpus, with compile time and hits found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLOSSARY } from '../guide/glossary/index';
import type { GlossaryEntry } from '../guide/types';
import { glossaryMatcher } from '../terms/glossary-matcher';
import {
  CORPUS,
  MB,
  ROOT,
  corpusDocuments,
  median,
  textOfSize,
  utf8Bytes,
} from './lib/bench-corpus';
import { everyPageFiles } from './lib/bench-fixtures';
import { createHtmlTextReader } from './lib/html-text';
import { PART_FILES } from '../content/parts';

const SIZES_MB = [1, 10];
/** Each measurement stops after this many runs, or sooner when its time budget is spent. */
const RUNS = 7;
const MIN_RUNS = 3;
const BUDGET_MS = 5_000;

interface Measure {
  ms: number;
  runs: number;
  hits: number;
}

interface Row extends Measure {
  method: string;
  mb: number;
  baselineMs?: number;
}

/** One warm-up run, then the median of up to RUNS timed runs within the budget. */
function measure(run: () => number): Measure {
  run();
  const times: number[] = [];
  let hits = 0;
  let spent = 0;
  while (times.length < RUNS && (times.length < MIN_RUNS || spent < BUDGET_MS)) {
    const t0 = performance.now();
    hits = run();
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  return { ms: median(times), runs: times.length, hits };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const aliasesOf = (entries: readonly GlossaryEntry[]): string[] => [
  ...new Set(entries.flatMap((e) => e.aliases.map((a) => a.text))),
];

/** The naive approach: every alias in one case-insensitive RegExp, longest first, `\b` around. */
function naiveRegExp(entries: readonly GlossaryEntry[]): RegExp {
  const body = aliasesOf(entries)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`\\b(?:${body})\\b`, 'gi');
}

/** The common approach: one RegExp per alias, each run over the text in turn. */
function perAliasRegExps(entries: readonly GlossaryEntry[]): RegExp[] {
  return aliasesOf(entries).map((a) => new RegExp(`\\b${escapeRegExp(a)}\\b`, 'gi'));
}

function countWith(res: readonly RegExp[], blocks: readonly string[]): number {
  let hits = 0;
  for (const block of blocks) for (const re of res) hits += block.match(re)?.length ?? 0;
  return hits;
}

function compileTimes(): { coldMs: number; warm: Measure } {
  const t0 = performance.now();
  glossaryMatcher();
  const coldMs = performance.now() - t0;
  return { coldMs, warm: measure(() => (glossaryMatcher(), 0)) };
}

function matchingRows(blocks: readonly string[], withPerAlias: boolean): Row[] {
  const mb = utf8Bytes(blocks) / MB;
  const matcher = glossaryMatcher();
  const naive = [naiveRegExp(GLOSSARY)];
  const baseline = measure(() => countWith(naive, blocks));
  const rows: Row[] = [
    { method: 'one RegExp, all aliases (baseline)', mb, ...baseline },
    {
      method: 'PT Lens matcher',
      mb,
      baselineMs: baseline.ms,
      ...measure(() => blocks.reduce((n, b) => n + matcher.find(b).length, 0)),
    },
  ];
  if (withPerAlias) {
    const each = perAliasRegExps(GLOSSARY);
    const row = { method: 'one RegExp per alias', mb, baselineMs: baseline.ms };
    rows.push({ ...row, ...measure(() => countWith(each, blocks)) });
  }
  return rows;
}

function formatTable(rows: readonly Row[]): string {
  const header = ['method', 'MB', 'runs', 'ms (median)', 'MB/s', 'vs baseline', 'hits'];
  const cells = rows.map((r) => [
    r.method,
    r.mb.toFixed(2),
    String(r.runs),
    r.ms.toFixed(1),
    (r.mb / (r.ms / 1000)).toFixed(1),
    r.baselineMs === undefined ? '1.00x' : `${(r.baselineMs / r.ms).toFixed(2)}x`,
    String(r.hits),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const speed = (r: Row | undefined): number => (r ? r.mb / r.ms : 0);

/** The goals of issue 4, checked on the 1 MB rows. */
function goals(rows: readonly Row[]): string[] {
  const [baseline, matcher, perAlias] = rows;
  const ofLimit = speed(matcher) / speed(baseline);
  const overPerAlias = speed(matcher) / speed(perAlias);
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  return [
    `goal: matcher at least 0.50x the one-RegExp limit: ${ofLimit.toFixed(2)}x, ${verdict(ofLimit >= 0.5)}`,
    `goal: matcher at least 10x one RegExp per alias: ${overPerAlias.toFixed(1)}x, ${verdict(overPerAlias >= 10)}`,
  ];
}

/** What every page loads (the content script and the page lens it imports), from the last
 * Chromium build, if there is one; the tooltip part comes only with a term. */
async function contentScriptSize(): Promise<string> {
  const out = join(ROOT, '.output', 'chrome-mv3');
  if (!existsSync(join(out, 'manifest.json'))) return 'not built yet (run npm run build)';
  const files = await everyPageFiles(out);
  if (!files.every((f) => existsSync(f))) return 'not built yet (run npm run build)';
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  const tooltip = join(out, PART_FILES['term-ui']);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const extra = existsSync(tooltip)
    ? `; tooltip part, only once a term is found: ${kb(readFileSync(tooltip).length)}`
    : '';
  return `${kb(code.length)} (${kb(gzipSync(code).length)} gzip) on every page${extra}`;
}

async function main(): Promise<void> {
  if (!existsSync(join(CORPUS, 'health')) || !existsSync(join(CORPUS, 'non-health'))) {
    console.error('bench: corpus not found at ../shared/corpus (beside the repository root)');
    process.exitCode = 1;
    return;
  }
  const html = createHtmlTextReader();
  const documents = corpusDocuments(html);
  await html.close();

  const aliases = GLOSSARY.reduce((n, e) => n + e.aliases.length, 0);
  console.log(
    `PT Lens bench: ${GLOSSARY.length} entries, ${aliases} aliases, Node ${process.version}`,
  );
  console.log(
    'Text: health pages and documentation pages from ../shared/corpus, in turn, repeated',
  );
  console.log(`to size; matched block by block, as the content script does. MB = 10^6 bytes.\n`);

  const compile = compileTimes();
  const rows = SIZES_MB.flatMap((size, i) =>
    matchingRows(textOfSize(documents, size * MB), i === 0),
  );
  console.log(formatTable(rows));
  console.log(
    `\nglossaryMatcher() compile: ${compile.coldMs.toFixed(1)} ms first call, ` +
      `${compile.warm.ms.toFixed(1)} ms median of ${compile.warm.runs} after`,
  );
  console.log(`content script: ${await contentScriptSize()}`);
  console.log(goals(rows).join('\n'));
  console.log(
    '\nvs baseline: baseline time / method time (above 1 is faster). Hits differ by design: the\n' +
      'baseline and per-alias RegExps ignore case rules, inflections and context, and the\n' +
      'per-alias count includes overlaps ("arthritis" inside "rheumatoid arthritis").',
  );
}

await main();
