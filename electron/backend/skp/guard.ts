import { eq } from 'drizzle-orm';
import { HR_ROLES } from '../../../shared/domain/roles';
import { isEditableStatus } from '../../../shared/domain/skp';
import type { SkpLock } from '../../../shared/ipc/methods/skp';
import { canonicalJson } from '../audit/canonical';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { skpRevisions, skps } from '../db/schema';
import { AppError, conflict, notFound } from '../errors';
import { canAppraise } from '../users/relations';
import type { ParentContext } from './links';
import { findRevision, findSkp, type RevisionRow, type SkpRow } from './queries';
import { identityColumns, liveIdentity, type Identity } from './snapshot';

/** What the caller is to the pegawai of an SKP. Work the app does itself (demo data) acts as ADMIN. */
export interface Powers {
  hr: boolean;
  admin: boolean;
  self: boolean;
  appraiser: boolean;
}

export function powersOver(ctx: RequestContext, employeeId: number): Powers {
  const caller = ctx.caller;
  if (!caller) return { hr: true, admin: true, self: false, appraiser: false };
  return {
    hr: HR_ROLES.includes(caller.role),
    admin: caller.role === 'ADMIN',
    self: caller.employeeId === employeeId,
    appraiser: canAppraise(ctx, caller, employeeId),
  };
}

export function requireSkp(ctx: RequestContext, id: number): SkpRow {
  const skp = findSkp(ctx.sql, id);
  if (!skp) throw notFound('SKP tidak ditemukan.');
  return skp;
}

export function requireRevision(ctx: RequestContext, id: number): RevisionRow {
  return findRevision(ctx.sql, id)!;
}

export function yearClosedMessage(year: number): string {
  return `Tahun penilaian ${year} sudah ditutup: SKP tidak dapat diubah. Minta admin kepegawaian membuka kembali tahun ini, lalu buat revisi bila perlu.`;
}

/** Why a revision cannot be edited, with the way forward; null when it can be. */
export function lockOf(skp: SkpRow, revision: RevisionRow): SkpLock | null {
  if (skp.yearStatus === 'CLOSED') return { reason: 'YEAR_CLOSED', message: yearClosedMessage(skp.year) };
  if (revision.id !== skp.currentRevisionId) {
    return {
      reason: 'OLD_REVISION',
      message: `Revisi ${revision.number} bukan revisi terakhir SKP ini dan hanya dapat dibaca. Untuk mengubah SKP, buka revisi terakhir.`,
    };
  }
  if (revision.status === 'DIAJUKAN') {
    return {
      reason: 'SUBMITTED',
      message:
        'SKP sedang diajukan kepada pejabat penilai dan tidak dapat diubah. Tarik kembali pengajuan, atau minta pejabat penilai mengembalikannya, untuk mengubahnya.',
    };
  }
  if (revision.status === 'DISETUJUI') {
    return {
      reason: 'APPROVED',
      message: 'SKP ini sudah disetujui dan tidak dapat diubah. Untuk mengubahnya, buat revisi.',
    };
  }
  return null;
}

export function locked(message: string): AppError {
  return new AppError('LOCKED', message);
}

export function assertYearOpen(skp: Pick<SkpRow, 'year' | 'yearStatus'>): void {
  if (skp.yearStatus === 'CLOSED') throw locked(yearClosedMessage(skp.year));
}

export function assertVersion(skp: SkpRow, version: number): void {
  if (skp.version !== version) {
    throw conflict(
      'SKP ini telah diubah (oleh pengguna lain atau di jendela lain) sejak dibuka. Muat ulang lalu ulangi perubahan.',
    );
  }
}

/** The SKP and its latest revision, when that revision may be edited; otherwise LOCKED or CONFLICT. */
export interface EditTarget {
  skp: SkpRow;
  revision: RevisionRow;
}

/** For writes allowed beyond editable statuses (workflow steps, dates): open year and current version only. */
export function loadForWrite(ctx: RequestContext, skpId: number, version: number): EditTarget {
  const skp = requireSkp(ctx, skpId);
  assertYearOpen(skp);
  assertVersion(skp, version);
  return { skp, revision: requireRevision(ctx, skp.currentRevisionId) };
}

export function beginEdit(ctx: RequestContext, skpId: number, version: number): EditTarget {
  const skp = requireSkp(ctx, skpId);
  const revision = requireRevision(ctx, skp.currentRevisionId);
  const lock = lockOf(skp, revision);
  if (lock) throw locked(lock.message);
  assertVersion(skp, version);
  return { skp, revision };
}

export function identityOf(ctx: RequestContext, employeeId: number): Identity {
  const identity = liveIdentity(ctx.sql, employeeId);
  if (!identity) throw notFound('Pegawai tidak ditemukan.');
  return identity;
}

export function parentContextOf(ctx: RequestContext, skp: SkpRow): ParentContext {
  const identity = identityOf(ctx, skp.employeeId);
  return {
    yearId: skp.yearId,
    year: skp.year,
    appraiserEmployeeId: identity.appraiser?.employeeId ?? null,
    appraiserName: identity.appraiser?.fullName ?? null,
  };
}

function storedIdentity(revision: RevisionRow) {
  return {
    employeeSnapshot: revision.employeeSnapshot,
    appraiserSnapshot: revision.appraiserSnapshot,
    appraiserSupervisorSnapshot: revision.appraiserSupervisorSnapshot,
    appraiserEmployeeId: revision.appraiserEmployeeId,
    employeeUnitId: revision.employeeUnitId,
    officeName: revision.officeName,
    instansiName: revision.instansiName,
  };
}

/**
 * Brings an editable revision's identity up to date with the register (it is frozen on submission), audited
 * when it changed.
 */
export function refreshIdentity(ctx: RequestContext, skp: SkpRow, revision: RevisionRow): void {
  if (!isEditableStatus(revision.status)) return;
  const before = storedIdentity(revision);
  const after = identityColumns(identityOf(ctx, skp.employeeId));
  if (canonicalJson(before) === canonicalJson(after)) return;
  ctx.db
    .update(skpRevisions)
    .set({ ...after, updatedAt: ctx.now().toISOString() })
    .where(eq(skpRevisions.id, revision.id))
    .run();
  recordChange(ctx, 'skp_revision', revision.id, before, after, 'Identitas diperbarui dari data pegawai.');
}

/** Every write ends here: the SKP's version moves on, and an editable revision takes the register's identity. */
export function touch(ctx: RequestContext, skp: SkpRow, revisionId: number = skp.currentRevisionId): void {
  const now = ctx.now().toISOString();
  ctx.db
    .update(skps)
    .set({ version: skp.version + 1, updatedAt: now })
    .where(eq(skps.id, skp.id))
    .run();
  ctx.db.update(skpRevisions).set({ updatedAt: now }).where(eq(skpRevisions.id, revisionId)).run();
  const revision = findRevision(ctx.sql, revisionId);
  if (revision) refreshIdentity(ctx, skp, revision);
}
