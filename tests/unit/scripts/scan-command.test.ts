// `npm run scan` as a user runs it: counts, JSON offsets, the study sheet, and bad input.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { createHtmlTextReader } from '../../../scripts/lib/html-text';
import { scannedPage } from '../../../scripts/lib/scan-report';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PAGE = 'tests/fixtures/scan/page-with-hidden-text.html';
const NOTES = 'tests/fixtures/scan/visit-notes.txt';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface JsonReport {
  files: { file: string; kind: string; matches: number }[];
  terms: { entryId: string; count: number; files: number }[];
  matches: { file: string; start: number; end: number; text: string; entryId: string }[];
}

const countsOf = (report: JsonReport): Record<string, number> =>
  Object.fromEntries(report.terms.map((t) => [t.entryId, t.count]));

let tmp = '';
let runs: Record<'folder' | 'json' | 'md' | 'bad' | 'missing' | 'usage', Run>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pt-lens-scan-'));
  const binary = join(tmp, 'scan.bin');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  const [folder, json, md, bad, missing, usage] = await Promise.all([
    scan('tests/fixtures/scan'),
    scan(PAGE, NOTES, '--json'),
    scan(NOTES, '--format', 'md'),
    scan(binary, NOTES),
    scan('tests/fixtures/scan/no-such-file.txt'),
    scan(),
  ]);
  runs = { folder: folder!, json: json!, md: md!, bad: bad!, missing: missing!, usage: usage! };
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run scan', () => {
  it('counts the terms in a folder, most frequent first', () => {
    const { code, stdout, stderr } = runs.folder;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => /^\s+\d+\s+\d+\s/.test(l));
    expect(rows[0]).toMatch(/^\s+2\s+\d\s+\S/);
    expect(stdout).toMatch(/^\s+2\s+1\s+Fibromyalgia\s+fibromyalgia$/m);
    expect(stdout).toMatch(/^\s+2\s+2\s+Ibuprofen.*\s+ibuprofen$/m);
    expect(stdout).toMatch(/^\s+2\s+1\s+NSAID.*\s+nsaid$/m);
  });

  it('counts only the text a reader sees on a page', () => {
    const report = JSON.parse(runs.json.stdout) as JsonReport;
    const onPage = report.matches.filter((m) => m.file === PAGE).map((m) => m.entryId);
    expect(onPage.sort()).toEqual([
      'fibromyalgia',
      'fibromyalgia',
      'ibuprofen',
      'physical-therapy',
    ]);
    for (const hidden of [
      'osteoporosis',
      'bursitis',
      'sciatica',
      'tendinopathy',
      'plantar-fasciitis',
    ])
      expect(countsOf(report)).not.toHaveProperty(hidden);
  });

  it('gives JSON offsets that point at the matched text', async () => {
    const report = JSON.parse(runs.json.stdout) as JsonReport;
    expect(report.files.map((f) => [f.file, f.kind])).toEqual([
      [PAGE, 'html'],
      [NOTES, 'text'],
    ]);
    const notes = readFileSync(join(ROOT, NOTES), 'utf8');
    const reader = createHtmlTextReader();
    const page = scannedPage(PAGE, reader.visibleBlocks(readFileSync(join(ROOT, PAGE), 'utf8')));
    await reader.close();
    for (const m of report.matches) {
      const text = m.file === NOTES ? notes : page.text;
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(report.matches.find((m) => m.entryId === 'carpal-tunnel-syndrome')?.text).toBe(
      'carpal tunnel\nsyndrome',
    );
  });

  it('writes a study sheet with each term’s explanation and where it occurs', () => {
    const { code, stdout } = runs.md;
    expect(code).toBe(0);
    const nsaid = GLOSSARY.find((e) => e.id === 'nsaid');
    expect(stdout).toMatch(/^# PT Lens study sheet/);
    expect(stdout).toContain(`## ${nsaid?.term}\n\n${nsaid?.short}`);
    expect(stdout).toContain(`- \`${NOTES}\`: `);
    expect(stdout).toContain('**rheumatoid arthritis**');
  });

  it('reports a binary file in one line, exits non-zero, and still scans the good file', () => {
    const { code, stdout, stderr } = runs.bad;
    expect(code).not.toBe(0);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `scan: ${join(tmp, 'scan.bin')}: binary file (contains NUL bytes)`,
    ]);
    expect(stdout).toMatch(/in 1 file\./);
    expect(stdout).toMatch(/\s+ibuprofen$/m);
  });

  it('reports a missing path in one line and exits non-zero', () => {
    const { code, stderr } = runs.missing;
    expect(code).toBe(1);
    expect(stderr).toBe('scan: tests/fixtures/scan/no-such-file.txt: no such file or folder\n');
  });

  it('prints how to use it when given no path', () => {
    expect(runs.usage.code).toBe(2);
    expect(runs.usage.stderr).toMatch(/^Usage: npm run scan -- PATH/);
  });
});
