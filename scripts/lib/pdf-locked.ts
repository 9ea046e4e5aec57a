// A password-protected PDF, written by hand because pdf-lib cannot encrypt: one page whose
// content stream is encrypted with the PDF standard security handler (revision 2, 40-bit RC4, as
// the PDF 1.7 reference describes it). It opens with the user password LOCKED_PASSWORD and no other.
import { createHash } from 'node:crypto';

export const LOCKED_PASSWORD = 'physio';
const OWNER_PASSWORD = 'pt-lens-owner';

/** The 32 bytes the standard handler pads every password with. */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** Print and copy allowed; the other permission bits as the reference requires. */
const PERMISSIONS = -44;
const FILE_ID = Buffer.from('70746c656e736c6f636b656466697874', 'hex');

function padded(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

/** RC4, which Node's OpenSSL no longer offers by default. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

function le32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(value);
  return b;
}

export function lockedPdf(): Uint8Array {
  // Algorithms 3.3 (the O entry), 3.2 (the file key) and 3.4 (the U entry) of the reference.
  const owner = rc4(md5(padded(OWNER_PASSWORD)).subarray(0, 5), padded(LOCKED_PASSWORD));
  const key = md5(padded(LOCKED_PASSWORD), owner, le32(PERMISSIONS), FILE_ID).subarray(0, 5);
  const user = rc4(key, PAD);
  // Algorithm 3.1: each object's key is the file key with its number and generation.
  const objectKey = (num: number): Buffer =>
    md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = Buffer.from(
    'BT /F1 14 Tf 72 700 Td (This handout is locked. Stretch to keep your range of motion.) Tj ET',
    'latin1',
  );
  const stream = rc4(objectKey(4), content);
  const hex = (b: Buffer): string => `<${b.toString('hex')}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(owner)} /U ${hex(user)} /P ${PERMISSIONS} >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  const push = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    const num = i + 1;
    if (body === null) {
      push(Buffer.from(`${num} 0 obj\n<< /Length ${stream.length} >>\nstream\n`, 'latin1'));
      push(stream);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else push(Buffer.from(`${num} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R ` +
        `/ID [${hex(FILE_ID)} ${hex(FILE_ID)}] >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}
