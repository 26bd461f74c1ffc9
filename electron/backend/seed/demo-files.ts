import { deflateSync } from 'node:zlib';

/**
 * Small bukti dukung for the demo office, made in memory and synchronously (the demo loads inside one
 * transaction): a one-page PDF report and a PNG bar chart. Same input, same bytes.
 */

/** WinAnsi bytes for a PDF string: the few non-ASCII characters the demo uses, "?" for anything else. */
function pdfString(text: string): string {
  const mapped = [...text]
    .map((ch) => {
      if (ch === '–') return '\\226';
      if (ch === '·') return '\\267';
      const code = ch.charCodeAt(0);
      if (code < 32 || code > 126) return code >= 160 && code <= 255 ? `\\${code.toString(8)}` : '?';
      return ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : ch;
    })
    .join('');
  return `(${mapped})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

function pdfDate(at: Date): string {
  return `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/**
 * A one-page A5 report, written out directly: a valid PDF 1.4 with the standard Helvetica fonts (not embedded,
 * every reader has them). pdfkit is a stream and costs milliseconds a page; the demo makes over a hundred.
 */
export function demoPdf(title: string, lines: readonly string[], at: Date): Buffer {
  const body = lines.flatMap((line) => wrap(line, 72)).map((line) => `${pdfString(line)} Tj T*`);
  const content = [
    `BT /F2 13 Tf 40 545 Td ${pdfString(title)} Tj ET`,
    `BT /F1 10 Tf 14 TL 40 515 Td ${body.join(' ')} ET`,
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (SIPKA data contoh) /CreationDate (${pdfDate(at)}) >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG from a pixel function giving 0xRRGGBB (pngjs is a development dependency; the demo runs in the app). */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgb = pixel(x, y);
      const at = y * stride + 1 + x * 3;
      raw[at] = rgb >>> 16;
      raw[at + 1] = (rgb >>> 8) & 0xff;
      raw[at + 2] = rgb & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BAR = 0x2563eb;
const TARGET = 0xdc2626;
const WHITE = 0xffffff;
const AXIS = 0x64748b;

/** A bar chart of fractions of target (1 = the red line), like a photo of a monitoring board. */
export function demoChartPng(fractions: readonly number[]): Buffer {
  const width = 160;
  const height = 96;
  const base = height - 8;
  const scale = 56; // pixels for 100 %
  const slot = Math.floor((width - 16) / Math.max(1, fractions.length));
  const tops = fractions.map((f) => base - Math.round(Math.min(1.5, Math.max(0, f)) * scale));
  return encodePng(width, height, (x, y) => {
    if (y === base || x === 8) return AXIS;
    if (y === base - scale && x > 8) return TARGET;
    const index = Math.floor((x - 12) / slot);
    const top = tops[index];
    if (x >= 12 && top !== undefined && (x - 12) % slot < slot - 5 && y < base && y >= top) return BAR;
    return WHITE;
  });
}
