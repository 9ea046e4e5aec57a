// The committed PDF fixtures read as the tests say they do: pdf.js (its Node build) reads the
// handout's text, the glossary finds its terms across lines, columns and pages, and the other
// files fail the way the viewer's messages say.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadFailure } from '../../../pdf/load-failure';
import { hasNoText, pageText } from '../../../pdf/page-text';
import { glossaryMatcher } from '../../../terms/glossary-matcher';
import { LOCKED_PASSWORD } from '../../../scripts/lib/pdf-locked';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');

async function open(name: string, password?: string) {
  const data = new Uint8Array(await readFile(join(FIXTURES, name)));
  return getDocument({ data, password, verbosity: 0 }).promise;
}

async function pagesOf(name: string, password?: string): Promise<string[]> {
  const doc = await open(name, password);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    pages.push(pageText((await (await doc.getPage(n)).getTextContent()).items));
  }
  await doc.destroy();
  return pages;
}

describe('the handout fixture', () => {
  it('holds its terms across lines, in both columns and on both pages', async () => {
    const pages = await pagesOf('handout.pdf');
    expect(pages).toHaveLength(2);
    const matcher = glossaryMatcher();
    const found = matcher
      .findInBlocks(pages)
      .map((hits, i) =>
        hits.map((m) => [i + 1, (pages[i] as string).slice(m.start, m.end).replace(/\s+/g, ' ')]),
      );
    expect(found.flat()).toEqual([
      [1, 'range of motion'],
      [1, 'delayed onset muscle soreness'],
      [1, 'DOMS'],
      [1, 'Warm up'],
      [1, 'range of motion'],
      [1, 'fibromyalgia'],
      [2, 'TENS'],
      [2, 'fibromyalgia'],
    ]);
    // "range of" ends one line and "motion" starts the next.
    expect(pages[0]).toContain('range of motion after');
  });
});

describe('the other fixtures', () => {
  it('the scanned page has no text at all', async () => {
    expect(hasNoText(await pagesOf('scanned.pdf'))).toBe(true);
  });

  it.each([
    ['damaged.pdf', 'damaged'],
    ['empty.pdf', 'empty'],
    ['locked.pdf', 'locked'],
  ])('%s fails as %s', async (name, kind) => {
    const error = await open(name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(loadFailure(error).kind).toBe(kind);
  });

  it('the locked file is really encrypted: it opens with its password', async () => {
    const [text] = await pagesOf('locked.pdf', LOCKED_PASSWORD);
    expect(text).toContain('range of motion');
  });
});

describe('pageText', () => {
  it('ends a line where pdf.js says one ends, and skips marked-content items', () => {
    expect(
      pageText([
        { str: 'range of', hasEOL: true },
        { type: 'beginMarkedContent' },
        { str: 'motion' },
      ]),
    ).toBe('range of motion');
  });
});
