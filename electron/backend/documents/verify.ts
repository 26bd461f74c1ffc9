import type { DocumentRequest } from '../../../shared/domain/documents';
import type { VerifyResult, VerifyStatus } from '../../../shared/ipc/methods/documents';
import { recordEvent } from '../audit/trail';
import type { RequestContext } from '../context';
import { AppError, validationError } from '../errors';
import { readCodeText } from './codes';
import { contentDigest } from './digest';
import { findByCode, toDto, type RegisterRow } from './register';
import { loadDocumentContent, type DocumentContent } from './render';

export const MALFORMED_MESSAGE =
  'Kode dokumen tidak dikenali bentuknya. Ketik kode seperti tercetak di dokumen (contoh: SKP-7K3M9-QXD2A) atau pindai QR-nya.';

const STATUS_NOTE: Readonly<Record<VerifyStatus, string>> = {
  CURRENT: 'sesuai data yang berlaku',
  SUPERSEDED: 'data sudah berubah',
  TAMPERED: 'QR tidak cocok',
  UNKNOWN: 'tidak terdaftar',
};

/** The request the register row was printed from, without a pinned revision: what would print now. */
export function requestOf(row: RegisterRow): DocumentRequest | null {
  switch (row.kind) {
    case 'SKP':
      return row.skpId === null ? null : { kind: 'SKP', skpId: row.skpId };
    case 'EVALUASI':
    case 'DOKUMEN_EVALUASI':
      return row.skpId === null || row.periodId === null
        ? null
        : { kind: row.kind, skpId: row.skpId, periodId: row.periodId };
    case 'REKAP':
      return row.unitId === null || row.periodId === null
        ? null
        : { kind: 'REKAP', unitId: row.unitId, periodId: row.periodId };
  }
}

/** The record's content as it stands now: the approved version when there is one, else the draft. */
function currentContent(ctx: RequestContext, row: RegisterRow): DocumentContent | null {
  const request = requestOf(row);
  if (request === null) return null;
  try {
    return loadDocumentContent(ctx, request, { allowDraft: false });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code !== 'CONFLICT') return null;
  }
  try {
    return loadDocumentContent(ctx, request, { allowDraft: true });
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

function judge(row: RegisterRow, now: DocumentContent | null): Omit<VerifyResult, 'code' | 'document'> {
  if (now === null) {
    return {
      status: 'SUPERSEDED',
      message:
        'Dokumen ini terdaftar, tetapi data asalnya sekarang tidak dapat dimuat lagi; jangan gunakan dokumen ini.',
      currentRevision: null,
    };
  }
  if (contentDigest(now) === row.digest) {
    return {
      status: 'CURRENT',
      message: row.draft
        ? 'Dokumen ini sesuai data yang tersimpan, tetapi masih DRAF (belum disetujui).'
        : 'Dokumen ini asli dan sesuai dengan data yang berlaku sekarang.',
      currentRevision: null,
    };
  }
  const revisionChanged =
    now.recordRevision !== null && row.recordRevision !== null && now.recordRevision !== row.recordRevision;
  if (revisionChanged) {
    return {
      status: 'SUPERSEDED',
      message: `Dokumen ini dicetak dari revisi ${row.recordRevision}; yang berlaku sekarang revisi ${now.recordRevision}. Cetak ulang dari revisi yang berlaku.`,
      currentRevision: now.recordRevision,
    };
  }
  if (row.draft && !now.isDraft) {
    return {
      status: 'SUPERSEDED',
      message: 'Dokumen ini DRAF; datanya sudah disetujui sejak dicetak. Cetak ulang versi yang disetujui.',
      currentRevision: now.recordRevision,
    };
  }
  return {
    status: 'SUPERSEDED',
    message:
      'Data dokumen ini sudah berubah sejak dicetak (misalnya penilaian dikoreksi). Cetak ulang dari data yang berlaku.',
    currentRevision: now.recordRevision,
  };
}

/**
 * Checks a typed code or the QR text against the register and the record as it stands now. Malformed text is a
 * validation error; every answer about a well-formed code is audited as an event.
 */
export function verifyDocument(ctx: RequestContext, text: string): VerifyResult {
  const read = readCodeText(text);
  if (!read) throw validationError(MALFORMED_MESSAGE, { text: MALFORMED_MESSAGE });
  const row = findByCode(ctx.sql, read.code);
  let result: VerifyResult;
  if (!row) {
    result = {
      status: 'UNKNOWN',
      code: read.code,
      message: 'Tidak ada dokumen dengan kode ini di register SIPKA.',
      document: null,
      currentRevision: null,
    };
  } else if (read.digest !== null && read.digest !== row.digest) {
    result = {
      status: 'TAMPERED',
      code: read.code,
      message:
        'Kode ini terdaftar, tetapi sidik isi pada QR tidak cocok dengan yang tercatat: isi dokumen ini bukan yang dicetak SIPKA.',
      document: toDto(row),
      currentRevision: null,
    };
  } else {
    result = { ...judge(row, currentContent(ctx, row)), code: read.code, document: toDto(row) };
  }
  recordEvent(
    ctx,
    'printed_document',
    row?.id ?? null,
    `Verifikasi ${read.code}: ${STATUS_NOTE[result.status]}`,
    {
      status: { to: result.status },
    },
  );
  return result;
}
