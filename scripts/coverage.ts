// `npm run coverage -- DIR... [--json] [--min-pages N] [--top N] [--contrast DIR]`: how well the
// glossary covers a folder of pages (html, txt, md): marks per 1,000 words (every mark, and only
// the first of each entry per section), the densest page, marks per entry category, and how many
// frequent health candidate terms (mined with compromise) the real matcher explains.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { glossaryMatcher } from '../terms/glossary-matcher';
import { contrastOf } from './lib/contrast';
import { analysePage } from './lib/coverage-analysis';
import { markdownBlocks, pageKind, pageText, textBlocks, type Page } from './lib/coverage-pages';
import { coverageReport, formatCoverage } from './lib/coverage-report';
import { glossaryCategories, glossaryHeadWords } from './lib/glossary-forms';
import { createHtmlTextReader, decodeText, type HtmlTextReader } from './lib/html-text';
import { listFiles, reason, type ListError } from './lib/list-files';
import { parseDecisions } from './lib/term-decisions';

const DEFAULT_DECISIONS = 'docs/term-candidates.json';

const USAGE = `Usage: npm run coverage -- DIR... [--json] [--min-pages N] [--top N] [--contrast DIR]
  DIR            a folder of pages (html, txt, md; read recursively) or a page
  --json         the whole report as JSON, every frequent candidate included
  --min-pages N  a candidate is frequent on N or more pages (default 3)
  --top N        how many unexplained candidates to list (default 40)
  --contrast DIR non-health pages: candidates common there are not health terms
  --decisions F  the recorded decisions (default ${DEFAULT_DECISIONS}, when present)`;

interface Options {
  dirs: string[];
  json: boolean;
  minPages: number;
  top: number;
  contrast: string[];
  decisions: string | null;
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number above 0`);
  return n;
}

function parseOptions(argv: string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'min-pages': { type: 'string' },
        top: { type: 'string' },
        contrast: { type: 'string', multiple: true, default: [] },
        decisions: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help || positionals.length === 0) return USAGE;
    return {
      dirs: positionals,
      json: values.json,
      minPages: count(values['min-pages'], 3, 'min-pages'),
      top: count(values.top, 40, 'top'),
      contrast: values.contrast,
      decisions: values.decisions ?? (existsSync(DEFAULT_DECISIONS) ? DEFAULT_DECISIONS : null),
    };
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
}

async function readPage(file: string, html: HtmlTextReader): Promise<Page | string> {
  const kind = pageKind(file);
  if (!kind) return 'not a page';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return reason(error);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.reason;
  const blocks =
    kind === 'html'
      ? html.pageBlocks(decoded.text)
      : kind === 'markdown'
        ? markdownBlocks(decoded.text)
        : textBlocks(decoded.text);
  return { file, blocks };
}

/** Reads every page under `dirs`; files that are not pages are passed over. */
async function readPages(
  dirs: string[],
  html: HtmlTextReader,
  errors: ListError[],
): Promise<Page[]> {
  const files = (await listFiles(dirs, errors)).filter((f) => pageKind(f));
  const pages: Page[] = [];
  for (const file of files) {
    const page = await readPage(file, html);
    if (typeof page === 'string') errors.push({ file, message: page });
    else pages.push(page);
  }
  return pages;
}

function decisionsOf(path: string | null): Map<string, string> | undefined {
  if (!path) return undefined;
  const file = parseDecisions(JSON.parse(readFileSync(path, 'utf8')));
  return new Map(file.decisions.map((d) => [d.candidate, d.decision]));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    const asked = process.argv.includes('--help') || process.argv.includes('-h');
    (asked ? console.log : console.error)(options);
    process.exitCode = asked ? 0 : 2;
    return;
  }
  const matcher = glossaryMatcher();
  const html = createHtmlTextReader();
  const errors: ListError[] = [];
  try {
    const pages = (await readPages(options.dirs, html, errors)).map((p) => analysePage(p, matcher));
    const contrast = options.contrast.length
      ? contrastOf((await readPages(options.contrast, html, errors)).map(pageText))
      : undefined;
    const report = coverageReport(pages, {
      minPages: options.minPages,
      top: options.top,
      glossaryWords: glossaryHeadWords(),
      categories: glossaryCategories(),
      contrast,
      decisions: decisionsOf(options.decisions),
    });
    for (const e of errors) console.error(`coverage: ${e.file}: ${e.message}`);
    process.stdout.write(
      options.json ? JSON.stringify(report, null, 2) + '\n' : formatCoverage(report, options),
    );
    process.exitCode = errors.length ? 1 : 0;
  } finally {
    await html.close();
  }
}

await main();
