import { eq, sql } from 'drizzle-orm';
import {
  ORG_RATING_LABELS,
  PREDIKAT_LABELS,
  predikatKinerja,
  RATING_LABELS,
  headRatingHasil,
} from '../../../shared/domain/predikat';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { EXCLUSION_REASON_LABELS } from '../../../shared/ipc/methods/evaluation';
import { recordChange, SYSTEM_USERNAME } from '../audit/trail';
import type { RequestContext } from '../context';
import { evaluations } from '../db/schema';
import { AppError, conflict, fieldError, notFound, sentence } from '../errors';
import { findRevision, findSkp, type SkpRow } from '../skp/queries';
import { canAppraise } from '../users/relations';
import { isUnitHead } from './head';
import { assertPeriodWritable, topUnitId } from './lock';
import { findOrgRating } from './org-rating';
import { requirePeriod, toPeriodDto, type PeriodRow } from './period';
import { auditedEvaluation, findEvaluation, type EvaluationRecord } from './queries';
import { unratableReason } from './scope';

interface Target {
  period: PeriodRow;
  skp: SkpRow;
  current: EvaluationRecord | undefined;
}

/** The SKP and period of a write, when the period may still be written and the caller saw the latest version. */
function beginWrite(ctx: RequestContext, skpId: number, periodId: number, version: number): Target {
  const period = requirePeriod(ctx.sql, periodId);
  const skp = findSkp(ctx.sql, skpId);
  if (!skp) throw notFound('SKP tidak ditemukan.');
  if (skp.yearId !== period.yearId) {
    throw fieldError('periodId', 'Periode ini bukan bagian dari tahun SKP tersebut.');
  }
  assertPeriodWritable(ctx.sql, period.id);
  const current = findEvaluation(ctx.sql, skpId, periodId);
  if ((current?.version ?? 0) !== version) {
    throw conflict(
      'Penilaian pegawai ini telah diubah (oleh pengguna lain atau di jendela lain) sejak dibuka. Muat ulang lalu ulangi perubahan.',
    );
  }
  return { period, skp, current };
}

function assertRatable(ctx: RequestContext, target: Target): void {
  const reason = unratableReason(ctx.sql, target.skp.id, target.period);
  if (reason !== null) throw conflict(reason);
}

function callerName(ctx: RequestContext): string {
  return ctx.caller?.displayName ?? SYSTEM_USERNAME;
}

/** The pejabat penilai as the SKP in force records them (what the documents print). */
function penilaiName(ctx: RequestContext, skp: SkpRow): string {
  const revision = findRevision(ctx.sql, skp.approvedRevisionId ?? skp.currentRevisionId);
  return revision?.appraiserSnapshot?.fullName ?? 'pejabat penilai di luar SIPKA';
}

/**
 * Who rates: the pejabat penilai (the atasan langsung, `canAppraise`), or an ADMIN recording the rating "atas
 * nama" the penilai with a note. Nobody rates themselves.
 */
function ratingAuthority(ctx: RequestContext, skp: SkpRow, note: string): { onBehalfOf: string | null } {
  const caller = ctx.caller;
  if (caller && caller.employeeId === skp.employeeId) {
    throw new AppError('FORBIDDEN', 'Anda tidak dapat menilai kinerja Anda sendiri.');
  }
  if (caller && canAppraise(ctx, caller, skp.employeeId)) return { onBehalfOf: null };
  if (!caller || caller.role === 'ADMIN') {
    const penilai = penilaiName(ctx, skp);
    if (note === '') {
      throw fieldError('note', `Tulis catatan: penilaian ini dicatat atas nama ${penilai}.`);
    }
    return { onBehalfOf: penilai };
  }
  throw new AppError('FORBIDDEN', 'Hanya pejabat penilai (atasan langsung) yang dapat menilai pegawai ini.');
}

/** The camat's Rating Hasil Kerja is the org rating's (domain.md §5): refuse any other. */
function assertHeadRating(ctx: RequestContext, target: Target, ratingHasil: string): void {
  if (!isUnitHead(ctx.sql, target.skp.employeeId)) return;
  const org = findOrgRating(ctx.sql, target.period.id, topUnitId(ctx.sql)!);
  if (!org) {
    throw fieldError(
      'ratingHasil',
      'Rating hasil kerja kepala unit mengikuti capaian kinerja organisasi: catat dahulu capaian kinerja organisasi periode ini.',
    );
  }
  const expected = headRatingHasil(org.rating);
  if (ratingHasil !== expected) {
    throw fieldError(
      'ratingHasil',
      `Rating hasil kerja kepala unit mengikuti capaian kinerja organisasi (${ORG_RATING_LABELS[org.rating]}): ${RATING_LABELS[expected]}.`,
    );
  }
}

function currentUnitId(ctx: RequestContext, employeeId: number): number {
  return ctx.sql.one<{ unitId: number }>(
    sql`SELECT unit_id AS unitId FROM employees WHERE id = ${employeeId}`,
  ).unitId;
}

function write(
  ctx: RequestContext,
  target: Target,
  values: Partial<typeof evaluations.$inferInsert>,
  note: string,
): void {
  const { skp, period, current } = target;
  if (current) {
    ctx.db
      .update(evaluations)
      .set({ ...values, version: current.version + 1 })
      .where(eq(evaluations.id, current.id))
      .run();
  } else {
    ctx.db
      .insert(evaluations)
      .values({
        skpId: skp.id,
        periodId: period.id,
        ratedBy: '',
        ratedAt: ctx.now().toISOString(),
        unitId: currentUnitId(ctx, skp.employeeId),
        ...values,
      })
      .run();
  }
  const after = findEvaluation(ctx.sql, skp.id, period.id)!;
  recordChange(ctx, 'evaluation', after.id, auditedEvaluation(current), auditedEvaluation(after), note);
}

export function rate(ctx: RequestContext, input: ParsedInput<'evaluation.rate'>): void {
  const target = beginWrite(ctx, input.skpId, input.periodId, input.version);
  const { onBehalfOf } = ratingAuthority(ctx, target.skp, input.note);
  assertRatable(ctx, target);
  if (target.current?.excludedReason) {
    throw conflict(
      `Pegawai ini dikecualikan dari penilaian periode ini (${EXCLUSION_REASON_LABELS[target.current.excludedReason]}). Batalkan pengecualiannya dahulu untuk menilainya.`,
    );
  }
  assertHeadRating(ctx, target, input.ratingHasil);
  const predikat = predikatKinerja(input.ratingHasil, input.ratingPerilaku);
  const label = `${toPeriodDto(target.period).label}: predikat ${PREDIKAT_LABELS[predikat]}`;
  write(
    ctx,
    target,
    {
      skpRevisionId: target.skp.approvedRevisionId,
      ratingHasil: input.ratingHasil,
      ratingPerilaku: input.ratingPerilaku,
      predikat,
      note: input.note,
      unitId: currentUnitId(ctx, target.skp.employeeId),
      ratedByUserId: ctx.caller?.userId ?? null,
      ratedBy: callerName(ctx),
      ratedOnBehalfOf: onBehalfOf,
      ratedAt: ctx.now().toISOString(),
    },
    onBehalfOf
      ? `${sentence(`Dinilai atas nama ${onBehalfOf}`)} ${label}. Catatan: ${input.note}`
      : `Dinilai. ${label}.`,
  );
}

export function exclude(ctx: RequestContext, input: ParsedInput<'evaluation.exclude'>): void {
  const target = beginWrite(ctx, input.skpId, input.periodId, input.version);
  const period = toPeriodDto(target.period).label;
  if (input.reason === null) {
    if (!target.current?.excludedReason) {
      throw conflict('Pegawai ini tidak sedang dikecualikan dari penilaian periode ini.');
    }
    write(
      ctx,
      target,
      { excludedReason: null, excludedNote: '' },
      `Diikutkan kembali dalam penilaian ${period}.`,
    );
    return;
  }
  if (input.reason === 'LAINNYA' && input.note === '') {
    throw fieldError('note', 'Tulis keterangan alasan pengecualian.');
  }
  assertRatable(ctx, target);
  const reason = EXCLUSION_REASON_LABELS[input.reason];
  write(
    ctx,
    target,
    { excludedReason: input.reason, excludedNote: input.note },
    `Dikecualikan dari penilaian ${period}: ${reason}${input.note ? ` (${input.note})` : ''}.`,
  );
}
