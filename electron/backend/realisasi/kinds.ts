/**
 * The kinds of bukti dukung file SIPKA keeps (domain.md §4: PDF, images, office documents), by the type detected
 * from the content, with the file name extensions each may carry.
 */
export interface EvidenceKindSpec {
  /** What the refusal messages call it. */
  label: string;
  mime: string;
  extensions: readonly string[];
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** Keyed by the `ext` that file-type reports for the content. */
export const EVIDENCE_KINDS: Readonly<Record<string, EvidenceKindSpec>> = {
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'] },
  jpg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  gif: { label: 'GIF', mime: 'image/gif', extensions: ['gif'] },
  webp: { label: 'WebP', mime: 'image/webp', extensions: ['webp'] },
  docx: { label: 'Word (DOCX)', mime: `${OOXML}.wordprocessingml.document`, extensions: ['docx'] },
  xlsx: { label: 'Excel (XLSX)', mime: `${OOXML}.spreadsheetml.sheet`, extensions: ['xlsx'] },
  pptx: { label: 'PowerPoint (PPTX)', mime: `${OOXML}.presentationml.presentation`, extensions: ['pptx'] },
  odt: { label: 'OpenDocument Text', mime: `${ODF}.text`, extensions: ['odt'] },
  ods: { label: 'OpenDocument Spreadsheet', mime: `${ODF}.spreadsheet`, extensions: ['ods'] },
  odp: { label: 'OpenDocument Presentation', mime: `${ODF}.presentation`, extensions: ['odp'] },
  // Word 97–2003, Excel 97–2003 and PowerPoint 97–2003 share one container (CFB); the extension tells which.
  cfb: { label: 'dokumen Office 97–2003', mime: 'application/x-cfb', extensions: ['doc', 'xls', 'ppt'] },
};

/** The precise MIME type of a legacy Office file, which the CFB container alone does not tell. */
export const CFB_MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** PDF and images: the app shows them itself; office documents open in the system's program. */
export function isPreviewable(mimeType: string | null): boolean {
  return mimeType !== null && PREVIEWABLE.has(mimeType);
}

/** "laporan.final.PDF" → "pdf"; "" when the name has no extension. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
