import { sql } from 'drizzle-orm';
import { formatFullName } from '../../../shared/domain/names';
import { HR_ROLES } from '../../../shared/domain/roles';
import type {
  MatrixRhk,
  MatrixRow,
  SkpMatrix,
  SkpParentOptions,
  SkpSummaryRef,
  SkpTree,
  SkpTreeNode,
} from '../../../shared/ipc/methods/skp';
import type { RequestContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import { canView } from '../users/relations';
import { requireYear } from '../years/handlers';
import { toYearRef } from '../years/queries';
import { appraiserSkpOf } from './detail';
import { identityOf, requireSkp } from './guard';
import { supportersOf } from './links';
import { ikiByRhk, ikiOfRevisions, pickSkp, skpSummaries, type RhkRow } from './queries';

/** Cascade views: the picker of atasan RHK, the Matriks Pembagian Peran dan Hasil, and the tree. */

interface EffectiveRhk extends RhkRow {
  skpId: number;
}

/** The RHK of the revisions in force (or latest before approval) of the given SKP. */
function effectiveRhkOf(ctx: RequestContext, skpIds: number[]): EffectiveRhk[] {
  return ctx.sql.all<EffectiveRhk>(
    sql`SELECT r.id, r.revision_id AS revisionId, r.lineage_id AS lineageId, r.rhk_group AS "group",
          r.sort_order AS "order", r.text, r.parent_lineage_id AS parentLineageId, r.parent_text AS parentText,
          r.external_parent_text AS externalParentText, s.id AS skpId
        FROM skps s JOIN skp_rhk r ON r.revision_id = COALESCE(s.approved_revision_id, s.current_revision_id)
        WHERE s.id IN (SELECT value FROM json_each(${JSON.stringify(skpIds)}))
        ORDER BY s.id, r.rhk_group = 'TAMBAHAN', r.sort_order, r.id`,
  );
}

function brief(row: Pick<RhkRow, 'id' | 'lineageId' | 'group' | 'text'>): MatrixRhk {
  return { rhkId: row.id, lineageId: row.lineageId, group: row.group, text: row.text };
}

/** The atasan RHK an Utama RHK of this SKP may intervene: the pejabat penilai's SKP of the year, in force. */
export function parentOptions(ctx: RequestContext, skpId: number): SkpParentOptions {
  const skp = requireSkp(ctx, skpId);
  const { appraiser } = identityOf(ctx, skp.employeeId);
  if (!appraiser) {
    return {
      appraiser: null,
      appraiserSkp: null,
      message:
        'Pegawai ini tidak memiliki atasan di SIPKA: tulis RHK atasan yang diintervensi pada kolom "RHK atasan di luar SIPKA".',
      externalParent: true,
      options: [],
    };
  }
  const appraiserSkp = appraiserSkpOf(ctx, skp, appraiser.employeeId);
  if (!appraiserSkp) {
    return {
      appraiser,
      appraiserSkp: null,
      message: `SKP ${appraiser.fullName} (pejabat penilai) tahun ${skp.year} belum ada. Buat SKP atasan terlebih dahulu agar RHK utama dapat menginduk RHK-nya.`,
      externalParent: false,
      options: [],
    };
  }
  const rows = effectiveRhkOf(ctx, [appraiserSkp.id]);
  const iki = ikiByRhk(ikiOfRevisions(ctx.sql, [...new Set(rows.map((r) => r.revisionId))]));
  const supporters = supportersOf(
    ctx.sql,
    rows.map((r) => r.lineageId),
  );
  return {
    appraiser,
    appraiserSkp,
    message: rows.length === 0 ? `SKP ${appraiser.fullName} belum memiliki RHK.` : null,
    externalParent: false,
    options: rows.map((row) => ({
      rhkId: row.id,
      lineageId: row.lineageId,
      group: row.group,
      order: row.order,
      text: row.text,
      iki: iki.get(row.id) ?? [],
      supporterCount: supporters.get(row.lineageId)?.length ?? 0,
    })),
  };
}

interface PersonRecord {
  id: number;
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  positionName: string;
  unitName: string;
  activity: SkpMatrix['appraiser']['activity'];
}

const personSelect = sql`SELECT e.id, e.nip, e.name, e.front_title AS frontTitle, e.back_title AS backTitle,
  e.position_name AS positionName, u.name AS unitName, e.activity FROM employees e JOIN units u ON u.id = e.unit_id`;

/**
 * Matriks Pembagian Peran dan Hasil: the atasan's RHK in force as columns, the active bawahan as rows, each cell
 * the bawahan RHK (in force, or their draft before any approval) that intervene the column.
 */
export function matrix(
  ctx: RequestContext,
  yearId: number,
  appraiserEmployeeId: number,
  appraiserSkpId: number | null,
): SkpMatrix {
  const year = requireYear(ctx, yearId);
  const person = ctx.sql.get<PersonRecord>(sql`${personSelect} WHERE e.id = ${appraiserEmployeeId}`);
  if (!person) throw notFound('Pegawai tidak ditemukan.');
  const appraiserSkps = skpSummaries(ctx.sql, year.id, [appraiserEmployeeId]);
  let chosen: SkpSummaryRef | undefined;
  if (appraiserSkpId !== null) {
    chosen = appraiserSkps.find((s) => s.id === appraiserSkpId);
    if (!chosen)
      throw fieldError('appraiserSkpId', 'SKP yang dipilih bukan milik pegawai ini pada tahun tersebut.');
  } else {
    chosen = pickSkp(appraiserSkps);
  }
  const columnRows = chosen ? effectiveRhkOf(ctx, [chosen.id]) : [];
  const columnIki = ikiByRhk(ikiOfRevisions(ctx.sql, [...new Set(columnRows.map((r) => r.revisionId))]));

  const bawahan = ctx.sql.all<PersonRecord>(
    sql`${personSelect} WHERE e.supervisor_id = ${appraiserEmployeeId} AND e.activity = 'AKTIF' ORDER BY e.search_name`,
  );
  const summaries = skpSummaries(
    ctx.sql,
    year.id,
    bawahan.map((b) => b.id),
  );
  const skpOf = new Map<number, SkpSummaryRef>();
  for (const b of bawahan) {
    const own = summaries.filter((s) => s.employeeId === b.id);
    const picked = chosen ? pickSkp(own, chosen) : pickSkp(own);
    if (picked) skpOf.set(b.id, picked);
  }
  const bawahanRhk = effectiveRhkOf(
    ctx,
    [...skpOf.values()].map((s) => s.id),
  );
  const columnIndex = new Map(columnRows.map((row, index) => [row.lineageId, index]));
  const supportCount = columnRows.map(() => 0);

  const rows: MatrixRow[] = bawahan.map((b) => {
    const skp = skpOf.get(b.id) ?? null;
    const own = skp ? bawahanRhk.filter((r) => r.skpId === skp.id) : [];
    const cells: MatrixRhk[][] = columnRows.map(() => []);
    const other: MatrixRhk[] = [];
    for (const row of own) {
      const index = row.parentLineageId === null ? undefined : columnIndex.get(row.parentLineageId);
      if (index === undefined) other.push(brief(row));
      else {
        cells[index]!.push(brief(row));
        supportCount[index]! += 1;
      }
    }
    const flags: MatrixRow['flags'] = [];
    if (!skp) flags.push('NO_SKP');
    else if (!own.some((r) => r.group === 'UTAMA')) flags.push('NO_UTAMA');
    return {
      employeeId: b.id,
      fullName: formatFullName(b),
      nip: b.nip,
      positionName: b.positionName,
      unitName: b.unitName,
      skp,
      cells,
      other,
      flags,
    };
  });

  const columns = columnRows.map((row, index) => ({
    rhkId: row.id,
    lineageId: row.lineageId,
    group: row.group,
    order: row.order,
    text: row.text,
    iki: columnIki.get(row.id) ?? [],
    supporterCount: supportCount[index]!,
    // A Tambahan RHK of the atasan nobody intervenes is normal; an Utama one is a gap in the cascade.
    unsupported: row.group === 'UTAMA' && supportCount[index] === 0,
  }));
  return {
    year: toYearRef(year),
    appraiser: {
      id: person.id,
      nip: person.nip,
      fullName: formatFullName(person),
      positionName: person.positionName,
      activity: person.activity,
      unitName: person.unitName,
    },
    appraiserSkp: chosen ?? null,
    appraiserSkps,
    columns,
    rows,
    summary: {
      bawahan: rows.length,
      withoutSkp: rows.filter((r) => r.flags.includes('NO_SKP')).length,
      withoutUtama: rows.filter((r) => r.flags.includes('NO_UTAMA')).length,
      unsupportedColumns: columns.filter((c) => c.unsupported).length,
    },
  };
}

interface TreeRecord extends SkpSummaryRef {
  appraiserEmployeeId: number | null;
  name: string;
  frontTitle: string;
  backTitle: string;
  positionName: string;
  unitName: string;
}

/**
 * The cascade of a year: each SKP under its pejabat penilai's SKP (by the pejabat penilai its revision in force
 * records), from the top (the camat, whose atasan is outside SIPKA) down. A pegawai sees only their own subtree.
 */
export function tree(ctx: RequestContext, yearId: number, rootSkpId: number | null): SkpTree {
  const year = requireYear(ctx, yearId);
  const caller = ctx.caller;
  const hr = !caller || HR_ROLES.includes(caller.role);
  if (rootSkpId !== null) {
    const root = requireSkp(ctx, rootSkpId);
    if (root.yearId !== year.id) throw fieldError('rootSkpId', 'SKP tersebut bukan SKP tahun ini.');
    if (!hr && !(caller && canView(ctx, caller, root.employeeId))) {
      throw new AppError('FORBIDDEN', 'Anda tidak berwenang melihat SKP ini.');
    }
  }
  const records = ctx.sql.all<TreeRecord>(
    sql`SELECT s.id, s.employee_id AS employeeId, s.start_date AS startDate, s.end_date AS endDate, v.status,
          v.number AS revisionNumber, a.number AS inForceRevision, f.appraiser_employee_id AS appraiserEmployeeId,
          json_extract(f.employee_snapshot, '$.positionName') AS positionName,
          json_extract(f.employee_snapshot, '$.unitName') AS unitName, e.name, e.front_title AS frontTitle,
          e.back_title AS backTitle
        FROM skps s JOIN skp_revisions v ON v.id = s.current_revision_id
          LEFT JOIN skp_revisions a ON a.id = s.approved_revision_id
          JOIN skp_revisions f ON f.id = COALESCE(s.approved_revision_id, s.current_revision_id)
          JOIN employees e ON e.id = s.employee_id
        WHERE s.year_id = ${year.id} ORDER BY e.search_name, s.start_date`,
  );
  const rhk = ctx.sql.all<
    Pick<EffectiveRhk, 'id' | 'lineageId' | 'group' | 'text' | 'parentLineageId' | 'skpId'>
  >(
    sql`SELECT r.id, r.lineage_id AS lineageId, r.rhk_group AS "group", r.text, r.parent_lineage_id AS parentLineageId,
          s.id AS skpId
        FROM skps s JOIN skp_rhk r ON r.revision_id = COALESCE(s.approved_revision_id, s.current_revision_id)
        WHERE s.year_id = ${year.id} ORDER BY s.id, r.rhk_group = 'TAMBAHAN', r.sort_order, r.id`,
  );
  const rhkOf = new Map<number, SkpTreeNode['rhk']>();
  for (const row of rhk) {
    const item = { ...brief(row), parentLineageId: row.parentLineageId };
    const list = rhkOf.get(row.skpId);
    if (list) list.push(item);
    else rhkOf.set(row.skpId, [item]);
  }
  const nodes = new Map<number, SkpTreeNode>();
  const byEmployee = new Map<number, TreeRecord[]>();
  for (const record of records) {
    nodes.set(record.id, {
      skp: {
        id: record.id,
        employeeId: record.employeeId,
        startDate: record.startDate,
        endDate: record.endDate,
        status: record.status,
        revisionNumber: record.revisionNumber,
        inForceRevision: record.inForceRevision,
      },
      fullName: formatFullName(record),
      positionName: record.positionName,
      unitName: record.unitName,
      rhk: rhkOf.get(record.id) ?? [],
      children: [],
    });
    const list = byEmployee.get(record.employeeId);
    if (list) list.push(record);
    else byEmployee.set(record.employeeId, [record]);
  }
  const roots: SkpTreeNode[] = [];
  for (const record of records) {
    const node = nodes.get(record.id)!;
    const parentSkp =
      record.appraiserEmployeeId === null
        ? undefined
        : pickSkp(byEmployee.get(record.appraiserEmployeeId) ?? [], record);
    if (parentSkp && parentSkp.id !== record.id) nodes.get(parentSkp.id)!.children.push(node);
    else roots.push(node);
  }
  let shown = roots;
  if (rootSkpId !== null) shown = [nodes.get(rootSkpId)!];
  else if (!hr) {
    const own = caller?.employeeId == null ? [] : (byEmployee.get(caller.employeeId) ?? []);
    shown = own.map((r) => nodes.get(r.id)!);
  }
  const count = (list: SkpTreeNode[]): number => list.reduce((n, node) => n + 1 + count(node.children), 0);
  return { year: toYearRef(year), roots: shown, skpCount: count(shown) };
}
