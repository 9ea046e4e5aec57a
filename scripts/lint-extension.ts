// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build and fails on any error, and on
// any warning that is not Preact's own support for raw HTML props (which we never use) or one of
// pdf.js's known, unused code paths (in the reader page only).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const dir = '.output/firefox-mv2';
let raw: string;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (err) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  raw = (err as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw) as { errors: LintMessage[]; warnings: LintMessage[] };

/** Preact's renderer writes raw HTML only for a prop holding `{ __html }`, which we never pass. */
function isPreactInternal(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) {
    return false;
  }
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, m.column - 400), m.column + 50);
  return around.includes('.__html');
}

/**
 * pdf.js (the reader page only; never on web pages) has three things the linter flags, none of
 * which runs here: a feature test that tries `Function('')` (the extension's policy forbids eval,
 * so it says no), PostScript functions compiled only when `isEvalSupported` is on (the reader
 * turns it off), and `import()` of its own worker file or of a JPEG 2000 fallback (files of the
 * package, never an address from a document). Each is recognised by pdf.js's own words beside it.
 */
function isPdfJsInternal(m: LintMessage): boolean {
  if (!m.file || !m.line || m.column === undefined) return false;
  if (!/^(chunks\/viewer-|assets\/pdf\.worker\.)/.test(m.file)) return false;
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const before = line.slice(Math.max(0, m.column - 250), m.column + 80);
  if (m.code === 'DANGEROUS_EVAL') {
    return before.includes('isEvalSupported') || /try\{return Function\(``\),!0\}/.test(before);
  }
  if (m.code === 'UNSAFE_VAR_ASSIGNMENT') {
    return /import\(this\.workerSrc\)|openjpeg_nowasm_fallback/.test(before);
  }
  return false;
}

const ours = report.warnings.filter((w) => !isPreactInternal(w) && !isPdfJsInternal(w));
const where = (m: LintMessage): string => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
for (const e of report.errors) console.error(`error: ${where(e)}`);
for (const w of ours) console.error(`warning: ${where(w)}`);
const preact = report.warnings.filter(isPreactInternal).length;
const pdfjs = report.warnings.filter(isPdfJsInternal).length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings from our code` +
    (preact ? ` (${preact} from Preact's raw-HTML prop support, which we never use)` : '') +
    (pdfjs ? ` (${pdfjs} from pdf.js's eval test, eval-only code and worker import, unused)` : ''),
);
if (report.errors.length > 0 || ours.length > 0) process.exit(1);
