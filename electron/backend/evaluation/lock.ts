import { sql } from 'drizzle-orm';
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

/** Every write to a period's realisasi, evidence, feedback and ratings goes through this first. */
export function assertPeriodWritable(q: SqlRunner, periodId: number): void {
  if (periodState(q, periodId) === 'FINAL') throw new AppError('LOCKED', FINALISED_MESSAGE);
}
