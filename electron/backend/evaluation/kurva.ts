import { type SQL, sql } from 'drizzle-orm';
import {
  checkKurvaDistribusi,
  kurvaBand,
  type KurvaViolation,
  type PredikatCounts,
} from '../../../shared/domain/kurva';
import { formatFullName } from '../../../shared/domain/names';
import { emptyPredikatCounts, PREDIKATS, type Predikat } from '../../../shared/domain/predikat';
import type {
  KurvaView,
  OrgRatingDto,
  PeriodState,
  UnratedRow,
} from '../../../shared/ipc/methods/evaluation';
import type { SqlRunner } from '../db/sql-runner';
import { subtreeIds } from '../units/queries';
import { finalisationsOf } from './finalisation-queries';
import { periodState, topUnitId, yearClosedEvaluationMessage } from './lock';
import { effectiveOrgRating, unitOrTop } from './org-rating';
import { requirePeriod, toPeriodDto, yearRefOf, type PeriodRow } from './period';
import { activeCondition, notDoneCondition, ratedSkpCondition } from './scope';

/** The units of a subtree as a JSON list for `json_each`; null for the kecamatan (every unit is under it). */
function subtreeOf(q: SqlRunner, unitId: number, top: number): string | null {
  return unitId === top ? null : JSON.stringify(subtreeIds(q, unitId));
}

function inUnits(column: SQL, units: string | null): SQL {
  return units === null ? sql`` : sql` AND ${column} IN (SELECT value FROM json_each(${units}))`;
}

export interface KurvaCounts {
  counts: PredikatCounts;
  total: number;
  excludedCount: number;
}

/** Predikat counts over rated, non-excluded evaluations, by the unit recorded when rated. */
export function kurvaCounts(q: SqlRunner, periodId: number, filter: SQL): KurvaCounts {
  const rows = q.all<{ predikat: Predikat | null; excluded: number; n: number }>(
    sql`SELECT v.predikat, v.excluded_reason IS NOT NULL AS excluded, count(*) AS n FROM evaluations v
        WHERE v.period_id = ${periodId} AND (v.predikat IS NOT NULL OR v.excluded_reason IS NOT NULL)${filter}
        GROUP BY 1, 2`,
  );
  const counts = emptyPredikatCounts();
  let excludedCount = 0;
  for (const row of rows) {
    if (row.excluded) excludedCount += row.n;
    else if (row.predikat !== null) counts[row.predikat] += row.n;
  }
  return { counts, total: PREDIKATS.reduce((n, p) => n + counts[p], 0), excludedCount };
}

interface UnratedRecord {
  skpId: number;
  employeeId: number;
  name: string;
  frontTitle: string;
  backTitle: string;
  nip: string;
  positionName: string;
  aName: string | null;
  aFront: string | null;
  aBack: string | null;
}

/**
 * Active pegawai whose SKP the period is rated on, neither rated nor excluded yet, by name. For a subtree the
 * walk starts from the units' pegawai (CROSS JOIN fixes the order), not from every SKP of the year.
 */
export function unratedOf(q: SqlRunner, period: PeriodRow, units: string | null): UnratedRow[] {
  const from =
    units === null
      ? sql`skps s JOIN employees e ON e.id = s.employee_id`
      : sql`employees e CROSS JOIN skps s ON s.employee_id = e.id`;
  return q
    .all<UnratedRecord>(
      sql`SELECT s.id AS skpId, e.id AS employeeId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
            e.nip, e.position_name AS positionName, a.name AS aName, a.front_title AS aFront, a.back_title AS aBack
          FROM ${from} LEFT JOIN employees a ON a.id = e.supervisor_id
          WHERE ${ratedSkpCondition(period)} AND ${activeCondition(period)} AND ${notDoneCondition(period)}
            ${inUnits(sql`e.unit_id`, units)}
          ORDER BY e.search_name, s.id`,
    )
    .map((r) => ({
      skpId: r.skpId,
      employeeId: r.employeeId,
      fullName: formatFullName(r),
      nip: r.nip,
      positionName: r.positionName,
      appraiserName:
        r.aName === null ? null : formatFullName({ name: r.aName, frontTitle: r.aFront, backTitle: r.aBack }),
    }));
}

/** "Ani, Budi, Citra dan 4 lainnya". */
export function nameList(names: string[], shown = 5): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} dan ${names.length - shown} lainnya` : head;
}

interface BlockerInput {
  period: PeriodRow;
  state: PeriodState;
  orgRating: OrgRatingDto | null;
  total: number;
  unrated: UnratedRow[];
  violations: KurvaViolation[];
  /** The kecamatan's view: only its kurva gates finalisation. */
  whole: boolean;
}

export const NO_ORG_RATING = 'Capaian kinerja organisasi belum dicatat.';
export const VIOLATION_NEEDS_REASON =
  'Sebaran predikat tidak sesuai kurva distribusi: tulis alasan penyimpangan untuk tetap memfinalisasi.';

/** What stands between the period and its finalisation, in the order to deal with them. */
export function blockersOf(input: BlockerInput): string[] {
  const blockers: string[] = [];
  if (input.period.yearStatus === 'CLOSED') blockers.push(yearClosedEvaluationMessage(input.period.year));
  if (input.state === 'FINAL') {
    blockers.push('Periode ini sudah difinalisasi. Buka koreksi dengan alasan tertulis untuk mengubahnya.');
  }
  if (input.orgRating === null) blockers.push(NO_ORG_RATING);
  if (input.unrated.length > 0) {
    blockers.push(
      `${input.unrated.length} pegawai belum dinilai atau dikecualikan: ${nameList(input.unrated.map((u) => u.fullName))}.`,
    );
  }
  if (input.whole && input.total === 0 && input.unrated.length === 0) {
    blockers.push('Belum ada pegawai yang dinilai pada periode ini.');
  }
  if (input.whole && input.violations.length > 0) blockers.push(VIOLATION_NEEDS_REASON);
  return blockers;
}

/** The kurva of a period for a unit and its subunits, with what blocks the kecamatan's finalisation. */
export function kurvaView(q: SqlRunner, periodId: number, unitId: number | null): KurvaView {
  const period = requirePeriod(q, periodId);
  const unit = unitOrTop(q, unitId);
  const top = topUnitId(q)!;
  const unitName = q.one<{ name: string }>(sql`SELECT name FROM units WHERE id = ${unit}`).name;
  const units = subtreeOf(q, unit, top);
  const { counts, total, excludedCount } = kurvaCounts(q, period.id, inUnits(sql`v.unit_id`, units));
  const unrated = unratedOf(q, period, units);
  const orgRating = effectiveOrgRating(q, period.id, unit);
  const violations = orgRating ? checkKurvaDistribusi(orgRating.rating, counts) : [];
  const state = periodState(q, period.id);
  return {
    year: yearRefOf(period),
    period: toPeriodDto(period),
    unitId: unit,
    unitName,
    orgRating,
    counts,
    total,
    band: orgRating ? kurvaBand(orgRating.rating, total) : openBand(),
    violations,
    unrated,
    excludedCount,
    state,
    finalisations: finalisationsOf(q, period.id, top),
    blockers: blockersOf({ period, state, orgRating, total, unrated, violations, whole: unit === top }),
  };
}

function openBand(): KurvaView['band'] {
  const band = {} as KurvaView['band'];
  for (const p of PREDIKATS) band[p] = { min: null, max: null };
  return band;
}
