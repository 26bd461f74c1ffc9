import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { systemContext, type RequestContext } from '../../electron/backend/context';
import {
  loadDocumentContent,
  loadPrintSettings,
  renderPdf,
  type DocumentContent,
  type DocumentStamp,
  type PrintSettings,
} from '../../electron/backend/documents/render';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import type { DocumentRequest } from '../../shared/domain/documents';
import { openTestBackend, tempDir, type TestBackend } from '../backend/helpers';

export const STAMP: DocumentStamp = { code: 'UJI-7K3Q-9XWD', digest: 'a1b2'.repeat(16), draft: false };

export interface Demo {
  t: TestBackend;
  ctx: RequestContext;
  settings: PrintSettings;
  row<T>(query: string, ...params: unknown[]): T;
  rows<T>(query: string, ...params: unknown[]): T[];
}

/** The demo office (SKP, realisasi, evaluations) in a fresh database, with the test office's settings. */
export async function openDemo(): Promise<Demo> {
  const t = await openTestBackend();
  const ctx = systemContext(t.backend.ctx, 'test');
  loadDemoData(ctx);
  const db = t.backend.ctx.sqlite;
  return {
    t,
    ctx,
    settings: loadPrintSettings(ctx),
    row: <T>(query: string, ...params: unknown[]) => db.prepare(query).get(...params) as T,
    rows: <T>(query: string, ...params: unknown[]) => db.prepare(query).all(...params) as T[],
  };
}

export async function printOne(
  demo: Demo,
  request: DocumentRequest,
  options: { allowDraft?: boolean; settings?: Partial<PrintSettings> } = {},
): Promise<{ content: DocumentContent; pdf: Buffer }> {
  const content = loadDocumentContent(demo.ctx, request, { allowDraft: options.allowDraft ?? false });
  const pdf = await renderPdf([{ content, stamp: { ...STAMP, draft: content.isDraft } }], {
    ...demo.settings,
    ...options.settings,
  });
  return { content, pdf };
}

function pdfFile(pdf: Buffer): string {
  const file = path.join(tempDir(), 'doc.pdf');
  writeFileSync(file, pdf);
  return file;
}

export function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** `pdftotext -layout` of the whole document, or of one page (1-based). */
export function layoutText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, pdfFile(pdf), '-'], { encoding: 'utf8' });
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of each page in content-stream order (`pdftotext -raw`), whitespace collapsed. The renderer writes a
 * table cell's lines one after another, so a wrapped cell reads back as the whole text it was given.
 */
export function pageTexts(pdf: Buffer): string[] {
  const raw = execFileSync('pdftotext', ['-raw', pdfFile(pdf), '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return raw.split('\f').slice(0, -1).map(normalize);
}

/** True when `text` is printed whole on one page, or split between two lines over consecutive pages. */
export function printedWhole(pages: string[], text: string): boolean {
  const want = normalize(text);
  if (pages.some((p) => p.includes(want))) return true;
  const words = want.split(' ');
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    for (let p = 0; p + 1 < pages.length; p++) {
      if (pages[p]!.includes(head) && pages[p + 1]!.includes(tail)) return true;
    }
  }
  return false;
}

/** Page `page` (1-based) as PNG bytes, at `dpi`. */
export function pagePng(pdf: Buffer, page: number, dpi = 150): Buffer {
  const file = pdfFile(pdf);
  const out = path.join(path.dirname(file), 'page');
  execFileSync('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    String(dpi),
    '-png',
    '-singlefile',
    file,
    out,
  ]);
  return readFileSync(`${out}.png`);
}

/** The first QR code found on a page image, decoded with jsQR; null when none is readable. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const result = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  return result?.data ?? null;
}

/** Keeps a page image for a person to look at (test-output/pdf/<name>.png). */
export function keepPng(png: Buffer, name: string): void {
  const dir = path.resolve('test-output', 'pdf');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.png`), png);
}

export interface WordBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (`pdftotext -bbox`). */
export function wordBoxes(pdf: Buffer): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfFile(pdf), '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const words: WordBox[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      for (const m of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g,
      )) {
        words.push({
          page: i + 1,
          pageWidth: Number(size[1]),
          pageHeight: Number(size[2]),
          text: m[5]!,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        });
      }
    });
  return words;
}

/** The images drawn in the document (`pdfimages -list`, soft masks not counted). */
export function imageCount(pdf: Buffer): number {
  const list = execFileSync('pdfimages', ['-list', pdfFile(pdf)], { encoding: 'utf8' });
  return list
    .trim()
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
}
