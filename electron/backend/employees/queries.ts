import { type SQL, sql } from 'drizzle-orm';
import { formatFullName, searchKey } from '../../../shared/domain/names';
import { PNS_GOLONGAN, PPPK_GOLONGAN } from '../../../shared/domain/golongan';
import { normalizeNipQuery } from '../../../shared/domain/nip';
import type {
  EmployeeDetail,
  EmployeeListInput,
  EmployeeListRow,
  EmployeePage,
  EmployeeSort,
  PersonRef,
} from '../../../shared/ipc/methods/employees';
import type { SqlRunner } from '../db/sql-runner';
import { subtreeIds } from '../units/queries';

type ParsedListInput = Required<EmployeeListInput>;

const SORT_COLUMNS: Record<EmployeeSort, SQL> = {
  name: sql`e.search_name`,
  nip: sql`e.nip`,
  unit: sql`u.name`,
  position: sql`e.position_name`,
  golongan: golonganOrder(),
};

/** PNS before PPPK, each by rank (I/a … IV/e, I … XVII): the codes themselves do not sort as text. */
function golonganOrder(): SQL {
  const ranks = [
    ...PNS_GOLONGAN.map((g) => [g.code, g.rank] as const),
    ...PPPK_GOLONGAN.map((code, i) => [code, 100 + i] as const),
  ];
  return sql.raw(
    `CASE e.golongan ${ranks.map(([code, rank]) => `WHEN '${code}' THEN ${rank}`).join(' ')} ELSE 999 END`,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Whose records a caller may list: everyone (HR staff), or one employee and everyone below them. */
export type ListScope = { kind: 'all' } | { kind: 'subtree'; rootEmployeeId: number | null };

function whereClause(q: SqlRunner, input: ParsedListInput, scope: ListScope): SQL {
  const conditions: SQL[] = [];
  if (scope.kind === 'subtree') {
    conditions.push(
      sql`e.id IN (WITH RECURSIVE below(id) AS (SELECT ${scope.rootEmployeeId}
        UNION SELECT x.id FROM employees x JOIN below ON x.supervisor_id = below.id) SELECT id FROM below)`,
    );
  }
  const digits = normalizeNipQuery(input.query);
  if (/^\d+$/.test(digits)) {
    conditions.push(sql`e.nip GLOB ${`${digits}*`}`);
  } else {
    for (const word of searchKey(input.query).split(' ').filter(Boolean)) {
      conditions.push(sql`e.search_name LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
    }
  }
  if (input.unitId !== null) {
    const ids = input.includeSubunits ? subtreeIds(q, input.unitId) : [input.unitId];
    conditions.push(
      sql`e.unit_id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  }
  if (input.status !== null) conditions.push(sql`e.status = ${input.status}`);
  if (input.positionType !== null) conditions.push(sql`e.position_type = ${input.positionType}`);
  if (input.activity === 'ACTIVE') conditions.push(sql`e.activity = 'AKTIF'`);
  if (input.activity === 'INACTIVE') conditions.push(sql`e.activity <> 'AKTIF'`);
  return conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

interface ListRowRecord extends Omit<EmployeeListRow, 'fullName'> {
  name: string;
  frontTitle: string;
  backTitle: string;
}

function withFullName<T extends { name: string; frontTitle: string; backTitle: string }>(
  row: T,
): Omit<T, 'name' | 'frontTitle' | 'backTitle'> & { fullName: string } {
  const { name, frontTitle, backTitle, ...rest } = row;
  return { ...rest, fullName: formatFullName({ name, frontTitle, backTitle }) };
}

export function listEmployees(
  q: SqlRunner,
  input: ParsedListInput,
  scope: ListScope = { kind: 'all' },
): EmployeePage {
  const where = whereClause(q, input, scope);
  const direction = input.direction === 'desc' ? sql`DESC` : sql`ASC`;
  const offset = (input.page - 1) * input.pageSize;
  const rows = q.all<ListRowRecord>(sql`
    SELECT e.id, e.nip, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
      e.position_name AS positionName, e.position_type AS positionType, e.status, e.golongan,
      e.activity, e.unit_id AS unitId, u.name AS unitName
    FROM employees e JOIN units u ON u.id = e.unit_id
    ${where}
    ORDER BY ${SORT_COLUMNS[input.sort]} ${direction}, e.search_name ${direction}, e.id
    LIMIT ${input.pageSize} OFFSET ${offset}`);
  const total = q.one<{ n: number }>(sql`SELECT count(*) AS n FROM employees e ${where}`).n;
  return { rows: rows.map(withFullName), total, page: input.page, pageSize: input.pageSize };
}

const personColumns = sql`e.id, e.nip, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
  e.position_name AS positionName, e.activity`;

type PersonRecord = Omit<PersonRef, 'fullName'> & { name: string; frontTitle: string; backTitle: string };

export function findPerson(q: SqlRunner, id: number): PersonRef | undefined {
  const row = q.get<PersonRecord | undefined>(
    sql`SELECT ${personColumns} FROM employees e WHERE e.id = ${id}`,
  );
  return row && withFullName(row);
}

export function findPersonByNip(q: SqlRunner, nip: string): PersonRef | undefined {
  const row = q.get<PersonRecord | undefined>(
    sql`SELECT ${personColumns} FROM employees e WHERE e.nip = ${nip}`,
  );
  return row && withFullName(row);
}

export function subordinatesOf(q: SqlRunner, id: number): PersonRef[] {
  return q
    .all<PersonRecord>(
      sql`SELECT ${personColumns} FROM employees e WHERE e.supervisor_id = ${id} ORDER BY e.activity <> 'AKTIF', e.search_name`,
    )
    .map(withFullName);
}

type DetailRecord = Omit<EmployeeDetail, 'fullName' | 'supervisor' | 'subordinates'> & {
  supervisorId: number | null;
};

export function findEmployee(q: SqlRunner, id: number): EmployeeDetail | undefined {
  const row = q.get<DetailRecord | undefined>(sql`
    SELECT e.id, e.version, e.nip, e.name, e.front_title AS frontTitle, e.back_title AS backTitle, e.gender,
      e.birth_place AS birthPlace, e.birth_date AS birthDate, e.status, e.golongan, e.position_name AS positionName,
      e.position_type AS positionType, e.functional_level AS functionalLevel, e.unit_id AS unitId,
      u.name AS unitName, e.supervisor_id AS supervisorId, e.tmt_jabatan AS tmtJabatan, e.activity,
      e.inactive_since AS inactiveSince, e.inactive_note AS inactiveNote, e.created_at AS createdAt,
      e.updated_at AS updatedAt
    FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = ${id}`);
  if (!row) return undefined;
  const { supervisorId, ...rest } = row;
  return {
    ...rest,
    fullName: formatFullName(row),
    supervisor: supervisorId === null ? null : (findPerson(q, supervisorId) ?? null),
    subordinates: subordinatesOf(q, id),
  };
}

/** The chain of atasan above `startId`, nearest first; stops at a repeat so a damaged chain cannot loop. */
export function supervisorChain(q: SqlRunner, startId: number): number[] {
  const chain: number[] = [];
  let current: number | null = startId;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    const row: { s: number | null } | undefined = q.get(
      sql`SELECT supervisor_id AS s FROM employees WHERE id = ${current}`,
    );
    current = row?.s ?? null;
  }
  return chain;
}
