import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentRequest } from '../../domain/documents';
import { HR_ROLES } from '../../domain/roles';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import { id, requiredText } from './fields';

/**
 * Printed documents (issue 7): one print or a batch into one PDF, the register of every print with its short
 * code, verification of a code or QR against the record as it stands now, and the signed scan of the paper.
 */

// ---------------------------------------------------------------------------------------------------------
// DTOs

export interface PrintResult {
  registerId: number;
  /** "SKP-7K3M9-QXD2A": printed on the page and in its QR. */
  code: string;
  title: string;
  fileName: string;
  draft: boolean;
  /** Where the PDF was written (Electron, a path from the save dialog); null in the web build. */
  path: string | null;
  /** The PDF's bytes when no path was given (web build: the renderer opens or downloads it). */
  base64: string | null;
  pages: number;
}

/** What the print dialog needs before a path is chosen. */
export interface PrintPreparation {
  title: string;
  fileName: string;
  /** The record is not approved yet: it prints only as a DRAF, on request. */
  draftOnly: boolean;
  /** The folder this user last saved a print to, joined with `fileName`; null the first time. */
  defaultPath: string | null;
}

export const VERIFY_STATUSES = ['CURRENT', 'SUPERSEDED', 'TAMPERED', 'UNKNOWN'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export interface PrintedDocumentDto {
  id: number;
  code: string;
  kind: DocumentKind;
  title: string;
  fileName: string;
  employeeId: number | null;
  /** With gelar, as the register knows the pegawai now. */
  employeeName: string | null;
  nip: string | null;
  unitId: number | null;
  unitName: string | null;
  periodId: number | null;
  /** "Triwulan II 2026"; null for an SKP. */
  periodLabel: string | null;
  year: number | null;
  recordRevision: number | null;
  draft: boolean;
  batchId: string | null;
  printedBy: string;
  printedAt: string;
  /** Set once the signed scan is attached ("ditandatangani"). */
  signedAt: string | null;
  signedRecordedBy: string | null;
  signedScanName: string | null;
  signedScanMime: string | null;
}

export interface VerifyResult {
  status: VerifyStatus;
  /** The code as read, normalised ("SKP-7K3M9-QXD2A"). */
  code: string;
  /** One sentence in Bahasa Indonesia saying what the status means for this document. */
  message: string;
  document: PrintedDocumentDto | null;
  /** The revision of the record in force now, when it differs from the printed one. */
  currentRevision: number | null;
}

export interface RegisterPage {
  rows: PrintedDocumentDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** Printed but not yet signed and scanned, per unit and period (drafts left out: they are never signed). */
export interface UnsignedSummaryRow {
  unitId: number | null;
  unitName: string;
  periodId: number | null;
  /** "Triwulan II 2026", or "SKP 2026" for SKPs (which have no period). */
  periodLabel: string;
  kind: DocumentKind;
  printed: number;
  unsigned: number;
}

export interface ScanContent {
  fileName: string;
  mimeType: string;
  base64: string;
  signedAt: string;
}

export const BATCH_KINDS = ['SKP', 'EVALUASI', 'DOKUMEN_EVALUASI'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];
export const BATCH_STATES = ['RUNNING', 'DONE', 'CANCELLED', 'FAILED'] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/** What the batch dialog shows before the save dialog. */
export interface BatchPreparation {
  /** Approved SKPs in scope (a record that cannot be printed is skipped later and named in the status). */
  count: number;
  fileName: string;
  /** The folder this user last saved a print to, joined with `fileName`; null the first time. */
  defaultPath: string | null;
}

export interface BatchStarted {
  jobId: string;
  /** Records in scope; the status lowers it when some cannot be printed. */
  total: number;
  fileName: string;
}

export interface BatchStatus {
  jobId: string;
  state: BatchState;
  done: number;
  total: number;
  /** What is happening or what went wrong, in Bahasa Indonesia. */
  message: string;
  fileName: string;
  /** Electron: where the finished PDF was written. */
  path: string | null;
  /** Web build: the finished PDF is served at GET /download/batch/<jobId>. */
  downloadable: boolean;
  pages: number | null;
  /** Records left out, with why (e.g. not rated yet). */
  skipped: { employeeName: string; reason: string }[];
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

const revisionNumber = z.number().int('Nomor revisi tidak valid').positive('Nomor revisi tidak valid');

export const documentRequest = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('SKP'), skpId: id, revisionNumber: revisionNumber.optional() }),
    z.object({ kind: z.literal('EVALUASI'), skpId: id, periodId: id }),
    z.object({ kind: z.literal('DOKUMEN_EVALUASI'), skpId: id, periodId: id }),
    z.object({ kind: z.literal('REKAP'), unitId: id, periodId: id }),
  ],
  { error: 'Jenis dokumen tidak dikenal' },
) satisfies z.ZodType<DocumentRequest>;

/** A path from the Electron save dialog; the web build sends none. */
const targetPath = z
  .string()
  .trim()
  .max(4096, 'Lokasi berkas terlalu panjang')
  .nullable()
  .default(null)
  .transform((v) => (v === '' ? null : v));

export const printInput = z.object({
  request: documentRequest,
  /** Print an unapproved record with the DRAF watermark. */
  draft: z.boolean().default(false),
  targetPath,
});
export type PrintInput = z.input<typeof printInput>;

export const registerListInput = z.object({
  unitId: id.nullable().default(null),
  periodId: id.nullable().default(null),
  yearId: id.nullable().default(null),
  kind: z.enum(DOCUMENT_KINDS).nullable().default(null),
  status: z.enum(['all', 'unsigned', 'signed']).default('all'),
  query: z.string().trim().max(100).default(''),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type RegisterListInput = z.input<typeof registerListInput>;

const batchScope = {
  kind: z.enum(BATCH_KINDS, { error: 'Pilih jenis dokumen' }),
  /** Null: the whole kecamatan. */
  unitId: id.nullable().default(null),
  yearId: id,
  /** Required for the evaluation documents. */
  periodId: id.nullable().default(null),
};
const periodForEvaluations = {
  check: (b: { kind: BatchKind; periodId: number | null }) => b.kind === 'SKP' || b.periodId !== null,
  params: { message: 'Pilih periode penilaian', path: ['periodId'] },
};

export const batchScopeInput = z
  .object(batchScope)
  .refine(periodForEvaluations.check, periodForEvaluations.params);
export const batchStartInput = z
  .object({ ...batchScope, targetPath })
  .refine(periodForEvaluations.check, periodForEvaluations.params);
export type BatchStartInput = z.input<typeof batchStartInput>;

const jobId = z.string().trim().min(1).max(64);

// ---------------------------------------------------------------------------------------------------------
// Access

type WithRequest = { request: DocumentRequest };
/**
 * HR staff print everything; a pegawai prints their own SKP and evaluation documents, and a penilai those of
 * the pegawai below them (the viewer reach). The unit recap names no pegawai: HR only (SKP id 0 matches none).
 */
const printAccess = roles<WithRequest>(HR_ROLES, {
  relation: 'viewer',
  skpOf: (input) => ('skpId' in input.request ? input.request.skpId : 0),
});
const hr = roles(HR_ROLES);
const own = 'own' as const;

export const documentMethods = {
  /** Title, default file name and folder, and whether only a draft may be printed, before the save dialog. */
  'documents.prepare': method({
    input: z.object({ request: documentRequest }),
    output: returns<PrintPreparation>(),
    access: printAccess,
  }),
  /**
   * Prints one document: written to `targetPath` (atomically) or returned as base64, entered in the register
   * and the audit trail. An unapproved SKP answers CONFLICT unless `draft` is set.
   */
  'documents.print': method({
    input: printInput,
    output: returns<PrintResult>(),
    access: printAccess,
    effect: own,
  }),
  /** A typed code ("skp 7k3m9 qxd2a") or the QR text ("SIPKA|<code>|<digest>"), checked against the record now. */
  'documents.verify': method({
    input: z.object({ text: requiredText('Kode dokumen', 300) }),
    output: returns<VerifyResult>(),
    access: signedIn,
    effect: 'write',
  }),
  'documents.register.list': method({
    input: registerListInput,
    output: returns<RegisterPage>(),
    access: hr,
  }),
  'documents.register.unsignedSummary': method({
    input: z.object({ periodId: id.nullable().default(null), yearId: id.nullable().default(null) }),
    output: returns<UnsignedSummaryRow[]>(),
    access: hr,
  }),
  /** Attaches the scan of the signed paper (PDF or image); a draft print cannot be signed. */
  'documents.attachScan': method({
    input: z.object({
      registerId: id,
      fileName: requiredText('Nama berkas', 255),
      contentBase64: z.string().min(1, 'Berkas kosong'),
    }),
    output: returns<PrintedDocumentDto>(),
    access: hr,
    effect: own,
  }),
  'documents.scanContent': method({
    input: z.object({ registerId: id }),
    output: returns<ScanContent>(),
    access: hr,
  }),
  'documents.batch.prepare': method({
    input: batchScopeInput,
    output: returns<BatchPreparation>(),
    access: hr,
  }),
  /** Starts printing every SKP, evaluation or cover of a unit (or the kecamatan) into one PDF, in a worker. */
  'documents.batch.start': method({
    input: batchStartInput,
    output: returns<BatchStarted>(),
    access: hr,
    effect: own,
  }),
  'documents.batch.status': method({
    input: z.object({ jobId }),
    output: returns<BatchStatus>(),
    access: hr,
  }),
  'documents.batch.cancel': method({
    input: z.object({ jobId }),
    output: returns<BatchStatus>(),
    access: hr,
  }),
};
