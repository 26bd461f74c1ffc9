import { eq, sql } from 'drizzle-orm';
import { formatFullName } from '../../../shared/domain/names';
import type { Predikat, Rating } from '../../../shared/domain/predikat';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { ExclusionReason, FinalisationRecap, KurvaView } from '../../../shared/ipc/methods/evaluation';
import { recordChange, SYSTEM_USERNAME } from '../audit/trail';
import type { RequestContext } from '../context';
import { finalisations } from '../db/schema';
import type { SqlRunner } from '../db/sql-runner';
import { AppError, conflict, fieldError } from '../errors';
import { latestFinalisationId } from './finalisation-queries';
import { kurvaView, NO_ORG_RATING, nameList } from './kurva';
import { topUnitId, yearClosedEvaluationMessage } from './lock';
import { requirePeriod, toPeriodDto, type PeriodRow } from './period';

interface RecapRecord {
  skpId: number;
  employeeId: number;
  name: string;
  frontTitle: string;
  backTitle: string;
  nip: string;
  positionName: string;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  excludedReason: ExclusionReason | null;
}

/** Every pegawai rated or excluded in the period, by name, as the recap keeps them. */
function recapRows(q: SqlRunner, periodId: number): FinalisationRecap['rows'] {
  return q
    .all<RecapRecord>(
      sql`SELECT s.id AS skpId, e.id AS employeeId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
            e.nip, COALESCE(json_extract(r.employee_snapshot, '$.positionName'), e.position_name) AS positionName,
            v.rating_hasil AS ratingHasil, v.rating_perilaku AS ratingPerilaku, v.predikat,
            v.excluded_reason AS excludedReason
          FROM evaluations v JOIN skps s ON s.id = v.skp_id JOIN employees e ON e.id = s.employee_id
            LEFT JOIN skp_revisions r ON r.id = v.skp_revision_id
          WHERE v.period_id = ${periodId} AND (v.predikat IS NOT NULL OR v.excluded_reason IS NOT NULL)
          ORDER BY e.search_name, s.id`,
    )
    .map(({ name, frontTitle, backTitle, ...row }) => ({
      skpId: row.skpId,
      employeeId: row.employeeId,
      fullName: formatFullName({ name, frontTitle, backTitle }),
      nip: row.nip,
      positionName: row.positionName,
      ratingHasil: row.ratingHasil,
      ratingPerilaku: row.ratingPerilaku,
      predikat: row.predikat,
      excludedReason: row.excludedReason,
    }));
}

function assertYearOpen(period: PeriodRow): void {
  if (period.yearStatus === 'CLOSED') throw new AppError('LOCKED', yearClosedEvaluationMessage(period.year));
}

function callerName(ctx: RequestContext): string {
  return ctx.caller?.displayName ?? SYSTEM_USERNAME;
}

/**
 * Finalises the period for the kecamatan: a new revision row holding the recap. Needs the org rating, every
 * counted pegawai rated or excluded, and a written reason when the predikat deviate from the kurva.
 */
export function finalise(ctx: RequestContext, input: ParsedInput<'finalisation.finalise'>): KurvaView {
  const period = requirePeriod(ctx.sql, input.periodId);
  assertYearOpen(period);
  const view = kurvaView(ctx.sql, period.id, null);
  if (view.state === 'FINAL') throw conflict('Periode ini sudah difinalisasi.');
  if (view.orgRating === null) throw conflict(`${NO_ORG_RATING} Catat dahulu sebelum finalisasi.`);
  if (view.unrated.length > 0) {
    throw conflict(
      `Finalisasi belum dapat dilakukan: ${view.unrated.length} pegawai belum dinilai atau dikecualikan (${nameList(view.unrated.map((u) => u.fullName))}).`,
    );
  }
  if (view.total === 0) throw conflict('Belum ada pegawai yang dinilai pada periode ini.');
  if (view.violations.length > 0 && input.deviationReason === '') {
    throw fieldError(
      'deviationReason',
      `Sebaran predikat tidak sesuai kurva distribusi (${view.violations.map((v) => v.message.replace(/\.$/, '')).join('; ')}). Tulis alasan penyimpangan untuk tetap memfinalisasi.`,
    );
  }
  const unitId = view.unitId;
  const recap: FinalisationRecap = {
    orgRating: view.orgRating.rating,
    counts: view.counts,
    violations: view.violations,
    rows: recapRows(ctx.sql, period.id),
  };
  const revision = (latestFinalisationId(ctx.sql, period.id, unitId)?.revision ?? 0) + 1;
  const values = {
    periodId: period.id,
    unitId,
    revision,
    finalisedAt: ctx.now().toISOString(),
    finalisedBy: callerName(ctx),
    deviationReason: view.violations.length > 0 ? input.deviationReason : '',
    recap,
  };
  const { id } = ctx.db.insert(finalisations).values(values).returning({ id: finalisations.id }).get();
  const label = toPeriodDto(period).label;
  recordChange(
    ctx,
    'finalisation',
    id,
    null,
    {
      periodId: period.id,
      unitId,
      revision,
      deviationReason: values.deviationReason,
      orgRating: recap.orgRating,
      counts: recap.counts,
      violations: recap.violations.map((v) => v.code),
      pegawai: recap.rows.length,
    },
    revision === 1
      ? `Penilaian ${label} difinalisasi.`
      : `Penilaian ${label} difinalisasi ulang (revisi ${revision}).`,
  );
  return kurvaView(ctx.sql, period.id, null);
}

/** Opens the latest finalisation for a reasoned correction; its recap stays as it was. */
export function reopen(ctx: RequestContext, input: ParsedInput<'finalisation.reopen'>): KurvaView {
  const period = requirePeriod(ctx.sql, input.periodId);
  assertYearOpen(period);
  const unitId = topUnitId(ctx.sql);
  const latest = unitId === undefined ? undefined : latestFinalisationId(ctx.sql, period.id, unitId);
  if (!latest) throw conflict('Periode ini belum difinalisasi.');
  if (latest.reopenedAt !== null) throw conflict('Periode ini sudah dibuka untuk koreksi.');
  const set = {
    reopenedAt: ctx.now().toISOString(),
    reopenedBy: callerName(ctx),
    reopenReason: input.reason,
  };
  ctx.db.update(finalisations).set(set).where(eq(finalisations.id, latest.id)).run();
  recordChange(
    ctx,
    'finalisation',
    latest.id,
    { reopenedAt: null, reopenedBy: null, reopenReason: '' },
    set,
    `Penilaian ${toPeriodDto(period).label} (revisi ${latest.revision}) dibuka untuk koreksi: ${input.reason}`,
  );
  return kurvaView(ctx.sql, period.id, null);
}
