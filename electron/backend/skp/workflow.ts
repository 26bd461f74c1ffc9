import { eq, sql } from 'drizzle-orm';
import {
  firstDayOfYear,
  formatDateRangeId,
  lastDayOfYear,
  rangesOverlap,
} from '../../../shared/domain/periods';
import { isEditableStatus, type Approach, type Lampiran, type SkpIssue } from '../../../shared/domain/skp';
import type { SpecialExpectations } from '../../../shared/domain/behaviour';
import { recordChange, SYSTEM_USERNAME } from '../audit/trail';
import type { RequestContext } from '../context';
import { skpRevisions, skpRhk, skps } from '../db/schema';
import { AppError, conflict, fieldError, sentence } from '../errors';
import { canAppraise } from '../users/relations';
import { requireYear } from '../years/handlers';
import { skpDetail } from './detail';
import {
  assertYearOpen,
  beginEdit,
  identityOf,
  lockOf,
  locked,
  loadForWrite,
  powersOver,
  refreshIdentity,
  requireRevision,
  touch,
  type EditTarget,
} from './guard';
import { dependantsOf, describeDependants, resolveLineages } from './links';
import { assertNoDependants } from './plan';
import { rhkOfRevision, skpsOfEmployee } from './queries';
import { identityColumns } from './snapshot';

function username(ctx: RequestContext): string {
  return ctx.caller?.username ?? SYSTEM_USERNAME;
}

function storedSkp(ctx: RequestContext, id: number) {
  const row = ctx.db.select().from(skps).where(eq(skps.id, id)).get();
  return row
    ? { yearId: row.yearId, employeeId: row.employeeId, startDate: row.startDate, endDate: row.endDate }
    : null;
}

function storedRevision(ctx: RequestContext, id: number) {
  return ctx.db.select().from(skpRevisions).where(eq(skpRevisions.id, id)).get() ?? null;
}

/** Dates inside the year, start ≤ end, and no overlap with the pegawai's other SKP of the year. */
function assertRange(
  ctx: RequestContext,
  employeeId: number,
  yearId: number,
  year: number,
  range: { startDate: string; endDate: string },
  exceptSkpId: number | null,
): void {
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  for (const field of ['startDate', 'endDate'] as const) {
    if (range[field] < first || range[field] > last) {
      throw fieldError(field, `Rentang tanggal SKP harus berada di dalam tahun ${year}.`);
    }
  }
  if (range.startDate > range.endDate) {
    throw fieldError('endDate', 'Tanggal selesai tidak boleh sebelum tanggal mulai.');
  }
  const other = skpsOfEmployee(ctx.sql, employeeId, yearId).find(
    (s) => s.id !== exceptSkpId && rangesOverlap(s, range),
  );
  if (other) {
    const message = `Rentang tanggal bertumpang tindih dengan SKP lain pegawai ini (${formatDateRangeId(other.startDate, other.endDate)}). Satu pegawai hanya memiliki satu SKP untuk setiap bagian tahun; ubah dulu tanggal SKP tersebut (mis. karena mutasi).`;
    throw conflict(message, { startDate: message });
  }
}

export interface NewSkp {
  employeeId: number;
  yearId: number;
  startDate: string;
  endDate: string;
  approach: Approach;
  lampiran?: Lampiran;
}

/** Creates an SKP with its first (draft) revision; dates default to the whole year. */
export function createSkp(
  ctx: RequestContext,
  input: NewSkp,
  note?: string,
): { skpId: number; revisionId: number } {
  const year = requireYear(ctx, input.yearId);
  assertYearOpen({ year: year.year, yearStatus: year.status });
  const identity = identityOf(ctx, input.employeeId);
  const range = {
    startDate: input.startDate || firstDayOfYear(year.year),
    endDate: input.endDate || lastDayOfYear(year.year),
  };
  assertRange(ctx, input.employeeId, year.id, year.year, range, null);
  const now = ctx.now().toISOString();
  const { id: skpId } = ctx.db
    .insert(skps)
    .values({ yearId: year.id, employeeId: input.employeeId, ...range, createdAt: now, updatedAt: now })
    .returning({ id: skps.id })
    .get();
  const { id: revisionId } = ctx.db
    .insert(skpRevisions)
    .values({
      skpId,
      number: 1,
      approach: input.approach,
      ...identityColumns(identity),
      ...(input.lampiran ?? {}),
      createdBy: username(ctx),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: skpRevisions.id })
    .get();
  ctx.db.update(skps).set({ currentRevisionId: revisionId }).where(eq(skps.id, skpId)).run();
  recordChange(
    ctx,
    'skp',
    skpId,
    null,
    storedSkp(ctx, skpId),
    note ?? `SKP ${identity.employee.fullName} tahun ${year.year}.`,
  );
  recordChange(ctx, 'skp_revision', revisionId, null, storedRevision(ctx, revisionId));
  return { skpId, revisionId };
}

export function setDates(
  ctx: RequestContext,
  skpId: number,
  version: number,
  range: { startDate: string; endDate: string },
  reason: string,
): void {
  const target = loadForWrite(ctx, skpId, version);
  const powers = powersOver(ctx, target.skp.employeeId);
  const editable = isEditableStatus(target.revision.status);
  if (!powers.hr && !editable) throw locked(lockOf(target.skp, target.revision)!.message);
  if (!editable && reason === '') {
    throw fieldError(
      'reason',
      'Tulis alasan perubahan tanggal SKP yang sudah diajukan atau disetujui (mis. mutasi).',
    );
  }
  assertRange(ctx, target.skp.employeeId, target.skp.yearId, target.skp.year, range, target.skp.id);
  const before = storedSkp(ctx, skpId);
  ctx.db.update(skps).set(range).where(eq(skps.id, skpId)).run();
  recordChange(ctx, 'skp', skpId, before, storedSkp(ctx, skpId), reason || undefined);
  touch(ctx, target.skp);
}

export function deleteSkp(ctx: RequestContext, skpId: number, version: number): void {
  const target = beginEdit(ctx, skpId, version);
  if (target.skp.approvedRevisionId !== null) {
    throw locked('SKP yang pernah disetujui tidak dapat dihapus. Untuk mengubahnya, buat revisi.');
  }
  assertNoDependants(
    ctx,
    rhkOfRevision(ctx.sql, target.revision.id).map((r) => r.lineageId),
    'SKP ini',
  );
  const before = storedSkp(ctx, skpId);
  ctx.db.delete(skps).where(eq(skps.id, skpId)).run();
  recordChange(ctx, 'skp', skpId, before, null);
}

function blockingIssues(ctx: RequestContext, skpId: number): SkpIssue[] {
  return skpDetail(ctx, skpId).issues.filter((issue) => issue.blocksSubmit);
}

function issueList(issues: SkpIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => i.message.replace(/\.$/, ''));
  const more = issues.length > shown.length ? ` (dan ${issues.length - shown.length} hal lain)` : '';
  return `${shown.join('; ')}${more}.`;
}

/** DRAFT/DIKEMBALIKAN → DIAJUKAN. Freezes the identity and the atasan RHK texts the documents will print. */
export function submit(ctx: RequestContext, skpId: number, version: number): void {
  const target = beginEdit(ctx, skpId, version);
  refreshIdentity(ctx, target.skp, target.revision);
  const blocking = blockingIssues(ctx, skpId);
  if (blocking.length > 0)
    throw new AppError('VALIDATION', `SKP belum dapat diajukan: ${issueList(blocking)}`);
  const rows = rhkOfRevision(ctx.sql, target.revision.id);
  const parents = resolveLineages(
    ctx.sql,
    rows.flatMap((r) => (r.parentLineageId === null ? [] : [r.parentLineageId])),
  );
  for (const row of rows) {
    const parent = row.parentLineageId === null ? undefined : parents.get(row.parentLineageId);
    if (parent && parent.text !== row.parentText) {
      ctx.db.update(skpRhk).set({ parentText: parent.text }).where(eq(skpRhk.id, row.id)).run();
    }
  }
  const revision = requireRevision(ctx, target.revision.id);
  const set = {
    status: 'DIAJUKAN' as const,
    submittedAt: ctx.now().toISOString(),
    submittedBy: username(ctx),
  };
  ctx.db.update(skpRevisions).set(set).where(eq(skpRevisions.id, revision.id)).run();
  const self = ctx.caller?.employeeId === target.skp.employeeId;
  const to = revision.appraiserSnapshot?.fullName ?? 'pejabat penilai di luar SIPKA';
  recordChange(
    ctx,
    'skp_revision',
    revision.id,
    { status: revision.status },
    set,
    self
      ? sentence(`Diajukan kepada ${to}`)
      : sentence(`Diajukan atas nama ${revision.employeeSnapshot.fullName} kepada ${to}`),
  );
  touch(ctx, target.skp);
}

export function withdraw(ctx: RequestContext, skpId: number, version: number): void {
  const target = loadForWrite(ctx, skpId, version);
  if (target.revision.status !== 'DIAJUKAN')
    throw conflict('Hanya SKP yang sedang diajukan yang dapat ditarik kembali.');
  ctx.db.update(skpRevisions).set({ status: 'DRAFT' }).where(eq(skpRevisions.id, target.revision.id)).run();
  recordChange(
    ctx,
    'skp_revision',
    target.revision.id,
    { status: 'DIAJUKAN' },
    { status: 'DRAFT' },
    'Pengajuan ditarik kembali.',
  );
  touch(ctx, target.skp);
}

function forbidden(message: string): AppError {
  return new AppError('FORBIDDEN', message);
}

/**
 * Who decides: the pejabat penilai (the atasan langsung, `canAppraise`), or an ADMIN recording the decision "atas
 * nama" the penilai with a note. Nobody decides on their own SKP.
 */
function decisionAuthority(
  ctx: RequestContext,
  target: EditTarget,
  action: 'approve' | 'return',
  note: string,
  noteField: string,
): { onBehalfOf: string | null } {
  const caller = ctx.caller;
  const verb = action === 'approve' ? 'menyetujui' : 'mengembalikan';
  if (caller && caller.employeeId === target.skp.employeeId) {
    throw forbidden(`Anda tidak dapat ${verb} SKP Anda sendiri.`);
  }
  const recorded = target.revision.appraiserSnapshot;
  if (caller && canAppraise(ctx, caller, target.skp.employeeId)) {
    if (action === 'approve' && target.revision.appraiserEmployeeId !== caller.employeeId) {
      throw conflict(
        `SKP ini diajukan kepada ${recorded?.fullName ?? 'pejabat lain'} sebagai pejabat penilai, bukan kepada Anda. Kembalikan SKP agar diajukan ulang kepada atasan langsung saat ini.`,
      );
    }
    return { onBehalfOf: null };
  }
  if (!caller || caller.role === 'ADMIN') {
    const penilai = recorded?.fullName ?? 'pejabat penilai di luar SIPKA';
    if (note === '')
      throw fieldError(noteField, sentence(`Tulis catatan: keputusan ini dicatat atas nama ${penilai}`));
    return { onBehalfOf: penilai };
  }
  throw forbidden(`Hanya pejabat penilai (atasan langsung) yang dapat ${verb} SKP ini.`);
}

function assertSubmitted(target: EditTarget): void {
  if (target.revision.status === 'DISETUJUI') throw conflict('SKP ini sudah disetujui.');
  if (target.revision.status !== 'DIAJUKAN') throw conflict('SKP ini belum diajukan kepada pejabat penilai.');
}

/**
 * An approved revision replaces the one in force: every lineage that bawahan RHK still intervene must be in it,
 * or their links would point at nothing.
 */
function assertKeepsDependedLineages(ctx: RequestContext, target: EditTarget): void {
  if (target.skp.approvedRevisionId === null) return;
  const kept = new Set(rhkOfRevision(ctx.sql, target.revision.id).map((r) => r.lineageId));
  const dropped = rhkOfRevision(ctx.sql, target.skp.approvedRevisionId)
    .map((r) => r.lineageId)
    .filter((lineage) => !kept.has(lineage));
  const dependants = dropped.length === 0 ? [] : dependantsOf(ctx.sql, dropped);
  if (dependants.length > 0) {
    throw conflict(
      `Revisi ini menghapus RHK yang masih diintervensi oleh RHK bawahan: ${describeDependants(dependants)}. Kembalikan revisi ini, atau ubah RHK bawahan tersebut terlebih dahulu.`,
    );
  }
}

export function approve(ctx: RequestContext, skpId: number, version: number, note: string): void {
  const target = loadForWrite(ctx, skpId, version);
  assertSubmitted(target);
  const { onBehalfOf } = decisionAuthority(ctx, target, 'approve', note, 'note');
  const blocking = blockingIssues(ctx, skpId);
  if (blocking.length > 0) {
    throw new AppError(
      'VALIDATION',
      `SKP belum dapat disetujui: ${issueList(blocking)} Kembalikan SKP untuk diperbaiki.`,
    );
  }
  assertKeepsDependedLineages(ctx, target);
  const set = {
    status: 'DISETUJUI' as const,
    decidedAt: ctx.now().toISOString(),
    decidedBy: username(ctx),
    decidedOnBehalfOf: onBehalfOf,
    decisionNote: note,
  };
  ctx.db.update(skpRevisions).set(set).where(eq(skpRevisions.id, target.revision.id)).run();
  ctx.db.update(skps).set({ approvedRevisionId: target.revision.id }).where(eq(skps.id, skpId)).run();
  const label = onBehalfOf ? `Disetujui atas nama ${onBehalfOf}` : 'Disetujui';
  recordChange(
    ctx,
    'skp_revision',
    target.revision.id,
    { status: target.revision.status },
    set,
    note ? `${label}: ${note}` : `${label}.`,
  );
  touch(ctx, target.skp);
}

export function returnSkp(ctx: RequestContext, skpId: number, version: number, reason: string): void {
  const target = loadForWrite(ctx, skpId, version);
  assertSubmitted(target);
  const { onBehalfOf } = decisionAuthority(ctx, target, 'return', reason, 'reason');
  const set = {
    status: 'DIKEMBALIKAN' as const,
    decidedAt: ctx.now().toISOString(),
    decidedBy: username(ctx),
    decidedOnBehalfOf: onBehalfOf,
    decisionNote: reason,
  };
  ctx.db.update(skpRevisions).set(set).where(eq(skpRevisions.id, target.revision.id)).run();
  const label = onBehalfOf ? `Dikembalikan atas nama ${onBehalfOf}` : 'Dikembalikan';
  recordChange(
    ctx,
    'skp_revision',
    target.revision.id,
    { status: target.revision.status },
    set,
    `${label}: ${reason}`,
  );
  touch(ctx, target.skp);
}

/** Copies the plan of one revision into another of the same SKP, keeping every RHK and IKI lineage. */
function copyRevisionContent(ctx: RequestContext, fromRevisionId: number, toRevisionId: number): void {
  ctx.db.run(
    sql`INSERT INTO skp_rhk (revision_id, lineage_id, rhk_group, sort_order, text, parent_lineage_id, parent_text,
          external_parent_text)
        SELECT ${toRevisionId}, lineage_id, rhk_group, sort_order, text, parent_lineage_id, parent_text, external_parent_text
        FROM skp_rhk WHERE revision_id = ${fromRevisionId} ORDER BY id`,
  );
  ctx.db.run(
    sql`INSERT INTO skp_iki (rhk_id, revision_id, lineage_id, sort_order, aspect, indicator, target_low, target_high,
          unit_of_measure, direction)
        SELECT n.id, ${toRevisionId}, i.lineage_id, i.sort_order, i.aspect, i.indicator, i.target_low, i.target_high,
          i.unit_of_measure, i.direction
        FROM skp_iki i JOIN skp_rhk o ON o.id = i.rhk_id
          JOIN skp_rhk n ON n.revision_id = ${toRevisionId} AND n.lineage_id = o.lineage_id
        WHERE i.revision_id = ${fromRevisionId} ORDER BY i.id`,
  );
}

/** A new draft revision of an approved SKP: a copy of the one in force, to go through approval again. */
export function revise(ctx: RequestContext, skpId: number, version: number, reason: string): void {
  const target = loadForWrite(ctx, skpId, version);
  const latest = target.revision;
  if (latest.status !== 'DISETUJUI') {
    throw conflict(
      latest.number > 1
        ? `Revisi ${latest.number} belum disetujui: lanjutkan revisi tersebut atau batalkan dahulu.`
        : 'SKP ini belum disetujui: ubah saja SKP-nya, revisi dibuat setelah SKP disetujui.',
    );
  }
  const now = ctx.now().toISOString();
  const { id } = ctx.db
    .insert(skpRevisions)
    .values({
      skpId,
      number: latest.number + 1,
      approach: latest.approach,
      reason,
      ...identityColumns(identityOf(ctx, target.skp.employeeId)),
      resources: latest.resources,
      accountability: latest.accountability,
      consequences: latest.consequences,
      expectations: latest.expectations satisfies SpecialExpectations,
      createdBy: username(ctx),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: skpRevisions.id })
    .get();
  copyRevisionContent(ctx, latest.id, id);
  ctx.db.update(skps).set({ currentRevisionId: id }).where(eq(skps.id, skpId)).run();
  recordChange(
    ctx,
    'skp_revision',
    id,
    null,
    storedRevision(ctx, id),
    `Revisi ${latest.number + 1}: ${reason}`,
  );
  touch(ctx, target.skp, id);
}

export function discardRevision(ctx: RequestContext, skpId: number, version: number): void {
  const target = loadForWrite(ctx, skpId, version);
  const latest = target.revision;
  if (latest.status === 'DISETUJUI' || target.skp.approvedRevisionId === null) {
    throw conflict(
      latest.status === 'DISETUJUI'
        ? 'Tidak ada revisi yang sedang dikerjakan.'
        : 'Revisi pertama tidak dapat dibatalkan; hapus SKP bila tidak dipakai.',
    );
  }
  const before = storedRevision(ctx, latest.id);
  ctx.db
    .update(skps)
    .set({ currentRevisionId: target.skp.approvedRevisionId })
    .where(eq(skps.id, skpId))
    .run();
  ctx.db.delete(skpRevisions).where(eq(skpRevisions.id, latest.id)).run();
  recordChange(ctx, 'skp_revision', latest.id, before, null, `Revisi ${latest.number} dibatalkan.`);
  touch(ctx, target.skp, target.skp.approvedRevisionId);
}
