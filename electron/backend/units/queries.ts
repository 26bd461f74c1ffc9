import { sql } from 'drizzle-orm';
import type { UnitDto } from '../../../shared/ipc/methods/units';
import type { SqlRunner } from '../db/sql-runner';

const unitSelect = sql`
  SELECT u.id, u.name, u.kind, u.parent_id AS parentId, u.sort_order AS sortOrder,
    (SELECT count(*) FROM employees e WHERE e.unit_id = u.id AND e.activity = 'AKTIF') AS employeeCount,
    (SELECT count(*) FROM employees e WHERE e.unit_id = u.id) AS allEmployeeCount,
    (SELECT count(*) FROM units c WHERE c.parent_id = u.id) AS childCount
  FROM units u`;

export function listUnits(q: SqlRunner): UnitDto[] {
  return q.all<UnitDto>(
    sql`${unitSelect} ORDER BY u.parent_id IS NOT NULL, u.parent_id, u.sort_order, u.name`,
  );
}

export function findUnit(q: SqlRunner, id: number): UnitDto | undefined {
  return q.get<UnitDto | undefined>(sql`${unitSelect} WHERE u.id = ${id}`);
}

/** The unit itself and every unit below it. */
export function subtreeIds(q: SqlRunner, rootId: number): number[] {
  return q
    .all<{ id: number }>(
      sql`WITH RECURSIVE sub(id) AS (SELECT ${rootId} UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
          SELECT id FROM sub`,
    )
    .map((r) => r.id);
}

export function siblingNameTaken(
  q: SqlRunner,
  parentId: number | null,
  name: string,
  exceptId: number | null,
): boolean {
  const row = q.one<{ n: number }>(
    sql`SELECT count(*) AS n FROM units
        WHERE parent_id IS ${parentId} AND lower(name) = lower(${name}) AND id IS NOT ${exceptId}`,
  );
  return row.n > 0;
}

export function nextSortOrder(q: SqlRunner, parentId: number | null): number {
  const row = q.one<{ n: number | null }>(
    sql`SELECT max(sort_order) AS n FROM units WHERE parent_id IS ${parentId}`,
  );
  return (row.n ?? 0) + 1;
}
