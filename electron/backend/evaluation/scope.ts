import { type SQL, sql } from 'drizzle-orm';
import { formatDateId } from '../../../shared/domain/dates';
import type { SqlRunner } from '../db/sql-runner';
import type { PeriodRow } from './period';

/*
 * Who a period's evaluation is about. Decisions:
 * - one SKP per pegawai per period: an approved SKP whose dates overlap the period and, after a mid-year move,
 *   the latest-starting such SKP (the position held at the end of the period: that atasan rates it);
 * - a pegawai counts while active: inactive pegawai drop out from their inactive date (domain.md §1), so one
 *   who left before the period ended is not waited for (a rating already given still counts in the kurva).
 */

/** SQL over `s` (skps) and `e` (employees): the SKP is the one the period is rated on. */
export function ratedSkpCondition(period: PeriodRow): SQL {
  return sql`s.year_id = ${period.yearId} AND s.approved_revision_id IS NOT NULL
    AND s.start_date <= ${period.endDate} AND s.end_date >= ${period.startDate}
    AND NOT EXISTS (SELECT 1 FROM skps l WHERE l.employee_id = s.employee_id AND l.year_id = s.year_id
      AND l.approved_revision_id IS NOT NULL AND l.start_date <= ${period.endDate} AND l.end_date >= ${period.startDate}
      AND (l.start_date > s.start_date OR (l.start_date = s.start_date AND l.id > s.id)))`;
}

/** SQL over `e`: still to be evaluated in the period (active, or gone only after it ended). */
export function activeCondition(period: PeriodRow): SQL {
  return sql`(e.activity = 'AKTIF' OR e.inactive_since > ${period.endDate})`;
}

/** SQL over `s`: nobody has rated or excluded this SKP for the period yet. */
export function notDoneCondition(period: PeriodRow): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM evaluations x WHERE x.skp_id = s.id AND x.period_id = ${period.id}
    AND (x.predikat IS NOT NULL OR x.excluded_reason IS NOT NULL))`;
}

interface SkpDates {
  id: number;
  startDate: string;
  endDate: string;
  approved: number;
}

/** Why this SKP cannot be rated for the period, or null when it is the one the period is rated on. */
export function unratableReason(q: SqlRunner, skpId: number, period: PeriodRow): string | null {
  const skp = q.get<SkpDates & { employeeId: number; yearId: number }>(
    sql`SELECT id, employee_id AS employeeId, year_id AS yearId, start_date AS startDate, end_date AS endDate,
          approved_revision_id IS NOT NULL AS approved FROM skps WHERE id = ${skpId}`,
  );
  if (!skp) return 'SKP tidak ditemukan.';
  if (skp.yearId !== period.yearId) return 'Periode ini bukan bagian dari tahun SKP tersebut.';
  if (!skp.approved) return 'SKP ini belum disetujui: penilaian dilakukan atas SKP yang sudah disetujui.';
  if (skp.startDate > period.endDate || skp.endDate < period.startDate) {
    return `SKP ini berlaku ${formatDateId(skp.startDate)} s.d. ${formatDateId(skp.endDate)}, di luar periode penilaian ini.`;
  }
  const later = q.get<SkpDates>(
    sql`SELECT s.id, s.start_date AS startDate, s.end_date AS endDate, 1 AS approved FROM skps s
        WHERE s.employee_id = ${skp.employeeId} AND s.id <> ${skp.id} AND ${ratedSkpCondition(period)}`,
  );
  if (
    later &&
    (later.startDate > skp.startDate || (later.startDate === skp.startDate && later.id > skp.id))
  ) {
    return `Periode ini dinilai pada SKP pegawai yang berlaku di akhir periode (mulai ${formatDateId(later.startDate)}).`;
  }
  return null;
}
