import { sql } from 'drizzle-orm';
import { todayIso } from '../../../shared/domain/dates';
import {
  formatDateRangeId,
  PERIOD_TYPE_LABELS,
  periodLabel,
  periodShortLabel,
  type PeriodKind,
  type PeriodType,
} from '../../../shared/domain/periods';
import type { PeriodDto, YearDto, YearRef, YearStatus } from '../../../shared/ipc/methods/years';
import type { BackendContext } from '../context';
import type { SqlRunner } from '../db/sql-runner';
import { statusCounts } from '../skp/lists';

export interface YearRow {
  id: number;
  version: number;
  year: number;
  periodType: PeriodType;
  status: YearStatus;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string;
}

const yearColumns = sql`y.id, y.version, y.year, y.period_type AS periodType, y.status, y.closed_at AS closedAt,
  y.closed_by AS closedBy, y.close_note AS closeNote`;

export function findYearRow(q: SqlRunner, id: number): YearRow | undefined {
  return q.get<YearRow>(sql`SELECT ${yearColumns} FROM years y WHERE y.id = ${id}`);
}

export function findYearByNumber(q: SqlRunner, year: number): YearRow | undefined {
  return q.get<YearRow>(sql`SELECT ${yearColumns} FROM years y WHERE y.year = ${year}`);
}

export function listYearRows(q: SqlRunner): YearRow[] {
  return q.all<YearRow>(sql`SELECT ${yearColumns} FROM years y ORDER BY y.year DESC`);
}

export function toYearRef(row: Pick<YearRow, 'id' | 'year' | 'periodType' | 'status'>): YearRef {
  return { id: row.id, year: row.year, periodType: row.periodType, status: row.status };
}

/** A period as the periods table stores it. */
export interface PeriodSpanRow {
  id: number;
  kind: PeriodKind;
  number: number;
  startDate: string;
  endDate: string;
}

/** Periodic periods in order, the annual one last. */
export function periodsOf(q: SqlRunner, yearId: number, year: number): PeriodDto[] {
  return q
    .all<PeriodSpanRow>(
      sql`SELECT id, kind, number, start_date AS startDate, end_date AS endDate FROM periods
          WHERE year_id = ${yearId} ORDER BY kind = 'ANNUAL', number`,
    )
    .map((p) => toPeriodDto(p, year));
}

/** A period with its labels ("Triwulan II 2026", "1 April s.d. 30 Juni 2026"). */
export function toPeriodDto(p: PeriodSpanRow, year: number): PeriodDto {
  return {
    id: p.id,
    kind: p.kind,
    number: p.number,
    label: periodLabel(p.kind, p.number, year),
    shortLabel: periodShortLabel(p.kind, p.number),
    startDate: p.startDate,
    endDate: p.endDate,
    rangeLabel: formatDateRangeId(p.startDate, p.endDate),
  };
}

export function toYearDto(ctx: BackendContext, row: YearRow): YearDto {
  return {
    ...row,
    periodTypeLabel: PERIOD_TYPE_LABELS[row.periodType],
    isCurrent: todayIso(ctx.now()).slice(0, 4) === String(row.year),
    periods: periodsOf(ctx.sql, row.id, row.year),
    skpCounts: statusCounts(ctx.sql, row.id),
  };
}
