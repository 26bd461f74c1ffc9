import { sql } from 'drizzle-orm';
import type { PeriodKind } from '../../../shared/domain/periods';
import type { PeriodState } from '../../../shared/ipc/methods/evaluation';
import type { SqlRunner } from '../db/sql-runner';
import { AppError } from '../errors';

/** The kecamatan: the one top unit. Finalisation and the org rating default to it. */
export function topUnitId(q: SqlRunner): number | undefined {
  return q.get<{ id: number }>(sql`SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`)?.id;
}

interface LatestFinalisation {
  revision: number;
  reopenedAt: string | null;
}

function latestFinalisation(q: SqlRunner, periodId: number, unitId: number): LatestFinalisation | undefined {
  return q.get<LatestFinalisation>(
    sql`SELECT revision, reopened_at AS reopenedAt FROM finalisations
        WHERE period_id = ${periodId} AND unit_id = ${unitId} ORDER BY revision DESC LIMIT 1`,
  );
}

/** OPEN before the first finalisation, FINAL once finalised, CORRECTION while an ADMIN corrects it. */
export function periodState(q: SqlRunner, periodId: number): PeriodState {
  const unitId = topUnitId(q);
  if (unitId === undefined) return 'OPEN';
  const latest = latestFinalisation(q, periodId, unitId);
  if (!latest) return 'OPEN';
  return latest.reopenedAt === null ? 'FINAL' : 'CORRECTION';
}

export const FINALISED_MESSAGE =
  'Penilaian periode ini sudah difinalisasi dan tidak dapat diubah. Admin kepegawaian dapat membuka koreksi dengan alasan tertulis.';

export function yearClosedEvaluationMessage(year: number): string {
  return `Tahun penilaian ${year} sudah ditutup: penilaian dan realisasinya tidak dapat diubah. Minta admin kepegawaian membuka kembali tahun ini bila perlu koreksi.`;
}

/**
 * Why a period's realisasi, evidence, feedback, ratings and org rating cannot be written now, or null: its year
 * is closed, or the period is finalised (and not opened for correction).
 */
export function periodWriteLock(q: SqlRunner, periodId: number): string | null {
  const year = q.get<{ year: number; status: string }>(
    sql`SELECT y.year, y.status FROM periods p JOIN years y ON y.id = p.year_id WHERE p.id = ${periodId}`,
  );
  if (year?.status === 'CLOSED') return yearClosedEvaluationMessage(year.year);
  return periodState(q, periodId) === 'FINAL' ? FINALISED_MESSAGE : null;
}

/** Every write to a period's realisasi, evidence, feedback and ratings goes through this first. */
export function assertPeriodWritable(q: SqlRunner, periodId: number): void {
  const message = periodWriteLock(q, periodId);
  if (message !== null) throw new AppError('LOCKED', message);
}

/**
 * Periods of a year whose evaluations are not final: rated but never finalised, or open for correction. Closing
 * the year would freeze them half-done (a year with no ratings at all, e.g. planning only, may close).
 */
export function unfinishedPeriods(
  q: SqlRunner,
  yearId: number,
): { id: number; kind: PeriodKind; number: number }[] {
  const periods = q.all<{ id: number; kind: PeriodKind; number: number; rated: number }>(
    sql`SELECT p.id, p.kind, p.number, EXISTS (SELECT 1 FROM evaluations e WHERE e.period_id = p.id) AS rated
        FROM periods p WHERE p.year_id = ${yearId} ORDER BY p.start_date, p.kind = 'ANNUAL'`,
  );
  return periods
    .filter((p) => {
      const state = periodState(q, p.id);
      return state === 'CORRECTION' || (state === 'OPEN' && p.rated === 1);
    })
    .map(({ id, kind, number }) => ({ id, kind, number }));
}
