import { sql } from 'drizzle-orm';
import { formatFullName } from '../../../shared/domain/names';
import type { RhkGroup, SkpStatus } from '../../../shared/domain/skp';
import type { RhkSupporter } from '../../../shared/ipc/methods/skp';
import type { SqlRunner } from '../db/sql-runner';
import { fieldError } from '../errors';

/**
 * Intervensi links. A bawahan RHK names its atasan RHK by lineage (`parent_lineage_id`): the lineage id is the id
 * of the atasan RHK's first row and is copied into every revision of the atasan's SKP, so the link resolves to
 * the row of whichever revision is in force (the latest approved, or the latest before any approval). An atasan
 * revision can therefore change an RHK's wording without breaking the bawahan links, and an RHK that bawahan
 * depend on can be neither deleted nor dropped from a revision that is approved.
 */

const effectiveRow = sql`r.revision_id = COALESCE(s.approved_revision_id, s.current_revision_id)`;

function jsonIds(ids: Iterable<number>): string {
  return JSON.stringify([...new Set(ids)]);
}

export interface ResolvedRhk {
  rhkId: number;
  lineageId: number;
  group: RhkGroup;
  text: string;
  skpId: number;
  yearId: number;
  employeeId: number;
  employeeName: string;
  positionName: string;
}

interface ResolvedRecord extends Omit<ResolvedRhk, 'employeeName'> {
  name: string;
  frontTitle: string;
  backTitle: string;
}

/** The rows that the given lineages stand for in the revision of their SKP that is in force. */
export function resolveLineages(q: SqlRunner, lineageIds: Iterable<number>): Map<number, ResolvedRhk> {
  const rows = q.all<ResolvedRecord>(
    sql`SELECT r.id AS rhkId, r.lineage_id AS lineageId, r.rhk_group AS "group", r.text, s.id AS skpId,
          s.year_id AS yearId, s.employee_id AS employeeId, e.name, e.front_title AS frontTitle,
          e.back_title AS backTitle, e.position_name AS positionName
        FROM skp_rhk r JOIN skp_revisions v ON v.id = r.revision_id JOIN skps s ON s.id = v.skp_id
          JOIN employees e ON e.id = s.employee_id
        WHERE r.lineage_id IN (SELECT value FROM json_each(${jsonIds(lineageIds)})) AND ${effectiveRow}`,
  );
  return new Map(
    rows.map(({ name, frontTitle, backTitle, ...rest }) => [
      rest.lineageId,
      { ...rest, employeeName: formatFullName({ name, frontTitle, backTitle }) },
    ]),
  );
}

interface SupporterRecord extends Omit<RhkSupporter, 'employeeName'> {
  parentLineageId: number;
  name: string;
  frontTitle: string;
  backTitle: string;
}

/** The bawahan RHK (in force in their SKP) that intervene the given lineages, keyed by the lineage. */
export function supportersOf(q: SqlRunner, lineageIds: Iterable<number>): Map<number, RhkSupporter[]> {
  const rows = q.all<SupporterRecord>(
    sql`SELECT r.id AS rhkId, r.parent_lineage_id AS parentLineageId, r.rhk_group AS "group", r.text,
          s.id AS skpId, s.employee_id AS employeeId, v.status, e.name, e.front_title AS frontTitle,
          e.back_title AS backTitle, e.position_name AS positionName
        FROM skp_rhk r JOIN skp_revisions v ON v.id = r.revision_id JOIN skps s ON s.id = v.skp_id
          JOIN employees e ON e.id = s.employee_id
        WHERE r.parent_lineage_id IN (SELECT value FROM json_each(${jsonIds(lineageIds)})) AND ${effectiveRow}
        ORDER BY e.search_name, r.rhk_group = 'TAMBAHAN', r.sort_order`,
  );
  const map = new Map<number, RhkSupporter[]>();
  for (const { parentLineageId, name, frontTitle, backTitle, ...rest } of rows) {
    const supporter = { ...rest, employeeName: formatFullName({ name, frontTitle, backTitle }) };
    const list = map.get(parentLineageId);
    if (list) list.push(supporter);
    else map.set(parentLineageId, [supporter]);
  }
  return map;
}

export interface Dependant {
  lineageId: number;
  employeeName: string;
  text: string;
  status: SkpStatus;
}

/**
 * Bawahan RHK that still name one of the lineages: in the latest revision or the one in force of their SKP
 * (older revisions are history and do not hold a lineage alive).
 */
export function dependantsOf(q: SqlRunner, lineageIds: Iterable<number>): Dependant[] {
  return q
    .all<Omit<Dependant, 'employeeName'> & { name: string; frontTitle: string; backTitle: string }>(
      sql`SELECT DISTINCT r.parent_lineage_id AS lineageId, r.lineage_id AS own, r.text, v.status, e.name,
            e.front_title AS frontTitle, e.back_title AS backTitle, e.search_name
          FROM skp_rhk r JOIN skp_revisions v ON v.id = r.revision_id JOIN skps s ON s.id = v.skp_id
            JOIN employees e ON e.id = s.employee_id
          WHERE r.parent_lineage_id IN (SELECT value FROM json_each(${jsonIds(lineageIds)}))
            AND (r.revision_id = s.current_revision_id OR r.revision_id = s.approved_revision_id)
          ORDER BY e.search_name`,
    )
    .map(({ lineageId, text, status, name, frontTitle, backTitle }) => ({
      lineageId,
      text,
      status,
      employeeName: formatFullName({ name, frontTitle, backTitle }),
    }));
}

/** "Sri Wahyuni ("Terkelolanya …"), Joko Santoso (…)": who depends, for a refusal message. */
export function describeDependants(dependants: Dependant[]): string {
  const shown = dependants.slice(0, 5).map((d) => {
    const text = d.text.length > 50 ? `${d.text.slice(0, 47)}…` : d.text;
    return `${d.employeeName} ("${text}")`;
  });
  const more = dependants.length > shown.length ? ` dan ${dependants.length - shown.length} lainnya` : '';
  return `${shown.join('; ')}${more}`;
}

export interface ParentContext {
  yearId: number;
  year: number;
  /** The pegawai's pejabat penilai (live while the revision is editable). */
  appraiserEmployeeId: number | null;
  appraiserName: string | null;
}

/**
 * Checks that `parentRhkId` is an RHK of the pejabat penilai's SKP of the same year, in the revision in force
 * (any row of the lineage is accepted, so a picker opened before an atasan revision still works). Returns the
 * lineage and its current text.
 */
export function requireParent(
  q: SqlRunner,
  parentRhkId: number,
  context: ParentContext,
): { lineageId: number; text: string } {
  if (context.appraiserEmployeeId === null) {
    throw fieldError(
      'parentRhkId',
      'Pegawai ini tidak memiliki atasan di SIPKA: tulis RHK atasan pada kolom "RHK atasan di luar SIPKA".',
    );
  }
  const row = q.get<{ lineageId: number }>(
    sql`SELECT lineage_id AS lineageId FROM skp_rhk WHERE id = ${parentRhkId}`,
  );
  const resolved = row ? resolveLineages(q, [row.lineageId]).get(row.lineageId) : undefined;
  if (
    !resolved ||
    resolved.employeeId !== context.appraiserEmployeeId ||
    resolved.yearId !== context.yearId
  ) {
    throw fieldError(
      'parentRhkId',
      `RHK atasan yang dipilih tidak ada dalam SKP ${context.appraiserName} (pejabat penilai) tahun ${context.year}. Pilih dari daftar RHK atasan.`,
    );
  }
  return { lineageId: resolved.lineageId, text: resolved.text };
}
