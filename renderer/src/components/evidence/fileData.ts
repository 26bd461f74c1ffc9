/** "1,2 MB", "340 KB". */
export function formatBytes(size: number | null): string {
  if (size === null) return '';
  if (size >= 1024 * 1024) {
    return `${(size / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
  }
  return `${Math.max(1, Math.round(size / 1024)).toLocaleString('id-ID')} KB`;
}

/** The kind of file in words, for the list: "PDF", "Gambar", "Dokumen". */
export function fileKindLabel(mimeType: string | null): string {
  if (!mimeType) return 'Berkas';
  if (mimeType === 'application/pdf') return 'PDF';
  if (mimeType.startsWith('image/')) return 'Gambar';
  if (mimeType.includes('sheet') || mimeType.includes('excel')) return 'Lembar kerja';
  if (mimeType.includes('presentation') || mimeType.includes('powerpoint')) return 'Presentasi';
  return 'Dokumen';
}

/** What the file picker offers; the backend decides by the file's content, not its name. */
export const EVIDENCE_ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,application/pdf,image/*';
