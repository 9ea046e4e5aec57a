// How the viewer decides what a chosen file is, and splits plain text into paragraphs.
import { describe, expect, it } from 'vitest';
import { documentKind, paragraphs, startsLikePdf } from '../../../pdf/file-kind';

describe('documentKind', () => {
  it.each([
    ['handout.pdf', '', 'pdf'],
    ['download', 'application/pdf', 'pdf'],
    ['notes.TXT', '', 'text'],
    ['notes', 'text/plain', 'text'],
    ['page.html', '', 'html'],
    ['page.htm', 'text/html', 'html'],
    ['photo.jpg', 'image/jpeg', 'other'],
  ])('%s (%s) is %s', (name, type, kind) => expect(documentKind(name, type)).toBe(kind));
});

describe('startsLikePdf', () => {
  it('knows a PDF by its first bytes, whatever its name', () => {
    expect(startsLikePdf(new TextEncoder().encode('%PDF-1.7\n...'))).toBe(true);
    expect(startsLikePdf(new TextEncoder().encode('Just some notes'))).toBe(false);
    expect(startsLikePdf(new Uint8Array(0))).toBe(false);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('Range of\nmotion.\r\n\r\n  DOMS fades.  \n\n\n')).toEqual([
      'Range of\nmotion.',
      'DOMS fades.',
    ]);
  });
});
