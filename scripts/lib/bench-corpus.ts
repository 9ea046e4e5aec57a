// The shared corpus as bench text: where it lives, its pages as blocks, and text cut to a size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTextReader } from './html-text';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The shared corpus sits beside the repository, never inside it. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const MB = 1_000_000;

/** True when both halves of the corpus are where the benches look for them. */
export const corpusPresent = (): boolean =>
  existsSync(join(CORPUS, 'health')) && existsSync(join(CORPUS, 'non-health'));

export const utf8Bytes = (blocks: readonly string[]): number =>
  blocks.reduce((n, b) => n + Buffer.byteLength(b, 'utf8'), 0);

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The corpus files of one folder with one extension, in name order. */
export const corpusFiles = (dir: string, ext: string): string[] =>
  readdirSync(join(CORPUS, dir))
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(CORPUS, dir, name));

/** Each health page, split into its paragraphs. */
export const healthDocuments = (): string[][] =>
  corpusFiles('health', '.txt').map((f) =>
    readFileSync(f, 'utf8')
      .split(/\n\s*\n/)
      .filter((p) => /\S/.test(p)),
  );

/** Health pages (split into paragraphs) and documentation pages (their visible blocks), taken in
 * turn, so every stretch of the bench text mixes prose with and without terms. */
export function corpusDocuments(html: HtmlTextReader): string[][] {
  const health = healthDocuments();
  const docs = corpusFiles('non-health', '.html').map((f) =>
    html.visibleBlocks(readFileSync(f, 'utf8')),
  );
  const mixed: string[][] = [];
  for (let i = 0; i < Math.max(health.length, docs.length); i++) {
    const h = health[i];
    const d = docs[i];
    if (h) mixed.push(h);
    if (d) mixed.push(d);
  }
  return mixed;
}

/** Whole blocks of the corpus, repeated as needed, until `bytes` of UTF-8 text. */
export function textOfSize(documents: readonly string[][], bytes: number): string[] {
  const all = documents.flat();
  const out: string[] = [];
  if (utf8Bytes(all) === 0) return out;
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = all[i % all.length] ?? '';
    out.push(block);
    size += Buffer.byteLength(block, 'utf8');
  }
  return out;
}
