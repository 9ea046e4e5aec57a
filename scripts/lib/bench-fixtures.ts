// What the page bench runs on: a private copy of the built extension, a do-nothing extension,
// articles made from the health corpus, a documentation page, and the terms the baselines look for.
import { cp, copyFile, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matchData from '../../terms/generated/match-data.json';
import type { MatchEntry } from '../../terms/types';
import { ROOT } from './bench-corpus';
import { PART_FILES } from '../../content/parts';
import { MATCH_DATA_FILE } from '../../terms/deflated-match-data';

interface Manifest {
  content_scripts?: { js?: string[] }[];
}

/**
 * What a built extension runs in every page, as paths inside `dir`: the manifest's content
 * scripts, the page lens they import after load and its match data (the tooltip part only comes
 * with a term).
 */
export async function everyPageFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  return [...scripts, PART_FILES['page-lens'], MATCH_DATA_FILE].map((file) => join(dir, file));
}

async function complete(dir: string): Promise<boolean> {
  try {
    const scripts = await everyPageFiles(dir);
    const sizes = await Promise.all(scripts.map((s) => stat(s).then((st) => st.size)));
    return scripts.length > 0 && sizes.every((n) => n > 0);
  } catch {
    return false;
  }
}

/**
 * Copies .output/chrome-mv3 (or another Chrome build, to compare with an earlier version) into a
 * temp dir of our own, so a rebuild while the bench runs cannot change what is measured. A copy
 * caught halfway through a rebuild is taken again (3 tries).
 */
export async function copyBuild(
  build = join(ROOT, '.output', 'chrome-mv3'),
): Promise<string | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await complete(build))) {
      await new Promise((ok) => setTimeout(ok, 2_000));
      continue;
    }
    const dir = await mkdtemp(join(tmpdir(), 'pt-lens-bench-ext-'));
    await cp(build, dir, { recursive: true });
    if (await complete(dir)) return dir;
  }
  return null;
}

/** A manifest v3 extension whose content script does nothing: the floor every content script
 * pays (it runs at the same time as ours, on the same pages). */
export async function writeNoopExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pt-lens-bench-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench do-nothing',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content.js'],
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, 'content.js'), '// Does nothing.\n');
  await writeFile(join(dir, 'background.js'), '// Does nothing.\n');
  return dir;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page: each block a paragraph inside <article>, as a news or health site has it. */
export function articleHtml(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}` +
    '</title>\n<style>body{max-width:44em;margin:2em auto;font:16px/1.5 serif}</style></head>\n' +
    `<body><article><h1>${escapeHtml(title)}</h1>\n${body}\n</article></body></html>\n`
  );
}

export interface Site {
  dir: string;
  /** Path of each page on the server. */
  articles: { mb: number; path: string; bytes: number }[];
  docsPath: string;
}

/** Writes the articles and a copy of a documentation page (no health terms) into a temp dir. */
export async function writeSite(
  articles: { mb: number; paragraphs: readonly string[] }[],
  docsFile: string,
): Promise<Site> {
  const dir = await mkdtemp(join(tmpdir(), 'pt-lens-bench-site-'));
  const out: Site['articles'] = [];
  for (const { mb, paragraphs } of articles) {
    const html = articleHtml(`Health article, about ${mb} MB of text`, paragraphs);
    const path = `/article-${mb}mb.html`;
    await writeFile(join(dir, path), html);
    out.push({ mb, path, bytes: Buffer.byteLength(html, 'utf8') });
  }
  await mkdir(join(dir, 'docs'));
  await copyFile(docsFile, join(dir, 'docs', 'page.html'));
  return { dir, articles: out, docsPath: '/docs/page.html' };
}

/** Every alias and inflected form the extension looks for, once each (ignoring case), longest
 * first, as the baselines are given them. */
export function termForms(): string[] {
  const seen = new Map<string, string>();
  for (const entry of matchData as MatchEntry[]) {
    for (const alias of entry.aliases) {
      for (const form of [alias.text, ...(alias.forms ?? [])]) {
        const key = form.toLowerCase();
        if (!seen.has(key)) seen.set(key, form);
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.length - a.length);
}
