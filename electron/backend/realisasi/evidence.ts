import { eq } from 'drizzle-orm';
import type { EvidenceContent } from '../../../shared/ipc/methods/realisasi';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { evidence } from '../db/schema';
import { AppError, notFound } from '../errors';
import { requireSkp } from '../skp/guard';
import type { Attribution } from './attribution';
import { type WritableTarget, requireIki } from './guard';
import { deleteStoredFile, readStoredFile, sha256Hex, storedFileSize, storeFile } from './files';
import { findEvidence, storedFileReferenced, type EvidenceRecord } from './queries';

/** Larger files are not sent to the preview (a base64 copy in memory on both sides); open them outside. */
export const PREVIEW_MAX_BYTES = 30 * 1024 * 1024;

/** "20 MB", "1,5 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${mb.toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

function tooLarge(size: number, maxBytes: number): AppError {
  const message = `Berkas terlalu besar (${formatMegabytes(size)}). Ukuran berkas bukti dukung paling besar ${formatMegabytes(maxBytes)}.`;
  return new AppError('VALIDATION', message, { contentBase64: message });
}

/** Decodes the upload, refusing a file over the limit before allocating it. */
export function decodeContent(base64: string, maxBytes: number): Buffer {
  const text = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const estimated = Math.floor((text.length * 3) / 4) - padding;
  if (estimated > maxBytes) throw tooLarge(estimated, maxBytes);
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    const message = 'Isi berkas tidak terbaca. Pilih berkasnya lagi, lalu unggah ulang.';
    throw new AppError('VALIDATION', message, { contentBase64: message });
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0)
    throw new AppError('VALIDATION', 'Berkas kosong.', { contentBase64: 'Berkas kosong' });
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return bytes;
}

/** What the audit trail keeps of a bukti dukung. */
function audited(row: Omit<EvidenceRecord, 'id' | 'addedByUserId'>) {
  return {
    skpId: row.skpId,
    periodId: row.periodId,
    ikiLineageId: row.ikiLineageId,
    kind: row.kind,
    title: row.title,
    url: row.url,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    addedBy: row.addedBy,
  };
}

export interface NewFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** False for demo data only: see storeFile. */
  durable?: boolean;
}

type EvidenceContentFields = Pick<
  EvidenceRecord,
  'kind' | 'title' | 'url' | 'sha256' | 'fileName' | 'mimeType' | 'size'
>;

/** Records one bukti dukung against an IKI of the sheet, with its audit entry. */
function recordEvidence(
  ctx: RequestContext,
  target: WritableTarget,
  ikiLineageId: number,
  content: EvidenceContentFields,
  by: Attribution,
  summary: string,
): number {
  const row = {
    skpId: target.skp.id,
    periodId: target.period.id,
    ikiLineageId,
    ...content,
    addedByUserId: by.userId,
    addedBy: by.name,
    addedAt: by.at ?? ctx.now().toISOString(),
  };
  const { id } = ctx.db.insert(evidence).values(row).returning({ id: evidence.id }).get();
  recordChange(ctx, 'evidence', id, null, audited(row), summary);
  return id;
}

/** Keeps the file under `files/` and records it against one IKI of the sheet; synchronous (seed and handler). */
export function insertFileEvidence(
  ctx: RequestContext,
  target: WritableTarget,
  ikiLineageId: number,
  file: NewFile,
  by: Attribution,
): number {
  const indicator = requireIki(ctx, target, ikiLineageId).indicator;
  const sha256 = storeFile(ctx.dataDir, file.bytes, { durable: file.durable ?? true });
  return recordEvidence(
    ctx,
    target,
    ikiLineageId,
    {
      kind: 'FILE',
      title: file.fileName,
      url: null,
      sha256,
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.bytes.length,
    },
    by,
    `Bukti dukung "${file.fileName}" untuk IKI "${indicator}" ${target.period.label}.`,
  );
}

export function insertLinkEvidence(
  ctx: RequestContext,
  target: WritableTarget,
  ikiLineageId: number,
  link: { url: string; title: string },
  by: Attribution,
): number {
  const indicator = requireIki(ctx, target, ikiLineageId).indicator;
  return recordEvidence(
    ctx,
    target,
    ikiLineageId,
    {
      kind: 'LINK',
      title: link.title || link.url,
      url: link.url,
      sha256: null,
      fileName: null,
      mimeType: null,
      size: null,
    },
    by,
    `Tautan bukti dukung untuk IKI "${indicator}" ${target.period.label}.`,
  );
}

function requireEvidenceOf(
  ctx: RequestContext,
  skpId: number,
  periodId: number,
  evidenceId: number,
): EvidenceRecord {
  const row = findEvidence(ctx.sql, evidenceId);
  if (!row || row.skpId !== skpId || row.periodId !== periodId) {
    throw notFound('Bukti dukung tidak ditemukan pada SKP dan periode ini. Muat ulang halaman.');
  }
  return row;
}

/**
 * Decision: a stored file no row names any more is deleted, but only after the removal has committed and only
 * when, by then, no bukti dukung and no printed document's signed scan names it (so a rolled-back removal or a
 * shared file keeps it).
 */
function deleteWhenUnreferenced(ctx: RequestContext, sha256: string): void {
  setImmediate(() => {
    try {
      if (!storedFileReferenced(ctx.sql, sha256)) deleteStoredFile(ctx.dataDir, sha256);
    } catch {
      // The connection may be closed (a restore swapping the data folder): the file stays, which is harmless.
    }
  });
}

export function removeEvidence(ctx: RequestContext, target: WritableTarget, evidenceId: number): void {
  const row = requireEvidenceOf(ctx, target.skp.id, target.period.id, evidenceId);
  ctx.db.delete(evidence).where(eq(evidence.id, row.id)).run();
  recordChange(
    ctx,
    'evidence',
    row.id,
    audited(row),
    null,
    `Bukti dukung "${row.title}" ${target.period.label} dihapus.`,
  );
  if (row.sha256 !== null) deleteWhenUnreferenced(ctx, row.sha256);
}

/** The file's bytes for the preview, with whether they still match what was stored. */
export function evidenceContent(
  ctx: RequestContext,
  skpId: number,
  periodId: number,
  evidenceId: number,
): EvidenceContent {
  requireSkp(ctx, skpId);
  const row = requireEvidenceOf(ctx, skpId, periodId, evidenceId);
  if (row.kind !== 'FILE' || row.sha256 === null) {
    throw new AppError('VALIDATION', 'Bukti dukung ini berupa tautan, bukan berkas: buka tautannya.');
  }
  const missing = notFound(
    'Berkas bukti dukung ini tidak ada lagi di folder data SIPKA. Pulihkan dari cadangan atau unggah ulang berkasnya.',
  );
  const size = storedFileSize(ctx.dataDir, row.sha256);
  if (size === null) throw missing;
  if (size > PREVIEW_MAX_BYTES) {
    throw new AppError(
      'VALIDATION',
      `Berkas ini terlalu besar untuk ditampilkan di SIPKA (${formatMegabytes(size)}). Unduh berkasnya lalu buka dengan aplikasi lain.`,
    );
  }
  const bytes = readStoredFile(ctx.dataDir, row.sha256);
  if (!bytes) throw missing;
  return {
    fileName: row.fileName ?? 'berkas',
    mimeType: row.mimeType ?? 'application/octet-stream',
    base64: bytes.toString('base64'),
    intact: bytes.length === row.size && sha256Hex(bytes) === row.sha256,
  };
}
