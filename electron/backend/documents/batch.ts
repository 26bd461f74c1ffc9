import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { documentFileName, periodFileCode, type DocumentRequest } from '../../../shared/domain/documents';
import { formatFullName } from '../../../shared/domain/names';
import type { PeriodKind } from '../../../shared/domain/periods';
import type {
  BatchKind,
  BatchPreparation,
  BatchStarted,
  BatchState,
  BatchStatus,
  batchScopeInput,
} from '../../../shared/ipc/methods/documents';
import { recordEvent } from '../audit/trail';
import type { RequestContext } from '../context';
import { AppError, conflict, fieldError, notFound } from '../errors';
import { subtreeIds } from '../units/queries';
import { contentDigest } from './digest';
import {
  checkTargetPath,
  discardPartial,
  finishPartial,
  partialPathOf,
  rememberedFolder,
  rememberFolder,
} from './output';
import { auditedPrint, registerEntryOf, unusedCode } from './print';
import { insertRegisterEntries } from './register';
import { loadDocumentContent, loadPrintSettings, type DocumentContent, type DocumentStamp } from './render';
import { startRenderJob, type RenderJob } from './worker';

/**
 * Batch printing: every SKP, evaluation or cover of a unit (or the whole kecamatan) into one PDF. The contents
 * are read here on the backend thread in small slices (SQL is quick; the event loop gets a turn between
 * slices), the layout runs in a worker thread, and the register rows are written only when the whole PDF is on
 * disk: a cancelled or failed batch leaves neither a file nor a row.
 */

export type BatchInput = z.output<typeof batchScopeInput> & { targetPath?: string | null };

interface Candidate {
  request: DocumentRequest;
  employeeName: string;
}

interface Job {
  id: string;
  dataDir: string;
  ctx: RequestContext;
  kind: BatchKind;
  state: BatchState;
  phase: 'LOADING' | 'RENDERING' | 'SAVING' | 'FINISHED';
  done: number;
  total: number;
  skipped: { employeeName: string; reason: string }[];
  message: string;
  fileName: string;
  /** The final file: the save dialog's path, or the export folder's copy served to the web build. */
  target: string;
  /** Electron wrote to a path the user chose. */
  toUserPath: boolean;
  pages: number | null;
  cancelRequested: boolean;
  render: RenderJob | null;
  finishedAt: number | null;
}

const jobs = new Map<string, Job>();
const LOAD_SLICE = 25;
/** Finished jobs (and the web build's export files) are kept this long for the status and the download. */
const KEEP_MS = 6 * 60 * 60 * 1000;
export const EXPORTS_DIR = 'exports';

const KIND_NOUN: Readonly<Record<BatchKind, string>> = {
  SKP: 'SKP',
  EVALUASI: 'Evaluasi Kinerja Pegawai',
  DOKUMEN_EVALUASI: 'Dokumen Evaluasi Kinerja Pegawai',
};

interface Scope {
  year: number;
  periodCode: string | null;
  unitName: string;
  candidates: Candidate[];
}

function periodOfYear(ctx: RequestContext, periodId: number, yearId: number) {
  const period = ctx.sql.get<{ kind: PeriodKind; number: number; startDate: string; endDate: string }>(
    sql`SELECT kind, number, start_date AS startDate, end_date AS endDate FROM periods
        WHERE id = ${periodId} AND year_id = ${yearId}`,
  );
  if (!period) throw fieldError('periodId', 'Periode penilaian tidak ditemukan pada tahun ini.');
  return period;
}

/** The approved SKPs of the year (overlapping the period, for evaluations) in the unit's subtree. */
function resolveScope(ctx: RequestContext, input: BatchInput): Scope {
  const year = ctx.sql.get<{ year: number }>(sql`SELECT year FROM years WHERE id = ${input.yearId}`);
  if (!year) throw notFound('Tahun penilaian tidak ditemukan.');
  let unitName = ctx.sql.get<{ name: string }>(
    sql`SELECT name FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  )?.name;
  const conditions: SQL[] = [sql`s.year_id = ${input.yearId}`, sql`s.approved_revision_id IS NOT NULL`];
  if (input.unitId !== null) {
    unitName = ctx.sql.get<{ name: string }>(sql`SELECT name FROM units WHERE id = ${input.unitId}`)?.name;
    if (unitName === undefined) throw notFound('Unit kerja tidak ditemukan.');
    const ids = subtreeIds(ctx.sql, input.unitId);
    conditions.push(
      sql`COALESCE(r.employee_unit_id, e.unit_id) IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  }
  let periodCode: string | null = null;
  const periodId = input.kind === 'SKP' ? null : input.periodId;
  if (periodId !== null) {
    const period = periodOfYear(ctx, periodId, input.yearId);
    periodCode = periodFileCode(period.kind, period.number);
    conditions.push(sql`s.start_date <= ${period.endDate} AND s.end_date >= ${period.startDate}`);
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM evaluations x WHERE x.skp_id = s.id AND x.period_id = ${periodId}
      AND x.excluded_reason IS NOT NULL)`);
  }
  const rows = ctx.sql.all<{ skpId: number; name: string; frontTitle: string; backTitle: string }>(sql`
    SELECT s.id AS skpId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle
    FROM skps s JOIN skp_revisions r ON r.id = s.approved_revision_id JOIN employees e ON e.id = s.employee_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY COALESCE(r.employee_unit_id, e.unit_id), e.search_name, s.start_date`);
  const candidates = rows.map((row): Candidate => ({
    request:
      input.kind === 'SKP'
        ? { kind: 'SKP', skpId: row.skpId }
        : { kind: input.kind, skpId: row.skpId, periodId: periodId! },
    employeeName: formatFullName(row),
  }));
  return { year: year.year, periodCode, unitName: unitName ?? 'Kecamatan', candidates };
}

function batchFileName(input: BatchInput, scope: Scope): string {
  return documentFileName({
    kind: input.kind,
    year: scope.year,
    ...(scope.periodCode ? { periodCode: scope.periodCode } : {}),
    name: scope.unitName,
  });
}

/** What the batch dialog shows before the save dialog: how many documents, the file name and folder. */
export function prepareBatch(ctx: RequestContext, input: BatchInput): BatchPreparation {
  const scope = resolveScope(ctx, input);
  const fileName = batchFileName(input, scope);
  const folder = rememberedFolder(ctx, ctx.caller?.userId ?? null);
  return {
    count: scope.candidates.length,
    fileName,
    defaultPath: folder === null ? null : path.join(folder, fileName),
  };
}

function exportsDir(dataDir: string): string {
  return path.join(dataDir, EXPORTS_DIR);
}

/** Drops finished jobs and web exports older than KEEP_MS. */
function sweep(dataDir: string, now: number): void {
  for (const [id, job] of jobs) {
    if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) {
      if (!job.toUserPath) fs.rmSync(job.target, { force: true });
      jobs.delete(id);
    }
  }
  let names: string[];
  try {
    names = fs.readdirSync(exportsDir(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(exportsDir(dataDir), name);
    const known = [...jobs.values()].some((job) => job.target === file || partialPathOf(job.target) === file);
    try {
      if (!known && now - fs.statSync(file).mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
    } catch {
      // gone already
    }
  }
}

function runningJobIn(dataDir: string): Job | undefined {
  return [...jobs.values()].find((job) => job.dataDir === dataDir && job.state === 'RUNNING');
}

export function startBatch(ctx: RequestContext, input: BatchInput): BatchStarted {
  sweep(ctx.dataDir, Date.now());
  if (runningJobIn(ctx.dataDir)) {
    throw conflict('Masih ada cetak massal yang berjalan. Tunggu sampai selesai atau batalkan dulu.');
  }
  const target = input.targetPath ? checkTargetPath(input.targetPath) : null;
  const scope = resolveScope(ctx, input);
  if (scope.candidates.length === 0) {
    throw conflict(
      `Tidak ada ${KIND_NOUN[input.kind]} yang dapat dicetak untuk pilihan ini (SKP harus sudah disetujui).`,
    );
  }
  const id = randomUUID();
  const fileName = batchFileName(input, scope);
  let finalPath = target;
  if (finalPath === null) {
    fs.mkdirSync(exportsDir(ctx.dataDir), { recursive: true });
    finalPath = path.join(exportsDir(ctx.dataDir), `${id}.pdf`);
  }
  const job: Job = {
    id,
    dataDir: ctx.dataDir,
    ctx,
    kind: input.kind,
    state: 'RUNNING',
    phase: 'LOADING',
    done: 0,
    total: scope.candidates.length,
    skipped: [],
    message: 'Menyiapkan data…',
    fileName,
    target: finalPath,
    toUserPath: target !== null,
    pages: null,
    cancelRequested: false,
    render: null,
    finishedAt: null,
  };
  jobs.set(id, job);
  void runJob(job, scope.candidates).catch((error: unknown) =>
    finish(job, 'FAILED', `Pencetakan gagal: ${error instanceof Error ? error.message : String(error)}`),
  );
  return { jobId: id, total: job.total, fileName };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function finish(job: Job, state: BatchState, message: string): void {
  if (job.state !== 'RUNNING') return;
  discardPartial(partialPathOf(job.target));
  job.state = state;
  job.phase = 'FINISHED';
  job.message = message;
  job.render = null;
  job.finishedAt = Date.now();
}

const CANCELLED_MESSAGE = 'Dibatalkan. Tidak ada berkas atau catatan register yang dibuat.';

/** The loaders offer a draft print ("…; cetak sebagai draf?"): a batch prints no drafts, it only says why. */
function skipReason(error: AppError): string {
  return error.message.replace(/;\s*cetak sebagai draf\?$/i, '.');
}

async function loadContents(job: Job, candidates: Candidate[]) {
  const items: { content: DocumentContent; stamp: DocumentStamp }[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < candidates.length; i += 1) {
    if (i % LOAD_SLICE === 0) {
      await nextTurn();
      if (job.cancelRequested) return null;
      job.message = `Menyiapkan data ${i} dari ${candidates.length}…`;
    }
    const candidate = candidates[i]!;
    try {
      const content = loadDocumentContent(job.ctx, candidate.request, { allowDraft: false });
      if (content.isDraft) throw new AppError('CONFLICT', 'belum disetujui');
      const code = unusedCode(job.ctx, content.kind, codes);
      codes.add(code);
      items.push({ content, stamp: { code, digest: contentDigest(content), draft: false } });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      job.skipped.push({ employeeName: candidate.employeeName, reason: skipReason(error) });
    }
  }
  return items;
}

async function runJob(job: Job, candidates: Candidate[]): Promise<void> {
  const items = await loadContents(job, candidates);
  if (items === null) return finish(job, 'CANCELLED', CANCELLED_MESSAGE);
  job.total = items.length;
  if (items.length === 0) return finish(job, 'FAILED', 'Tidak ada dokumen yang dapat dicetak.');
  job.phase = 'RENDERING';
  job.message = `Mencetak 0 dari ${items.length} dokumen…`;
  const render = startRenderJob(
    {
      items,
      settings: loadPrintSettings(job.ctx),
      partialPath: partialPathOf(job.target),
      cancelFlag: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    },
    (done) => {
      job.done = Math.max(job.done, Math.min(done, items.length));
      if (job.state === 'RUNNING') job.message = `Mencetak ${job.done} dari ${items.length} dokumen…`;
    },
  );
  job.render = render;
  if (job.cancelRequested) render.cancel();
  const outcome = await render.outcome;
  if (job.cancelRequested || outcome.kind === 'cancelled') return finish(job, 'CANCELLED', CANCELLED_MESSAGE);
  if (outcome.kind === 'failed') return finish(job, 'FAILED', `Pencetakan gagal: ${outcome.message}`);
  job.phase = 'SAVING';
  save(job, items, outcome.pages);
}

/** The register rows, one audit entry for the batch, and the rename, in one transaction. */
function save(job: Job, items: { content: DocumentContent; stamp: DocumentStamp }[], pages: number): void {
  const { ctx } = job;
  ctx.sqlite.transaction(() => {
    const printedAt = ctx.now().toISOString();
    const entries = items.map((item) => registerEntryOf(ctx, item.content, item.stamp, job.id, printedAt));
    insertRegisterEntries(ctx, entries);
    recordEvent(
      ctx,
      'printed_document',
      job.id,
      `Cetak massal ${entries.length} ${KIND_NOUN[job.kind]}: ${job.fileName}`,
      {
        count: { to: entries.length },
        codes: { to: entries.map((entry) => entry.code) },
        documents: { to: entries.slice(0, 3).map(auditedPrint) },
      },
    );
    if (job.toUserPath) rememberFolder(ctx, ctx.caller?.userId ?? null, job.target);
    finishPartial(partialPathOf(job.target), job.target);
  })();
  job.pages = pages;
  job.done = items.length;
  const skipped = job.skipped.length > 0 ? ` ${job.skipped.length} dilewati.` : '';
  job.state = 'DONE';
  job.phase = 'FINISHED';
  job.message = `${items.length} dokumen selesai dicetak (${pages} halaman).${skipped}`;
  job.render = null;
  job.finishedAt = Date.now();
}

function requireJob(ctx: RequestContext, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.dataDir !== ctx.dataDir)
    throw notFound('Pekerjaan cetak massal tidak ditemukan (mungkin sudah kedaluwarsa).');
  return job;
}

function statusOf(job: Job): BatchStatus {
  return {
    jobId: job.id,
    state: job.state,
    done: job.done,
    total: job.total,
    message: job.message,
    fileName: job.fileName,
    path: job.state === 'DONE' && job.toUserPath ? job.target : null,
    downloadable: job.state === 'DONE' && !job.toUserPath,
    pages: job.pages,
    skipped: job.skipped,
  };
}

export function batchStatus(ctx: RequestContext, jobId: string): BatchStatus {
  return statusOf(requireJob(ctx, jobId));
}

export function cancelBatch(ctx: RequestContext, jobId: string): BatchStatus {
  const job = requireJob(ctx, jobId);
  if (job.state === 'RUNNING' && job.phase !== 'SAVING') {
    job.cancelRequested = true;
    job.message = 'Membatalkan…';
    job.render?.cancel();
  }
  return statusOf(job);
}

/** The finished PDF of a web-build batch, for GET /download/batch/<jobId> (after dispatch allowed the caller). */
export function batchDownload(jobId: string): { file: string; fileName: string } | null {
  const job = jobs.get(jobId);
  if (!job || job.state !== 'DONE' || job.toUserPath) return null;
  return { file: job.target, fileName: job.fileName };
}
