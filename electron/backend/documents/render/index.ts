/**
 * The documents' public face for the register, the batch worker and the handlers: load a document's content
 * from the database, read the print settings, draw PDFs. A worker thread should import `./pdf` directly (no
 * database code).
 */
export type {
  DocumentBody,
  DocumentContent,
  DokumenEvaluasiBody,
  EvaluasiBody,
  RekapBody,
  SkpBody,
} from '../content/types';
export { loadDocumentContent } from '../content/load';
export { loadPrintSettings } from '../content/print-settings';
export type { PrintSettings } from './settings';
export { renderPdf, RenderCancelled, type DocumentStamp } from './pdf';
