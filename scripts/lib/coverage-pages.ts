// What the coverage command reads of a file: its visible text as blocks, each marked as a
// heading or not, so that marks can be counted per section. HTML comes from the scan command's
// reader (the content script's blocks); plain text and Markdown are read line by line.
import { extname } from 'node:path';
import type { PageBlock } from './html-text';

export type { PageBlock } from './html-text';

export interface Page {
  file: string;
  blocks: PageBlock[];
}

export type PageKind = 'html' | 'text' | 'markdown';

const KINDS: Record<string, PageKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The kind of page a file is by its extension; undefined for files that are not pages. */
export const pageKind = (path: string): PageKind | undefined => KINDS[extname(path).toLowerCase()];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

const BULLET = /^\s*(?:[-*+•·]|\d+[.)])\s+/;
/**
 * A plain-text line that reads as a heading: a Markdown heading, a question line as MedQuAD pages
 * have ("Q: What is ...?"), or a short line with no sentence punctuation (titles in copied
 * articles), which is not a list item.
 */
function textHeading(line: string): boolean {
  if (/^#{1,6}\s/.test(line) || /^Q:\s/.test(line)) return true;
  if (BULLET.test(line)) return false;
  return countWords(line) <= 8 && !/[.,;:]$/.test(line.trim());
}

/** A text file: one block per non-blank line. */
export function textBlocks(text: string): PageBlock[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line.trim(), heading: textHeading(line.trim()) }));
}

/** The words of a Markdown line without its markup: links keep their text, code spans go. */
export function stripMarkdownLine(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(BULLET, '')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

/** A Markdown file: one block per line of prose; fenced code is not prose and is skipped. */
export function markdownBlocks(text: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  let inFence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const stripped = stripMarkdownLine(line);
    if (stripped) blocks.push({ text: stripped, heading: /^\s{0,3}#{1,6}\s/.test(line) });
  }
  return blocks;
}

export const pageWords = (page: Page): number =>
  page.blocks.reduce((sum, b) => sum + countWords(b.text), 0);

export const pageText = (page: Page): string => page.blocks.map((b) => b.text).join('\n');
