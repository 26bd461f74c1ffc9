import { sql } from 'drizzle-orm';
import { headRatingHasil, type Rating } from '../../../shared/domain/predikat';
import type { SqlRunner } from '../db/sql-runner';
import { topUnitId } from './lock';
import { findOrgRating } from './org-rating';

/**
 * Decision: the head of the unit (the camat), whose Rating Hasil Kerja follows the org rating (domain.md §5), is
 * the pegawai placed in the kecamatan (top) unit with no atasan in SIPKA: their pejabat penilai is outside it.
 */
export function isUnitHead(q: SqlRunner, employeeId: number): boolean {
  const top = topUnitId(q);
  if (top === undefined) return false;
  return !!q.get(
    sql`SELECT 1 FROM employees WHERE id = ${employeeId} AND unit_id = ${top} AND supervisor_id IS NULL`,
  );
}

/** The head's Rating Hasil Kerja for the period, from the kecamatan's org rating; null for anyone else. */
export function headRatingFromOrg(q: SqlRunner, employeeId: number, periodId: number): Rating | null {
  if (!isUnitHead(q, employeeId)) return null;
  const org = findOrgRating(q, periodId, topUnitId(q)!);
  return org ? headRatingHasil(org.rating) : null;
}
