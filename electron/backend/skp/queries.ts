import { sql } from 'drizzle-orm';
import type { SpecialExpectations } from '../../../shared/domain/behaviour';
import type { PeriodType } from '../../../shared/domain/periods';
import type { Approach, Aspect, Direction, RhkGroup, SkpStatus } from '../../../shared/domain/skp';
import { formatTarget } from '../../../shared/domain/skp-target';
import type { IkiDto, PersonSnapshot, SkpSummaryRef } from '../../../shared/ipc/methods/skp';
import type { YearStatus } from '../../../shared/ipc/methods/years';
import type { SqlRunner } from '../db/sql-runner';

/** An SKP with its year. `effectiveRevisionId` is the one in force, or the latest before any approval. */
export interface SkpRow {
  id: number;
  yearId: number;
  employeeId: number;
  startDate: string;
  endDate: string;
  currentRevisionId: number;
  approvedRevisionId: number | null;
  effectiveRevisionId: number;
  version: number;
  updatedAt: string;
  year: number;
  yearStatus: YearStatus;
  periodType: PeriodType;
}

const skpColumns = sql`s.id, s.year_id AS yearId, s.employee_id AS employeeId, s.start_date AS startDate,
  s.end_date AS endDate, s.current_revision_id AS currentRevisionId, s.approved_revision_id AS approvedRevisionId,
  COALESCE(s.approved_revision_id, s.current_revision_id) AS effectiveRevisionId, s.version,
  s.updated_at AS updatedAt, y.year, y.status AS yearStatus, y.period_type AS periodType`;

export function findSkp(q: SqlRunner, id: number): SkpRow | undefined {
  return q.get<SkpRow>(
    sql`SELECT ${skpColumns} FROM skps s JOIN years y ON y.id = s.year_id WHERE s.id = ${id}`,
  );
}

/** The pegawai an SKP belongs to (for access checks); undefined when there is no such SKP. */
export function skpEmployeeId(q: SqlRunner, skpId: number): number | undefined {
  return q.get<{ e: number }>(sql`SELECT employee_id AS e FROM skps WHERE id = ${skpId}`)?.e;
}

/** The SKP of one pegawai in one year, earliest first. */
export function skpsOfEmployee(q: SqlRunner, employeeId: number, yearId: number): SkpRow[] {
  return q.all<SkpRow>(
    sql`SELECT ${skpColumns} FROM skps s JOIN years y ON y.id = s.year_id
        WHERE s.employee_id = ${employeeId} AND s.year_id = ${yearId} ORDER BY s.start_date, s.id`,
  );
}

export interface RevisionRow {
  id: number;
  skpId: number;
  number: number;
  status: SkpStatus;
  approach: Approach;
  reason: string;
  employeeSnapshot: PersonSnapshot;
  appraiserSnapshot: PersonSnapshot | null;
  appraiserSupervisorSnapshot: PersonSnapshot | null;
  appraiserEmployeeId: number | null;
  employeeUnitId: number | null;
  officeName: string;
  instansiName: string;
  resources: string[];
  accountability: string[];
  consequences: string[];
  expectations: SpecialExpectations;
  createdBy: string;
  createdAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedOnBehalfOf: string | null;
  decisionNote: string;
}

type RawRevision = Omit<
  RevisionRow,
  | 'employeeSnapshot'
  | 'appraiserSnapshot'
  | 'appraiserSupervisorSnapshot'
  | 'resources'
  | 'accountability'
  | 'consequences'
  | 'expectations'
> & {
  employeeSnapshot: string;
  appraiserSnapshot: string | null;
  appraiserSupervisorSnapshot: string | null;
  resources: string;
  accountability: string;
  consequences: string;
  expectations: string;
};

const revisionColumns = sql`id, skp_id AS skpId, number, status, approach, reason,
  employee_snapshot AS employeeSnapshot, appraiser_snapshot AS appraiserSnapshot,
  appraiser_supervisor_snapshot AS appraiserSupervisorSnapshot, appraiser_employee_id AS appraiserEmployeeId,
  employee_unit_id AS employeeUnitId, office_name AS officeName, instansi_name AS instansiName, resources,
  accountability, consequences, expectations, created_by AS createdBy, created_at AS createdAt,
  submitted_at AS submittedAt, submitted_by AS submittedBy, decided_at AS decidedAt, decided_by AS decidedBy,
  decided_on_behalf_of AS decidedOnBehalfOf, decision_note AS decisionNote`;

function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

function toRevision(raw: RawRevision): RevisionRow {
  return {
    ...raw,
    employeeSnapshot: JSON.parse(raw.employeeSnapshot) as PersonSnapshot,
    appraiserSnapshot: parseJson<PersonSnapshot>(raw.appraiserSnapshot),
    appraiserSupervisorSnapshot: parseJson<PersonSnapshot>(raw.appraiserSupervisorSnapshot),
    resources: JSON.parse(raw.resources) as string[],
    accountability: JSON.parse(raw.accountability) as string[],
    consequences: JSON.parse(raw.consequences) as string[],
    expectations: JSON.parse(raw.expectations) as SpecialExpectations,
  };
}

export function findRevision(q: SqlRunner, id: number): RevisionRow | undefined {
  const raw = q.get<RawRevision>(sql`SELECT ${revisionColumns} FROM skp_revisions WHERE id = ${id}`);
  return raw && toRevision(raw);
}

/** Every revision of an SKP, oldest first. */
export function revisionsOf(q: SqlRunner, skpId: number): RevisionRow[] {
  return q
    .all<RawRevision>(
      sql`SELECT ${revisionColumns} FROM skp_revisions WHERE skp_id = ${skpId} ORDER BY number`,
    )
    .map(toRevision);
}

export interface RhkRow {
  id: number;
  revisionId: number;
  lineageId: number;
  group: RhkGroup;
  order: number;
  text: string;
  parentLineageId: number | null;
  parentText: string;
  externalParentText: string;
}

const rhkColumns = sql`id, revision_id AS revisionId, lineage_id AS lineageId, rhk_group AS "group",
  sort_order AS "order", text, parent_lineage_id AS parentLineageId, parent_text AS parentText,
  external_parent_text AS externalParentText`;

/** Utama first, then Tambahan, each in order. */
export function rhkOfRevision(q: SqlRunner, revisionId: number): RhkRow[] {
  return q.all<RhkRow>(
    sql`SELECT ${rhkColumns} FROM skp_rhk WHERE revision_id = ${revisionId}
        ORDER BY rhk_group = 'TAMBAHAN', sort_order, id`,
  );
}

export function findRhk(q: SqlRunner, id: number): RhkRow | undefined {
  return q.get<RhkRow>(sql`SELECT ${rhkColumns} FROM skp_rhk WHERE id = ${id}`);
}

export interface IkiRow {
  id: number;
  rhkId: number;
  revisionId: number;
  lineageId: number;
  order: number;
  aspect: Aspect | null;
  indicator: string;
  targetLow: number | null;
  targetHigh: number | null;
  unitOfMeasure: string;
  direction: Direction;
}

const ikiColumns = sql`id, rhk_id AS rhkId, revision_id AS revisionId, lineage_id AS lineageId,
  sort_order AS "order", aspect, indicator, target_low AS targetLow, target_high AS targetHigh,
  unit_of_measure AS unitOfMeasure, direction`;

export function ikiOfRevision(q: SqlRunner, revisionId: number): IkiRow[] {
  return q.all<IkiRow>(
    sql`SELECT ${ikiColumns} FROM skp_iki WHERE revision_id = ${revisionId} ORDER BY rhk_id, sort_order, id`,
  );
}

/** IKI of several revisions at once (the matrix and parent options). */
export function ikiOfRevisions(q: SqlRunner, revisionIds: number[]): IkiRow[] {
  return q.all<IkiRow>(
    sql`SELECT ${ikiColumns} FROM skp_iki WHERE revision_id IN (SELECT value FROM json_each(${JSON.stringify(revisionIds)}))
        ORDER BY rhk_id, sort_order, id`,
  );
}

export function findIki(q: SqlRunner, id: number): IkiRow | undefined {
  return q.get<IkiRow>(sql`SELECT ${ikiColumns} FROM skp_iki WHERE id = ${id}`);
}

export function toIkiDto(row: IkiRow): IkiDto {
  const target =
    row.targetLow === null || row.targetHigh === null ? null : { low: row.targetLow, high: row.targetHigh };
  return {
    id: row.id,
    lineageId: row.lineageId,
    order: row.order,
    aspect: row.aspect,
    indicator: row.indicator,
    target,
    targetText: target ? formatTarget(target) : '',
    unitOfMeasure: row.unitOfMeasure,
    direction: row.direction,
  };
}

/** IKI grouped by their RHK id, each list in order. */
export function ikiByRhk(rows: IkiRow[]): Map<number, IkiDto[]> {
  const map = new Map<number, IkiDto[]>();
  for (const row of rows) {
    const list = map.get(row.rhkId);
    if (list) list.push(toIkiDto(row));
    else map.set(row.rhkId, [toIkiDto(row)]);
  }
  return map;
}

interface SummaryRecord {
  id: number;
  employeeId: number;
  startDate: string;
  endDate: string;
  status: SkpStatus;
  revisionNumber: number;
  inForceRevision: number | null;
}

const summaryColumns = sql`s.id, s.employee_id AS employeeId, s.start_date AS startDate, s.end_date AS endDate,
  v.status, v.number AS revisionNumber, a.number AS inForceRevision`;
const summaryJoins = sql`JOIN skp_revisions v ON v.id = s.current_revision_id
  LEFT JOIN skp_revisions a ON a.id = s.approved_revision_id`;

/** The short form of SKP rows, with the status of their latest revision. */
export function skpSummaries(q: SqlRunner, yearId: number, employeeIds: number[]): SkpSummaryRef[] {
  return q.all<SummaryRecord>(
    sql`SELECT ${summaryColumns} FROM skps s ${summaryJoins}
        WHERE s.year_id = ${yearId} AND s.employee_id IN (SELECT value FROM json_each(${JSON.stringify(employeeIds)}))
        ORDER BY s.employee_id, s.start_date, s.id`,
  );
}

/**
 * The one SKP of a pegawai's year that matters next to a date range: the latest one overlapping it, else the
 * latest of the year. Several exist only after a mid-year move.
 */
export function pickSkp<T extends { startDate: string; endDate: string }>(
  list: T[],
  range?: { startDate: string; endDate: string },
): T | undefined {
  const byStart = [...list].sort((a, b) => b.startDate.localeCompare(a.startDate));
  if (range) {
    const overlapping = byStart.find((s) => s.startDate <= range.endDate && range.startDate <= s.endDate);
    if (overlapping) return overlapping;
  }
  return byStart[0];
}
