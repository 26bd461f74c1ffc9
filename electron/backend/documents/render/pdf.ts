import PDFDocument from 'pdfkit';
import type { DocumentBody, DocumentContent } from '../content/types';
import { drawDokumenEvaluasi } from './dokumen-evaluasi';
import { drawEvaluasi } from './evaluasi';
import { drawFooters } from './footer';
import { loadFonts, registerFonts } from './fonts';
import { documentFrame, type DocumentFrame } from './frame';
import { openLogo } from './letterhead';
import { drawRekap } from './rekap';
import type { PrintSettings } from './settings';
import { drawSkp } from './skp';
import { Writer } from './writer';

/**
 * This module draws PDFs from plain data only (no context, no database): a batch worker thread imports it
 * directly.
 */

/** Printed on the document: its register code, and the SHA-256 of its content for the QR. */
export interface DocumentStamp {
  code: string;
  /** sha256 hex of the content (canonical JSON). */
  digest: string;
  draft: boolean;
}

/** Thrown by `renderPdf` when `onDocument` asked to stop. */
export class RenderCancelled extends Error {
  constructor() {
    super('Pembuatan dokumen dibatalkan.');
    this.name = 'RenderCancelled';
  }
}

function drawBody(frame: DocumentFrame, body: DocumentBody): void {
  switch (body.kind) {
    case 'SKP':
      return drawSkp(frame, body);
    case 'EVALUASI':
      return drawEvaluasi(frame, body);
    case 'DOKUMEN_EVALUASI':
      return drawDokumenEvaluasi(frame, body);
    case 'REKAP':
      return drawRekap(frame, body);
  }
}

/**
 * Several documents into one A4 PDF (one for a single print, many for a batch). Each document starts on a new
 * page with the kop surat; its pages carry "Halaman X dari Y" of that document, its code and QR. Pages are
 * flushed after each document, so memory stays flat over a batch. `onDocument(i)` is called before document i;
 * returning false stops with `RenderCancelled`. The loop yields to the event loop between documents, so a
 * worker thread can receive a cancel message.
 */
export async function renderPdf(
  items: { content: DocumentContent; stamp: DocumentStamp }[],
  settings: PrintSettings,
  onDocument?: (index: number) => boolean,
): Promise<Buffer> {
  const first = items[0]?.content;
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
    font: '',
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: items.length === 1 && first ? first.title : `Cetak dokumen SIPKA (${items.length} dokumen)`,
      Author: settings.officeName,
      Creator: 'SIPKA',
      Producer: 'SIPKA',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const fonts = loadFonts(settings.fontsDir);
  registerFonts(doc, fonts);
  const w = new Writer(doc, fonts);
  const frame = documentFrame(w, settings, openLogo(doc, settings.logoPng));
  for (let i = 0; i < items.length; i++) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    if (onDocument && onDocument(i) === false) {
      doc.end();
      await finished;
      throw new RenderCancelled();
    }
    const { content, stamp } = items[i]!;
    const firstPage = w.pageCount;
    drawBody(frame, content.body);
    drawFooters(w, firstPage, stamp, content.title);
    doc.flushPages();
  }
  if (w.pageCount === 0) w.newPage('portrait');
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
