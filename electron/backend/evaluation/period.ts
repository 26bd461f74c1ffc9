import { sql } from 'drizzle-orm';
import type { PeriodKind } from '../../../shared/domain/periods';
import type { PeriodType } from '../../../shared/domain/periods';
import type { PeriodDto, YearRef, YearStatus } from '../../../shared/ipc/methods/years';
import type { SqlRunner } from '../db/sql-runner';
import { notFound } from '../errors';
import { toPeriodDto as periodDto } from '../years/queries';

/** A period with its year: what every evaluation call starts from. */
export interface PeriodRow {
  id: number;
  yearId: number;
  kind: PeriodKind;
  number: number;
  startDate: string;
  endDate: string;
  year: number;
  yearStatus: YearStatus;
  periodType: PeriodType;
}

export function findPeriod(q: SqlRunner, periodId: number): PeriodRow | undefined {
  return q.get<PeriodRow>(
    sql`SELECT p.id, p.year_id AS yearId, p.kind, p.number, p.start_date AS startDate, p.end_date AS endDate,
          y.year, y.status AS yearStatus, y.period_type AS periodType
        FROM periods p JOIN years y ON y.id = p.year_id WHERE p.id = ${periodId}`,
  );
}

export function requirePeriod(q: SqlRunner, periodId: number): PeriodRow {
  const row = findPeriod(q, periodId);
  if (!row) throw notFound('Periode penilaian tidak ditemukan.');
  return row;
}

export function toPeriodDto(row: PeriodRow): PeriodDto {
  return periodDto(row, row.year);
}

export function yearRefOf(row: PeriodRow): YearRef {
  return { id: row.yearId, year: row.year, periodType: row.periodType, status: row.yearStatus };
}

/** The periodic periods of a year, in order (the ANNUAL one left out). */
export function periodicPeriods(q: SqlRunner, yearId: number): PeriodRow[] {
  return q.all<PeriodRow>(
    sql`SELECT p.id, p.year_id AS yearId, p.kind, p.number, p.start_date AS startDate, p.end_date AS endDate,
          y.year, y.status AS yearStatus, y.period_type AS periodType
        FROM periods p JOIN years y ON y.id = p.year_id
        WHERE p.year_id = ${yearId} AND p.kind <> 'ANNUAL' ORDER BY p.number`,
  );
}
