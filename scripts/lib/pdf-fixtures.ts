// Builds the PDF fixtures of the viewer's tests, written for this project (scripts/make-pdf-fixtures.ts
// writes them to tests/fixtures/pdf/): a handout whose terms run across lines, columns and pages,
// a scanned-style page with no text layer, a damaged file, a locked one and a 300-page one.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { deflateSync, crc32 } from 'node:zlib';
import { lockedPdf } from './pdf-locked';

const LETTER: [number, number] = [612, 792];
const MARGIN = 60;
const SIZE = 12;
const LEADING = 17;

/** Fixed dates, so the same script always writes the same bytes. */
const MADE = new Date('2026-01-05T09:00:00Z');

async function newDocument(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('PT Lens test fixtures');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(MADE);
  doc.setModificationDate(MADE);
  return doc;
}

/** Writes lines top-down from `y`; each entry of `lines` is one line of the PDF, as printed. */
function writeLines(
  page: PDFPage,
  font: PDFFont,
  { lines, x, y }: { lines: string[]; x: number; y: number },
): number {
  for (const line of lines) {
    page.drawText(line, { x, y, size: SIZE, font, color: rgb(0.1, 0.1, 0.1) });
    y -= LEADING;
  }
  return y;
}

/**
 * The handout: page 1 has a paragraph in which "range of / motion" and "delayed onset muscle /
 * soreness" break across lines, then two columns (each column's text is printed before the
 * next's, as word processors do); page 2 goes on with more terms, so terms are on both pages.
 */
export async function handoutPdf(): Promise<Uint8Array> {
  const doc = await newDocument('Home exercise handout');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const one = doc.addPage(LETTER);
  one.drawText('Your home exercise handout', { x: MARGIN, y: 720, size: 20, font: bold });
  let y = writeLines(one, font, {
    x: MARGIN,
    y: 686,
    lines: [
      'These exercises help you get back your full range of',
      'motion after the injury. Some delayed onset muscle',
      'soreness (DOMS) a day or two after a new exercise is',
      'normal and fades within a few days.',
    ],
  });
  y -= 12;
  one.drawText('Before you start', { x: MARGIN, y, size: 14, font: bold });
  const columnTop = y - 24;
  const left = writeLines(one, font, {
    x: MARGIN,
    y: columnTop,
    lines: [
      'Warm up gently for five',
      'minutes. Move each joint',
      'through its range of',
      'motion without forcing it.',
    ],
  });
  const right = writeLines(one, font, {
    x: 330,
    y: columnTop,
    lines: [
      'If you have fibromyalgia,',
      'start with short sessions',
      'and build up slowly over',
      'the weeks.',
    ],
  });
  one.drawText('Continued on the next page.', {
    x: MARGIN,
    y: Math.min(left, right) - 20,
    size: SIZE,
    font,
  });
  const two = doc.addPage(LETTER);
  two.drawText('Pain relief at home', { x: MARGIN, y: 720, size: 16, font: bold });
  writeLines(two, font, {
    x: MARGIN,
    y: 690,
    lines: [
      'Your therapist may lend you a TENS unit. Use it only as',
      'shown in the clinic. The evidence for it is mixed, so',
      'tell your therapist how it works for you.',
      'People with fibromyalgia often feel better with regular,',
      'gentle exercise.',
    ],
  });
  return doc.save({ useObjectStreams: false });
}

/** A page as a scanner makes it: one picture of printed lines, and no text at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await newDocument('Scanned handout');
  const page = doc.addPage(LETTER);
  const image = await doc.embedPng(linesPng(306, 396));
  page.drawImage(image, { x: 0, y: 0, width: LETTER[0], height: LETTER[1] });
  return doc.save({ useObjectStreams: false });
}

/** A grey picture of a page with dark bars where lines of print would be. */
function linesPng(width: number, height: number): Uint8Array {
  const rows: Buffer[] = [];
  for (let row = 0; row < height; row++) {
    const line = Buffer.alloc(1 + width);
    const inPrint = row > 40 && row < height - 40 && row % 14 < 6;
    for (let col = 0; col < width; col++) {
      const word = Math.floor(col / 23) % 5 !== 4;
      line[1 + col] = inPrint && col > 30 && col < width - 30 && word ? 60 : 235;
    }
    rows.push(line);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // 8 bits per sample
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A download cut off early, then overwritten: a PDF header and no readable structure. */
export function damagedPdf(): Uint8Array {
  const text = '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\n';
  const noise = Array.from({ length: 400 }, (_, i) => String.fromCharCode(33 + ((i * 37) % 90)));
  return new Uint8Array(Buffer.from(text + noise.join(''), 'latin1'));
}

/** A file of no bytes at all (an upload that failed). */
export function emptyPdf(): Uint8Array {
  return new Uint8Array(0);
}

/** `pages` pages of prose with a few terms on each, for the speed and lazy-rendering work. */
export async function longPdf(pages = 300): Promise<Uint8Array> {
  const doc = await newDocument('A long course book');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [
    'Chronic pain is pain that lasts for more than three months.',
    'Gentle exercise and a steady range of motion routine help',
    'many people. Some soreness after new exercise is normal;',
    'delayed onset muscle soreness (DOMS) fades in a few days.',
    'Ask your physical therapist before you try a TENS unit.',
  ];
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(LETTER);
    page.drawText(`Chapter page ${n}`, { x: MARGIN, y: 720, size: 16, font });
    let y = 690;
    for (let block = 0; block < 6; block++)
      y = writeLines(page, font, { x: MARGIN, y, lines }) - 10;
  }
  return doc.save({ useObjectStreams: false });
}

export { lockedPdf };
