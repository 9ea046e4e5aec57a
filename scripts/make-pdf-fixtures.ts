// `npx tsx scripts/make-pdf-fixtures.ts`: writes the viewer's PDF fixtures to tests/fixtures/pdf/.
// The 300-page file is not committed: tests and the bench make it with longPdf() when they run.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { damagedPdf, emptyPdf, handoutPdf, lockedPdf, scannedPdf } from './lib/pdf-fixtures';

const DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pdf');

await mkdir(DIR, { recursive: true });
const files: [string, Uint8Array][] = [
  ['handout.pdf', await handoutPdf()],
  ['scanned.pdf', await scannedPdf()],
  ['damaged.pdf', damagedPdf()],
  ['empty.pdf', emptyPdf()],
  ['locked.pdf', lockedPdf()],
];
for (const [name, bytes] of files) {
  await writeFile(join(DIR, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
