// What the scan command reads: strict UTF-8, and the visible text of a page.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createHtmlTextReader, decodeText, fileKind } from '../../../scripts/lib/html-text';

const page = readFileSync(
  new URL('../../fixtures/scan/page-with-hidden-text.html', import.meta.url),
  'utf8',
);
const reader = createHtmlTextReader();
afterAll(() => reader.close());

describe('fileKind', () => {
  it.each([
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['doc.xhtml', 'html'],
    ['notes.txt', 'text'],
    ['notes.md', 'text'],
    ['README', 'text'],
  ])('reads %s as %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('decodes UTF-8, curly apostrophes included', () => {
    expect(decodeText(new TextEncoder().encode('Don’t skip physio'))).toEqual({
      ok: true,
      text: 'Don’t skip physio',
    });
  });

  it('refuses a file with NUL bytes as binary', () => {
    expect(decodeText(bytes(0x50, 0x00, 0x54))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
  });

  it('refuses bytes that are not UTF-8 (Latin-1 é)', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({
      ok: false,
      reason: 'not UTF-8 text',
    });
  });
});

describe('createHtmlTextReader', () => {
  const blocks = reader.visibleBlocks(page);
  const all = blocks.join('\n');

  it('keeps the visible paragraphs, joining text split by inline markup', () => {
    expect(blocks.map((b) => b.trim())).toEqual([
      'Living with fibromyalgia',
      'Gentle physiotherapy helped my fibromyalgia more than I expected.',
      'I still keep ibuprofen in my bag.',
    ]);
  });

  it('leaves out the title, styles, scripts, noscript and hidden elements', () => {
    for (const hidden of ['Osteoporosis', 'bursitis', 'sciatica', 'Tendinopathy', 'Plantar'])
      expect(all).not.toContain(hidden);
  });

  it('runs no script the page holds', () => {
    const blocks = reader.visibleBlocks(
      '<p>Before</p><script>document.body.append("added by a script")</script>',
    );
    expect(blocks).toEqual(['Before']);
  });
});
