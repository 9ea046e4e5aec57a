// `npm run scan` reads PDFs: the handout's terms with their pages' text, and a plain word for a
// PDF it cannot read (scanned, damaged, locked, empty), as the viewer says it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAILURE_MESSAGES, NO_TEXT_MESSAGE } from '../../../pdf/load-failure';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DIR = 'tests/fixtures/pdf';

function scan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

describe('npm run scan on PDFs', () => {
  it('finds the handout’s terms across its lines and pages', async () => {
    const run = await scan(`${DIR}/handout.pdf`, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      files: { kind: string }[];
      matches: { text: string; entryId: string }[];
    };
    expect(report.files).toEqual([expect.objectContaining({ kind: 'pdf', matches: 8 })]);
    expect(report.matches.map((m) => m.text)).toEqual([
      'range of motion',
      'delayed onset muscle soreness',
      'DOMS',
      'Warm up',
      'range of motion',
      'fibromyalgia',
      'TENS',
      'fibromyalgia',
    ]);
  }, 30_000);

  it('says plainly why it cannot read the others, and reads what it can in a folder', async () => {
    const run = await scan(DIR);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('5 terms (8 matches) in 1 file.');
    expect(run.stderr).toContain(`scanned.pdf: ${NO_TEXT_MESSAGE}`);
    expect(run.stderr).toContain(`damaged.pdf: ${FAILURE_MESSAGES.damaged}`);
    expect(run.stderr).toContain(`locked.pdf: ${FAILURE_MESSAGES.locked}`);
    expect(run.stderr).toContain(`empty.pdf: ${FAILURE_MESSAGES.empty}`);
  }, 30_000);
});
