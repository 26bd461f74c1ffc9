import { type SQL, sql } from 'drizzle-orm';
import { formatFullName, searchKey } from '../../../shared/domain/names';
import { normalizeNipQuery } from '../../../shared/domain/nip';
import { NO_SKP, SKP_STATUSES } from '../../../shared/domain/skp';
import type { SkpListInput, SkpListPage, SkpListRow } from '../../../shared/ipc/methods/skp';
import type { SkpStatusCounts } from '../../../shared/ipc/methods/years';
import type { SqlRunner } from '../db/sql-runner';
import type { ListScope } from '../employees/queries';
import { subtreeIds } from '../units/queries';

type ParsedListInput = Required<SkpListInput>;

/**
 * One row per SKP (its latest revision), with the jabatan and unit the SKP records. `where` filters SKP rows.
 */
function skpRowsSelect(where: SQL): SQL {
  return sql`SELECT s.id AS skpId, e.id AS employeeId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
      e.nip, e.search_name AS searchName, json_extract(v.employee_snapshot, '$.positionName') AS positionName,
      COALESCE(v.employee_unit_id, e.unit_id) AS unitId, json_extract(v.employee_snapshot, '$.unitName') AS unitName,
      s.start_date AS startDate, s.end_date AS endDate, v.approach, v.status, v.number AS revisionNumber,
      a.number AS inForceRevision, v.appraiser_employee_id AS appraiserEmployeeId,
      json_extract(v.appraiser_snapshot, '$.fullName') AS appraiserName, v.id AS revisionId,
      v.submitted_at AS submittedAt, s.updated_at AS updatedAt
    FROM skps s JOIN skp_revisions v ON v.id = s.current_revision_id
      LEFT JOIN skp_revisions a ON a.id = s.approved_revision_id JOIN employees e ON e.id = s.employee_id
    WHERE ${where}`;
}

/**
 * The list's rows, lean enough to filter, count and sort 30,000 of them: one per SKP of the year (its latest
 * revision) plus one "belum ada SKP" row per active employee without any SKP in it. The page's display columns
 * are read afterwards for its rows only.
 */
function listedRows(yearId: number): SQL {
  return sql`WITH listed AS (
    SELECT s.id AS skpId, s.employee_id AS employeeId, e.search_name AS searchName, e.nip,
      COALESCE(v.employee_unit_id, e.unit_id) AS unitId, v.approach, v.status, s.start_date AS startDate,
      s.updated_at AS updatedAt
    FROM skps s JOIN skp_revisions v ON v.id = s.current_revision_id JOIN employees e ON e.id = s.employee_id
    WHERE s.year_id = ${yearId}
    UNION ALL
    SELECT NULL, e.id, e.search_name, e.nip, e.unit_id, NULL, ${NO_SKP}, NULL, NULL
    FROM employees e
    WHERE e.activity = 'AKTIF' AND NOT EXISTS (SELECT 1 FROM skps x WHERE x.employee_id = e.id AND x.year_id = ${yearId})
  )`;
}

/** Display columns of a "belum ada SKP" row, from the register. */
function noSkpRowsSelect(employeeIds: number[]): SQL {
  return sql`SELECT NULL AS skpId, e.id AS employeeId, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
      e.nip, e.search_name AS searchName, e.position_name AS positionName, e.unit_id AS unitId, u.name AS unitName,
      NULL AS startDate, NULL AS endDate, NULL AS approach, ${NO_SKP} AS status, NULL AS revisionNumber,
      NULL AS inForceRevision, e.supervisor_id AS appraiserEmployeeId, NULL AS appraiserName, NULL AS revisionId,
      NULL AS submittedAt, NULL AS updatedAt, a.name AS atasanName, a.front_title AS atasanFrontTitle,
      a.back_title AS atasanBackTitle
    FROM employees e JOIN units u ON u.id = e.unit_id LEFT JOIN employees a ON a.id = e.supervisor_id
    WHERE e.id IN (SELECT value FROM json_each(${idList(employeeIds)}))`;
}

interface RowRecord extends Omit<SkpListRow, 'fullName' | 'utamaCount' | 'tambahanCount'> {
  name: string;
  frontTitle: string;
  backTitle: string;
  searchName: string;
  revisionId: number | null;
  utamaCount?: number;
  tambahanCount?: number;
  /** On a "belum ada SKP" row: the atasan langsung in the register, who will be the pejabat penilai. */
  atasanName?: string | null;
  atasanFrontTitle?: string;
  atasanBackTitle?: string;
}

function appraiserNameOf(record: RowRecord): string | null {
  if (record.appraiserName !== null) return record.appraiserName;
  if (!record.atasanName) return null;
  return formatFullName({
    name: record.atasanName,
    frontTitle: record.atasanFrontTitle,
    backTitle: record.atasanBackTitle,
  });
}

function toListRow(record: RowRecord): SkpListRow {
  return {
    skpId: record.skpId,
    employeeId: record.employeeId,
    fullName: formatFullName(record),
    nip: record.nip,
    positionName: record.positionName,
    unitId: record.unitId,
    unitName: record.unitName,
    startDate: record.startDate,
    endDate: record.endDate,
    approach: record.approach,
    status: record.status,
    revisionNumber: record.revisionNumber,
    inForceRevision: record.inForceRevision,
    appraiserEmployeeId: record.appraiserEmployeeId,
    appraiserName: appraiserNameOf(record),
    utamaCount: record.utamaCount ?? 0,
    tambahanCount: record.tambahanCount ?? 0,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function idList(ids: number[]): string {
  return JSON.stringify(ids);
}

function conditions(q: SqlRunner, input: ParsedListInput, scope: ListScope): SQL[] {
  const where: SQL[] = [];
  if (scope.kind === 'subtree') {
    where.push(
      sql`l.employeeId IN (WITH RECURSIVE below(id) AS (SELECT ${scope.rootEmployeeId}
        UNION SELECT x.id FROM employees x JOIN below ON x.supervisor_id = below.id) SELECT id FROM below)`,
    );
  }
  if (input.unitId !== null) {
    const ids = input.includeSubunits ? subtreeIds(q, input.unitId) : [input.unitId];
    where.push(sql`l.unitId IN (SELECT value FROM json_each(${idList(ids)}))`);
  }
  if (input.approach !== null) where.push(sql`l.approach = ${input.approach}`);
  const digits = normalizeNipQuery(input.query);
  if (/^\d+$/.test(digits)) {
    where.push(sql`l.nip GLOB ${`${digits}*`}`);
  } else {
    for (const word of searchKey(input.query).split(' ').filter(Boolean)) {
      where.push(sql`l.searchName LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
    }
  }
  return where;
}

function whereOf(parts: SQL[]): SQL {
  return parts.length > 0 ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
}

const STATUS_ORDER = [NO_SKP, 'DIKEMBALIKAN', 'DRAFT', 'DIAJUKAN', 'DISETUJUI'];

function orderBy(sort: ParsedListInput['sort']): SQL {
  const status = `CASE l.status ${STATUS_ORDER.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`;
  const orders: Record<ParsedListInput['sort'], string> = {
    name: 'l.searchName, l.startDate, l.skpId',
    unit: '(SELECT u.name FROM units u WHERE u.id = l.unitId), l.searchName, l.skpId',
    status: `${status}, l.searchName, l.skpId`,
    updatedAt: 'l.updatedAt IS NULL, l.updatedAt DESC, l.searchName',
  };
  return sql.raw(orders[sort]);
}

function countsFrom(rows: { status: string; n: number }[]): SkpStatusCounts {
  const counts: SkpStatusCounts = {
    DRAFT: 0,
    DIAJUKAN: 0,
    DIKEMBALIKAN: 0,
    DISETUJUI: 0,
    BELUM_ADA: 0,
    total: 0,
  };
  for (const row of rows) {
    if ((SKP_STATUSES as readonly string[]).includes(row.status) || row.status === NO_SKP) {
      counts[row.status as keyof Omit<SkpStatusCounts, 'total'>] = row.n;
      counts.total += row.n;
    }
  }
  return counts;
}

/** Status counts of the whole year (the years page), or of the filtered set (the list's chips). */
export function statusCounts(q: SqlRunner, yearId: number, where: SQL[] = []): SkpStatusCounts {
  return countsFrom(
    q.all<{ status: string; n: number }>(
      sql`${listedRows(yearId)} SELECT l.status, count(*) AS n FROM listed l ${whereOf(where)} GROUP BY l.status`,
    ),
  );
}

const withCounts = (inner: SQL, order: SQL = sql`p.skpId`) => sql`SELECT p.*,
    (SELECT count(*) FROM skp_rhk x WHERE x.revision_id = p.revisionId AND x.rhk_group = 'UTAMA') AS utamaCount,
    (SELECT count(*) FROM skp_rhk x WHERE x.revision_id = p.revisionId AND x.rhk_group = 'TAMBAHAN') AS tambahanCount
  FROM (${inner}) p ORDER BY ${order}`;

export function listSkp(q: SqlRunner, input: ParsedListInput, scope: ListScope): SkpListPage {
  const filters = conditions(q, input, scope);
  const all = input.status === null ? filters : [...filters, sql`l.status = ${input.status}`];
  const offset = (input.page - 1) * input.pageSize;
  const keys = q.all<{ skpId: number | null; employeeId: number }>(
    sql`${listedRows(input.yearId)} SELECT l.skpId, l.employeeId FROM listed l ${whereOf(all)}
        ORDER BY ${orderBy(input.sort)} LIMIT ${input.pageSize} OFFSET ${offset}`,
  );
  const skpIds = keys.flatMap((k) => (k.skpId === null ? [] : [k.skpId]));
  const missing = keys.flatMap((k) => (k.skpId === null ? [k.employeeId] : []));
  const bySkp = new Map(
    q
      .all<RowRecord>(
        withCounts(skpRowsSelect(sql`s.id IN (SELECT value FROM json_each(${idList(skpIds)}))`)),
      )
      .map((r) => [r.skpId, r]),
  );
  const byEmployee = new Map(q.all<RowRecord>(noSkpRowsSelect(missing)).map((r) => [r.employeeId, r]));
  const rows = keys.map((k) => (k.skpId === null ? byEmployee.get(k.employeeId)! : bySkp.get(k.skpId)!));
  const counts = statusCounts(q, input.yearId, filters);
  const total = input.status === null ? counts.total : counts[input.status];
  return { rows: rows.map(toListRow), total, page: input.page, pageSize: input.pageSize, counts };
}

/** SKP submitted to `appraiserEmployeeId` as pejabat penilai and waiting for a decision, oldest first. */
export function queueOf(q: SqlRunner, appraiserEmployeeId: number, yearId: number | null): SkpListRow[] {
  const year = yearId === null ? sql`` : sql` AND s.year_id = ${yearId}`;
  return q
    .all<RowRecord>(
      withCounts(
        skpRowsSelect(sql`v.status = 'DIAJUKAN' AND v.appraiser_employee_id = ${appraiserEmployeeId}${year}`),
        sql`p.submittedAt, p.skpId`,
      ),
    )
    .map(toListRow);
}

export function skpRowsOfEmployee(q: SqlRunner, employeeId: number, yearId: number): SkpListRow[] {
  return q
    .all<RowRecord>(
      withCounts(
        skpRowsSelect(sql`s.employee_id = ${employeeId} AND s.year_id = ${yearId}`),
        sql`p.startDate`,
      ),
    )
    .map(toListRow);
}
