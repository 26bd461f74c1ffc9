import type { PrintedDocumentDto, ScanContent } from '../../../shared/ipc/methods/documents';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { conflict, notFound } from '../errors';
import { detectEvidenceFile, type AcceptedKinds } from '../realisasi/detect';
import { decodeContent } from '../realisasi/evidence';
import { readStoredFile, storeFile } from '../realisasi/files';
import { readEvidenceMaxBytes } from '../settings/store';
import { findRegisterRow, toDto, type RegisterRow } from './register';

/**
 * The scan of the signed paper, kept under `files/` by its SHA-256 like bukti dukung (the same store, so the
 * backup carries it). A scan is a PDF or an image, judged by its bytes, never by its name.
 */

const SCANS: AcceptedKinds = {
  extensions: ['pdf', 'png', 'jpg', 'webp', 'gif'],
  message: 'Isi berkas bukan PDF atau gambar. Unggah hasil pindaian sebagai PDF, JPEG, atau PNG.',
};

function requireRow(ctx: RequestContext, registerId: number): RegisterRow {
  const row = findRegisterRow(ctx.sql, registerId);
  if (!row) throw notFound('Dokumen tercetak tidak ditemukan di register.');
  return row;
}

function assertSignable(row: RegisterRow): void {
  if (row.draft) {
    throw conflict(
      'Dokumen DRAF tidak dapat diberi pindaian bertanda tangan. Cetak dokumen yang sudah disetujui.',
    );
  }
}

/**
 * 'own' effect: the content type is detected asynchronously, outside any transaction; the row is checked again
 * inside the transaction that records the scan and its audit entry. A second scan replaces the first (the audit
 * keeps both hashes).
 */
export async function attachScan(
  ctx: RequestContext,
  input: { registerId: number; fileName: string; contentBase64: string },
): Promise<PrintedDocumentDto> {
  assertSignable(requireRow(ctx, input.registerId));
  const bytes = decodeContent(input.contentBase64, readEvidenceMaxBytes(ctx.sql));
  const file = await detectEvidenceFile(bytes, input.fileName, SCANS);
  return ctx.sqlite.transaction(() => {
    const before = requireRow(ctx, input.registerId);
    assertSignable(before);
    const sha256 = storeFile(ctx.dataDir, bytes);
    const signed = {
      signedScanSha256: sha256,
      signedScanName: file.fileName,
      signedScanMime: file.mimeType,
      signedAt: ctx.now().toISOString(),
      signedRecordedBy: ctx.caller?.displayName ?? 'Sistem',
    };
    ctx.sqlite
      .prepare(
        `UPDATE printed_documents SET signed_scan_sha256 = @signedScanSha256, signed_scan_name = @signedScanName,
           signed_scan_mime = @signedScanMime, signed_at = @signedAt, signed_recorded_by = @signedRecordedBy
         WHERE id = @id`,
      )
      .run({ ...signed, id: before.id });
    const { signedRecordedBy: _b, ...audited } = signed;
    recordChange(
      ctx,
      'printed_document',
      before.id,
      {
        signedScanSha256: before.signedScanSha256,
        signedScanName: before.signedScanName,
        signedScanMime: before.signedScanMime,
        signedAt: before.signedAt,
      },
      audited,
      `Pindaian bertanda tangan ${before.code}`,
    );
    return toDto(requireRow(ctx, before.id));
  })();
}

export function scanContent(ctx: RequestContext, registerId: number): ScanContent {
  const row = requireRow(ctx, registerId);
  if (row.signedScanSha256 === null || row.signedAt === null) {
    throw notFound(`Dokumen ${row.code} belum diberi pindaian bertanda tangan.`);
  }
  const bytes = readStoredFile(ctx.dataDir, row.signedScanSha256);
  if (!bytes)
    throw notFound(
      'Berkas pindaian tidak ditemukan di folder data. Pulihkan dari cadangan atau unggah lagi.',
    );
  return {
    fileName: row.signedScanName ?? `${row.code}.pdf`,
    mimeType: row.signedScanMime ?? 'application/octet-stream',
    base64: bytes.toString('base64'),
    signedAt: row.signedAt,
  };
}
