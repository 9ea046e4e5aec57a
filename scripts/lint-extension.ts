// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build and fails on any error, and on
// any warning that is not Preact's own support for raw HTML props (which we never use).
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

const ours = report.warnings.filter((w) => !isPreactInternal(w));
const where = (m: LintMessage): string => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
for (const e of report.errors) console.error(`error: ${where(e)}`);
for (const w of ours) console.error(`warning: ${where(w)}`);
const skipped = report.warnings.length - ours.length;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${ours.length} warnings from our code` +
    (skipped ? ` (${skipped} from Preact's raw-HTML prop support, which we never use)` : ''),
);
if (report.errors.length > 0 || ours.length > 0) process.exit(1);
