import { sql } from 'drizzle-orm';
import { kurvaBand, type PredikatCounts } from '../../../../shared/domain/kurva';
import {
  emptyPredikatCounts,
  ORG_RATING_LABELS,
  PREDIKAT_LABELS,
  PREDIKATS,
  type OrgRating,
  type Predikat,
} from '../../../../shared/domain/predikat';
import type { SqlRunner } from '../../db/sql-runner';
import { effectiveOrgRating } from '../../evaluation/org-rating';
import { subtreeIds } from '../../units/queries';
import type { CurveData } from './types';

/** "BAIK" as the evaluation forms print an org rating; "-" when none is recorded. */
export function orgRatingText(rating: OrgRating | null): string {
  return rating ? ORG_RATING_LABELS[rating].toUpperCase() : '-';
}

/** Predikat counts of the rated, non-excluded evaluations of a period over the given units (as recorded when rated). */
export function liveCounts(q: SqlRunner, periodId: number, unitIds: number[]): PredikatCounts {
  const rows = q.all<{ predikat: Predikat; n: number }>(
    sql`SELECT predikat, count(*) AS n FROM evaluations
        WHERE period_id = ${periodId} AND predikat IS NOT NULL AND excluded_reason IS NULL
          AND unit_id IN (SELECT value FROM json_each(${JSON.stringify(unitIds)}))
        GROUP BY predikat`,
  );
  const counts = emptyPredikatCounts();
  for (const row of rows) counts[row.predikat] += row.n;
  return counts;
}

export function curveData(orgRating: OrgRating | null, counts: PredikatCounts, unitName: string): CurveData {
  const total = PREDIKATS.reduce((n, p) => n + counts[p], 0);
  const band = orgRating ? kurvaBand(orgRating, total) : null;
  return {
    orgRating,
    orgRatingText: orgRatingText(orgRating),
    labels: PREDIKATS.map((p) => PREDIKAT_LABELS[p]),
    counts: PREDIKATS.map((p) => counts[p]),
    band: PREDIKATS.map((p) => band?.[p] ?? { min: null, max: null }),
    total,
    unitName,
  };
}

/**
 * The kurva an evaluation document shows: the unit whose org rating governs the pegawai's unit (normally the
 * kecamatan), its predikat counts for the period, and the band its rating allows.
 */
export function curveForEmployeeUnit(q: SqlRunner, periodId: number, unitId: number | null): CurveData {
  const top = q.get<{ id: number; name: string }>(
    sql`SELECT id, name FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  const org = unitId === null ? null : effectiveOrgRating(q, periodId, unitId);
  const over = org?.unitId ?? top?.id;
  if (over === undefined) return curveData(null, emptyPredikatCounts(), '');
  const name = q.get<{ name: string }>(sql`SELECT name FROM units WHERE id = ${over}`)?.name ?? '';
  return curveData(org?.rating ?? null, liveCounts(q, periodId, subtreeIds(q, over)), name);
}
