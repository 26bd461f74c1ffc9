import { type SQL, sql } from 'drizzle-orm';
import { averageCapaian, capaianIki } from '../../../shared/domain/capaian';
import { formatFullName } from '../../../shared/domain/names';
import { HR_ROLES } from '../../../shared/domain/roles';
import type { Direction } from '../../../shared/domain/skp';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { EvaluationList, EvaluationListRow } from '../../../shared/ipc/methods/evaluation';
import type { RequestContext } from '../context';
import type { SqlRunner } from '../db/sql-runner';
import { AppError } from '../errors';
import { subtreeIds } from '../units/queries';
import { requirePeriod, toPeriodDto, yearRefOf, type PeriodRow } from './period';
import { evaluationsOf, isDone, toEvaluationDto } from './queries';
import { activeCondition, ratedSkpCondition } from './scope';

interface ListRecord {
  skpId: number;
  employeeId: number;
  name: string;
  frontTitle: string;
  backTitle: string;
  nip: string;
  positionName: string;
  unitName: string;
  aName: string | null;
  aFront: string | null;
  aBack: string | null;
}

export interface Progress {
  filledCount: number;
  ikiCount: number;
  evidenceCount: number;
  feedbackCount: number;
  averageCapaian: number | null;
}

/** Realisasi, evidence and feedback counts and the average capaian of several SKP in one period. */
export function progressOf(q: SqlRunner, skpIds: number[], periodId: number): Map<number, Progress> {
  const ids = JSON.stringify(skpIds);
  const progress = new Map<number, Progress>();
  const values = new Map<number, (number | null)[]>();
  for (const skpId of skpIds) {
    progress.set(skpId, {
      filledCount: 0,
      ikiCount: 0,
      evidenceCount: 0,
      feedbackCount: 0,
      averageCapaian: null,
    });
    values.set(skpId, []);
  }
  const iki = q.all<{
    skpId: number;
    low: number | null;
    high: number | null;
    direction: Direction;
    value: number | null;
  }>(
    sql`SELECT s.id AS skpId, i.target_low AS low, i.target_high AS high, i.direction, r.value
        FROM skps s JOIN skp_iki i ON i.revision_id = s.approved_revision_id
          LEFT JOIN realisasi r ON r.skp_id = s.id AND r.period_id = ${periodId} AND r.iki_lineage_id = i.lineage_id
        WHERE s.id IN (SELECT value FROM json_each(${ids}))`,
  );
  for (const row of iki) {
    const p = progress.get(row.skpId)!;
    p.ikiCount += 1;
    if (row.value !== null) p.filledCount += 1;
    values
      .get(row.skpId)!
      .push(
        row.low === null || row.high === null
          ? null
          : capaianIki({ low: row.low, high: row.high, direction: row.direction }, row.value),
      );
  }
  const count = (table: SQL, key: 'evidenceCount' | 'feedbackCount') => {
    for (const row of q.all<{ skpId: number; n: number }>(
      sql`SELECT skp_id AS skpId, count(*) AS n FROM ${table}
          WHERE period_id = ${periodId} AND skp_id IN (SELECT value FROM json_each(${ids})) GROUP BY skp_id`,
    )) {
      progress.get(row.skpId)![key] = row.n;
    }
  };
  count(sql`evidence`, 'evidenceCount');
  count(sql`feedback`, 'feedbackCount');
  for (const [skpId, list] of values) progress.get(skpId)!.averageCapaian = averageCapaian(list);
  return progress;
}

/**
 * A row's unit is the one recorded when rated, else the pegawai's unit now. The candidates come through the
 * unit indexes of both (not a walk over every SKP of the year), then the exact condition applies.
 */
function inSubtree(q: SqlRunner, period: PeriodRow, unitId: number): SQL {
  const units = JSON.stringify(subtreeIds(q, unitId));
  return sql`s.id IN (SELECT c.id FROM employees ce JOIN skps c ON c.employee_id = ce.id
      WHERE ce.unit_id IN (SELECT value FROM json_each(${units})) AND c.year_id = ${period.yearId}
    UNION SELECT cv.skp_id FROM evaluations cv
      WHERE cv.period_id = ${period.id} AND cv.unit_id IN (SELECT value FROM json_each(${units})))
    AND COALESCE(v.unit_id, e.unit_id) IN (SELECT value FROM json_each(${units}))`;
}

function listRecords(q: SqlRunner, period: PeriodRow, where: SQL): ListRecord[] {
  return q.all<ListRecord>(
    sql`SELECT s.id AS skpId, e.id AS employeeId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
          e.nip, e.position_name AS positionName, u.name AS unitName,
          a.name AS aName, a.front_title AS aFront, a.back_title AS aBack
        FROM skps s JOIN employees e ON e.id = s.employee_id
          LEFT JOIN evaluations v ON v.skp_id = s.id AND v.period_id = ${period.id}
          JOIN units u ON u.id = COALESCE(v.unit_id, e.unit_id)
          LEFT JOIN employees a ON a.id = e.supervisor_id
        WHERE ${ratedSkpCondition(period)} AND (${activeCondition(period)} OR v.id IS NOT NULL) AND ${where}
        ORDER BY e.search_name, s.id`,
  );
}

/** The pegawai to rate in a period: the caller's bawahan, or (HR staff) everyone, optionally of a unit subtree. */
export function listEvaluations(ctx: RequestContext, input: ParsedInput<'evaluation.list'>): EvaluationList {
  const period = requirePeriod(ctx.sql, input.periodId);
  const caller = ctx.caller;
  const conditions: SQL[] = [];
  if (input.scope === 'all') {
    if (caller && !HR_ROLES.includes(caller.role)) {
      throw new AppError(
        'FORBIDDEN',
        'Hanya admin kepegawaian dan operator yang dapat melihat semua pegawai.',
      );
    }
  } else {
    conditions.push(sql`e.supervisor_id = ${caller?.employeeId ?? null}`);
  }
  if (input.unitId !== null) conditions.push(inSubtree(ctx.sql, period, input.unitId));
  const where = conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`1`;
  const records = input.scope === 'mine' && !caller?.employeeId ? [] : listRecords(ctx.sql, period, where);
  const skpIds = records.map((r) => r.skpId);
  const progress = progressOf(ctx.sql, skpIds, period.id);
  const evaluations = evaluationsOf(ctx.sql, skpIds, period.id);
  const rows: EvaluationListRow[] = records.map((r) => ({
    skpId: r.skpId,
    employeeId: r.employeeId,
    fullName: formatFullName(r),
    nip: r.nip,
    positionName: r.positionName,
    unitName: r.unitName,
    appraiserName:
      r.aName === null ? null : formatFullName({ name: r.aName, frontTitle: r.aFront, backTitle: r.aBack }),
    ...progress.get(r.skpId)!,
    evaluation: toEvaluationDto(evaluations.get(r.skpId), r.skpId, period.id),
  }));
  return {
    year: yearRefOf(period),
    period: toPeriodDto(period),
    rows,
    doneCount: rows.filter((r) => isDone(r.evaluation)).length,
  };
}
