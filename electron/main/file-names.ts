import { CFB_MIME_BY_EXTENSION, EVIDENCE_KINDS } from '../backend/realisasi/kinds';

/*
 * File names that come from the renderer or the database (a suggested PDF name, a bukti dukung's original
 * name) are only ever a last path segment here: whatever could make them name another folder, a device or a
 * different kind of file is removed before the main process uses them.
 */

const MAX_BASE_LENGTH = 120;
// Windows refuses these characters in a name; "/" and "\" would name another folder anywhere.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** The name without its extension, made safe as one path segment; `fallback` when nothing is left. */
export function safeBaseName(name: string, fallback: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  const cleaned = stem
    .normalize('NFC')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on Linux.
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .trim();
  if (cleaned === '' || RESERVED.test(cleaned)) return fallback;
  return cleaned;
}

/** The name the save dialog proposes: always one segment ending in `.pdf`. */
export function safePdfName(suggested: unknown): string {
  const name = typeof suggested === 'string' ? suggested : '';
  return `${safeBaseName(name, 'Dokumen_SIPKA')}.pdf`;
}

/** Whether a chosen path already ends in .pdf (any case). */
export function hasPdfExtension(file: string): boolean {
  return /\.pdf$/i.test(file);
}

/**
 * The extension a stored file gets in its temporary copy, from the MIME type the backend detected in its
 * content (never from the name a user gave it): null for a type the app does not keep, which is not opened.
 */
export function extensionForMime(mimeType: string): string | null {
  for (const spec of Object.values(EVIDENCE_KINDS)) {
    // The CFB container alone does not say whether it is a Word, Excel or PowerPoint file.
    if (spec.mime === mimeType && spec.mime !== 'application/x-cfb') return spec.extensions[0] ?? null;
  }
  for (const [extension, mime] of Object.entries(CFB_MIME_BY_EXTENSION)) {
    if (mime === mimeType) return extension;
  }
  return null;
}

/** "Laporan Mei.docx" stored as DOCX → "Laporan Mei.docx"; "scan" stored as PDF → "scan.pdf". */
export function storedCopyName(fileName: string, mimeType: string): string | null {
  const extension = extensionForMime(mimeType);
  if (extension === null) return null;
  return `${safeBaseName(fileName, 'berkas')}.${extension}`;
}
