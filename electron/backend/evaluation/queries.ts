import { sql } from 'drizzle-orm';
import type { Predikat, Rating } from '../../../shared/domain/predikat';
import type { EvaluationDto, ExclusionReason } from '../../../shared/ipc/methods/evaluation';
import type { SqlRunner } from '../db/sql-runner';

/** One stored evaluation row, with the number of the SKP revision it was rated on. */
export interface EvaluationRecord {
  id: number;
  skpId: number;
  periodId: number;
  skpRevisionId: number | null;
  skpRevisionNumber: number | null;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  note: string;
  excludedReason: ExclusionReason | null;
  excludedNote: string;
  unitId: number | null;
  ratedBy: string;
  ratedOnBehalfOf: string | null;
  ratedAt: string;
  version: number;
}

const evaluationColumns = sql`v.id, v.skp_id AS skpId, v.period_id AS periodId, v.skp_revision_id AS skpRevisionId,
  r.number AS skpRevisionNumber, v.rating_hasil AS ratingHasil, v.rating_perilaku AS ratingPerilaku, v.predikat,
  v.note, v.excluded_reason AS excludedReason, v.excluded_note AS excludedNote, v.unit_id AS unitId,
  v.rated_by AS ratedBy, v.rated_on_behalf_of AS ratedOnBehalfOf, v.rated_at AS ratedAt, v.version`;

export function findEvaluation(q: SqlRunner, skpId: number, periodId: number): EvaluationRecord | undefined {
  return q.get<EvaluationRecord>(
    sql`SELECT ${evaluationColumns} FROM evaluations v LEFT JOIN skp_revisions r ON r.id = v.skp_revision_id
        WHERE v.skp_id = ${skpId} AND v.period_id = ${periodId}`,
  );
}

/** The evaluations of several SKP in one period, by SKP id. */
export function evaluationsOf(
  q: SqlRunner,
  skpIds: number[],
  periodId: number,
): Map<number, EvaluationRecord> {
  const rows = q.all<EvaluationRecord>(
    sql`SELECT ${evaluationColumns} FROM evaluations v LEFT JOIN skp_revisions r ON r.id = v.skp_revision_id
        WHERE v.period_id = ${periodId} AND v.skp_id IN (SELECT value FROM json_each(${JSON.stringify(skpIds)}))`,
  );
  return new Map(rows.map((row) => [row.skpId, row]));
}

/** Every evaluation of one SKP, by period id (the annual screen's history). */
export function evaluationsOfSkp(q: SqlRunner, skpId: number): Map<number, EvaluationRecord> {
  const rows = q.all<EvaluationRecord>(
    sql`SELECT ${evaluationColumns} FROM evaluations v LEFT JOIN skp_revisions r ON r.id = v.skp_revision_id
        WHERE v.skp_id = ${skpId}`,
  );
  return new Map(rows.map((row) => [row.periodId, row]));
}

export function toEvaluationDto(
  record: EvaluationRecord | undefined,
  skpId: number,
  periodId: number,
): EvaluationDto {
  const rated = record !== undefined && record.ratingHasil !== null;
  return {
    skpId,
    periodId,
    ratingHasil: record?.ratingHasil ?? null,
    ratingPerilaku: record?.ratingPerilaku ?? null,
    predikat: record?.predikat ?? null,
    note: record?.note ?? '',
    excludedReason: record?.excludedReason ?? null,
    excludedNote: record?.excludedNote ?? '',
    skpRevisionNumber: rated ? record.skpRevisionNumber : null,
    ratedBy: rated ? record.ratedBy : null,
    ratedOnBehalfOf: rated ? record.ratedOnBehalfOf : null,
    ratedAt: rated ? record.ratedAt : null,
    version: record?.version ?? 0,
  };
}

/** Rated (both ratings) or excluded: nothing left to do for this pegawai in the period. */
export function isDone(evaluation: Pick<EvaluationDto, 'predikat' | 'excludedReason'>): boolean {
  return evaluation.predikat !== null || evaluation.excludedReason !== null;
}

/** The columns the audit trail records for an evaluation (before and after a change). */
export function auditedEvaluation(record: EvaluationRecord | undefined) {
  if (!record) return null;
  return {
    skpId: record.skpId,
    periodId: record.periodId,
    skpRevisionId: record.skpRevisionId,
    ratingHasil: record.ratingHasil,
    ratingPerilaku: record.ratingPerilaku,
    predikat: record.predikat,
    note: record.note,
    excludedReason: record.excludedReason,
    excludedNote: record.excludedNote,
    unitId: record.unitId,
    ratedBy: record.ratedBy,
    ratedOnBehalfOf: record.ratedOnBehalfOf,
  };
}
