// `npm run scan -- PATH... [--json] [--format md]`: lists the glossary terms in text, HTML and PDF
// files (or folders of them), most frequent first; unreadable or binary files are reported and
// skipped.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GLOSSARY } from '../guide/glossary/index';
import { glossaryMatcher } from '../terms/glossary-matcher';
import { listFiles, reason } from './lib/list-files';
import { createHtmlTextReader, decodeText, fileKind, type HtmlTextReader } from './lib/html-text';
import { readPdfPages } from './lib/pdf-text';
import {
  findTerms,
  formatCounts,
  formatJson,
  formatStudySheet,
  scannedPage,
  scannedText,
  type ScannedFile,
  type ScanResult,
} from './lib/scan-report';

const USAGE = `Usage: npm run scan -- PATH... [--json] [--format text|md|json]
  PATH           a text, HTML or PDF file, or a folder of them (read recursively)
  --json         every match as JSON: file, offsets, matched text, entry id
  --format md    a Markdown study sheet: each term, its explanation, where it occurs`;

type Format = 'text' | 'md' | 'json';

interface Options {
  paths: string[];
  format: Format;
}

function parseOptions(argv: string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return USAGE;
    const format = values.json ? 'json' : values.format;
    if (format !== 'text' && format !== 'md' && format !== 'json')
      return `Unknown format "${format}".\n${USAGE}`;
    if (positionals.length === 0) return USAGE;
    return { paths: positionals, format };
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
}

async function readScanned(file: string, html: HtmlTextReader): Promise<ScannedFile | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return reason(error);
  }
  if (fileKind(file) === 'pdf') {
    return readPdfPages(bytes).then(
      (pages) => scannedPage(file, pages, 'pdf'),
      (error: unknown) => reason(error),
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.reason;
  return fileKind(file) === 'html'
    ? scannedPage(file, html.visibleBlocks(decoded.text))
    : scannedText(file, decoded.text);
}

async function scan(paths: string[]): Promise<ScanResult> {
  const matcher = glossaryMatcher();
  const result: ScanResult = { files: [], found: [], errors: [] };
  const files = await listFiles(paths, result.errors);
  const html = createHtmlTextReader();
  try {
    for (const file of files) {
      const scanned = await readScanned(file, html);
      if (typeof scanned === 'string') {
        result.errors.push({ file, message: scanned });
        continue;
      }
      result.files.push(scanned);
      result.found.push(...findTerms(matcher, scanned));
    }
  } finally {
    await html.close();
  }
  return result;
}

function report(result: ScanResult, format: Format): string {
  const entries = new Map(GLOSSARY.map((e) => [e.id, e]));
  if (format === 'json') return formatJson(result, entries);
  if (format === 'md') return formatStudySheet(result, entries);
  return formatCounts(result, entries);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    const asked = process.argv.includes('--help') || process.argv.includes('-h');
    (asked ? console.log : console.error)(options);
    process.exitCode = asked ? 0 : 2;
    return;
  }
  const result = await scan(options.paths);
  for (const e of result.errors) console.error(`scan: ${e.file}: ${e.message}`);
  process.stdout.write(report(result, options.format));
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}

await main();
