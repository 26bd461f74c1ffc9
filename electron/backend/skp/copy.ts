import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { firstDayOfYear, lastDayOfYear } from '../../../shared/domain/periods';
import { rhkMatchKey, type Approach } from '../../../shared/domain/skp';
import type { CopyForwardResult, CopyOutcome } from '../../../shared/ipc/methods/skp';
import { recordChange, SYSTEM_USERNAME } from '../audit/trail';
import type { RequestContext } from '../context';
import { conflict, fieldError, notFound } from '../errors';
import { findYearByNumber, type YearRow } from '../years/queries';
import { requireYear } from '../years/handlers';
import { assertYearOpen, identityOf } from './guard';
import { pickSkp, type IkiRow, type RhkRow } from './queries';
import { liveIdentity } from './snapshot';

/**
 * Copy forward: a new year's SKP started from the previous year's plan (RHK, IKI with targets, lampiran and
 * approach; not the ekspektasi, which the pejabat penilai sets each year). The copy gets new lineages, and each
 * link to an atasan RHK is re-made by matching the old atasan RHK's text against the atasan's RHK of the new
 * year (`rhkMatchKey`); what does not match is left empty and shows as a warning on the new SKP. Rows are
 * written with prepared statements and explicit ids: at city scale (30,000 SKP × 8 RHK × 3 IKI) per-row ORM
 * calls would dominate. Each copied SKP gets one audit entry naming its source.
 */

interface Statements {
  insertSkp: Database.Statement;
  insertRevision: Database.Statement;
  setCurrent: Database.Statement;
  insertRhk: Database.Statement;
  insertIki: Database.Statement;
  lastRhkId: Database.Statement<[], { seq: number }>;
  lastIkiId: Database.Statement<[], { seq: number }>;
}

/** The highest id a table has used (AUTOINCREMENT never reuses one), so ids can be assigned in advance. */
function lastIdSql(table: 'skp_rhk' | 'skp_iki'): string {
  return `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '${table}'), 0),
    coalesce((SELECT max(id) FROM ${table}), 0)) AS seq`;
}

const cache = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let found = cache.get(sqlite);
  if (!found) {
    found = {
      insertSkp: sqlite.prepare(
        `INSERT INTO skps (year_id, employee_id, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      insertRevision: sqlite.prepare(
        `INSERT INTO skp_revisions (skp_id, number, status, approach, employee_snapshot, appraiser_snapshot,
           appraiser_supervisor_snapshot, appraiser_employee_id, employee_unit_id, office_name, instansi_name,
           resources, accountability, consequences, expectations, created_by, created_at, updated_at)
         VALUES (?, 1, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
      ),
      setCurrent: sqlite.prepare(`UPDATE skps SET current_revision_id = ? WHERE id = ?`),
      insertRhk: sqlite.prepare(
        `INSERT INTO skp_rhk (id, revision_id, lineage_id, rhk_group, sort_order, text, parent_lineage_id, parent_text,
           external_parent_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertIki: sqlite.prepare(
        `INSERT INTO skp_iki (id, rhk_id, revision_id, lineage_id, sort_order, aspect, indicator, target_low,
           target_high, unit_of_measure, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      lastRhkId: sqlite.prepare(lastIdSql('skp_rhk')),
      lastIkiId: sqlite.prepare(lastIdSql('skp_iki')),
    };
    cache.set(sqlite, found);
  }
  return found;
}

interface SourcePlan {
  skpId: number;
  revisionId: number;
  approach: Approach;
  resources: string;
  accountability: string;
  consequences: string;
  rhk: RhkRow[];
  iki: IkiRow[];
}

/** The plans in force of the given SKP (by revision), read in three queries. */
function loadSources(ctx: RequestContext, revisionIds: number[]): Map<number, SourcePlan> {
  const ids = JSON.stringify(revisionIds);
  const plans = new Map<number, SourcePlan>();
  for (const row of ctx.sql.all<Omit<SourcePlan, 'rhk' | 'iki' | 'revisionId'> & { id: number }>(
    sql`SELECT id, skp_id AS skpId, approach, resources, accountability, consequences FROM skp_revisions
        WHERE id IN (SELECT value FROM json_each(${ids}))`,
  )) {
    const { id, ...rest } = row;
    plans.set(id, { ...rest, revisionId: id, rhk: [], iki: [] });
  }
  for (const row of ctx.sql.all<RhkRow>(
    sql`SELECT id, revision_id AS revisionId, lineage_id AS lineageId, rhk_group AS "group", sort_order AS "order",
          text, parent_lineage_id AS parentLineageId, parent_text AS parentText,
          external_parent_text AS externalParentText
        FROM skp_rhk WHERE revision_id IN (SELECT value FROM json_each(${ids})) ORDER BY revision_id, rhk_group, sort_order, id`,
  )) {
    plans.get(row.revisionId)!.rhk.push(row);
  }
  for (const row of ctx.sql.all<IkiRow>(
    sql`SELECT id, rhk_id AS rhkId, revision_id AS revisionId, lineage_id AS lineageId, sort_order AS "order", aspect,
          indicator, target_low AS targetLow, target_high AS targetHigh, unit_of_measure AS unitOfMeasure, direction
        FROM skp_iki WHERE revision_id IN (SELECT value FROM json_each(${ids})) ORDER BY rhk_id, sort_order, id`,
  )) {
    plans.get(row.revisionId)!.iki.push(row);
  }
  return plans;
}

type ParentIndex = Map<string, { lineageId: number; text: string }>;

/** Writes copies into one target year; remembers each atasan's new RHK texts for matching their bawahan. */
class Copier {
  private readonly stmts: Statements;
  private nextRhk: number;
  private nextIki: number;
  private readonly parentIndex = new Map<number, ParentIndex>();

  constructor(
    private readonly ctx: RequestContext,
    private readonly target: YearRow,
    private readonly fromYear: number,
  ) {
    this.stmts = statements(ctx.sqlite);
    this.nextRhk = this.stmts.lastRhkId.get()!.seq + 1;
    this.nextIki = this.stmts.lastIkiId.get()!.seq + 1;
  }

  /** The atasan's RHK of the target year (their latest SKP, in force), by match key. */
  private parentsOf(appraiserEmployeeId: number): ParentIndex {
    let index = this.parentIndex.get(appraiserEmployeeId);
    if (!index) {
      const skps = this.ctx.sql.all<{ id: number; startDate: string; endDate: string; revisionId: number }>(
        sql`SELECT id, start_date AS startDate, end_date AS endDate,
              COALESCE(approved_revision_id, current_revision_id) AS revisionId
            FROM skps WHERE employee_id = ${appraiserEmployeeId} AND year_id = ${this.target.id}`,
      );
      index = new Map();
      const skp = pickSkp(skps);
      if (skp) {
        for (const row of this.ctx.sql.all<{ lineageId: number; text: string }>(
          sql`SELECT lineage_id AS lineageId, text FROM skp_rhk WHERE revision_id = ${skp.revisionId}
              ORDER BY rhk_group, sort_order`,
        )) {
          const key = rhkMatchKey(row.text);
          if (!index.has(key)) index.set(key, row);
        }
      }
      this.parentIndex.set(appraiserEmployeeId, index);
    }
    return index;
  }

  copy(employeeId: number, source: SourcePlan): CopyOutcome & { skpId: number } {
    const { ctx, stmts, target } = this;
    const identity = liveIdentity(ctx.sql, employeeId);
    if (!identity) throw notFound('Pegawai tidak ditemukan.');
    const now = ctx.now().toISOString();
    const skpId = Number(
      stmts.insertSkp.run(
        target.id,
        employeeId,
        firstDayOfYear(target.year),
        lastDayOfYear(target.year),
        now,
        now,
      ).lastInsertRowid,
    );
    const appraiserId = identity.appraiser?.employeeId ?? null;
    const revisionId = Number(
      stmts.insertRevision.run(
        skpId,
        source.approach,
        JSON.stringify(identity.employee),
        identity.appraiser ? JSON.stringify(identity.appraiser) : null,
        identity.appraiserSupervisor ? JSON.stringify(identity.appraiserSupervisor) : null,
        appraiserId,
        identity.employeeUnitId,
        identity.officeName,
        identity.instansiName,
        source.resources,
        source.accountability,
        source.consequences,
        ctx.caller?.username ?? SYSTEM_USERNAME,
        now,
        now,
      ).lastInsertRowid,
    );
    stmts.setCurrent.run(revisionId, skpId);
    const parents = appraiserId === null ? undefined : this.parentsOf(appraiserId);
    const newRhkId = new Map<number, number>();
    let unlinked = 0;
    for (const rhk of source.rhk) {
      const id = this.nextRhk++;
      newRhkId.set(rhk.id, id);
      const match =
        rhk.parentLineageId === null || !parents ? undefined : parents.get(rhkMatchKey(rhk.parentText));
      if (rhk.group === 'UTAMA' && parents && !match) unlinked += 1;
      stmts.insertRhk.run(
        id,
        revisionId,
        id,
        rhk.group,
        rhk.order,
        rhk.text,
        match?.lineageId ?? null,
        match?.text ?? '',
        appraiserId === null ? rhk.externalParentText : '',
      );
    }
    for (const iki of source.iki) {
      const id = this.nextIki++;
      stmts.insertIki.run(
        id,
        newRhkId.get(iki.rhkId)!,
        revisionId,
        id,
        iki.order,
        iki.aspect,
        iki.indicator,
        iki.targetLow,
        iki.targetHigh,
        iki.unitOfMeasure,
        iki.direction,
      );
    }
    const outcome = {
      fromSkpId: source.skpId,
      fromYear: this.fromYear,
      rhk: source.rhk.length,
      iki: source.iki.length,
      unlinked,
    };
    recordChange(
      ctx,
      'skp',
      skpId,
      null,
      {
        yearId: target.id,
        employeeId,
        startDate: firstDayOfYear(target.year),
        endDate: lastDayOfYear(target.year),
      },
      `Disalin dari SKP tahun ${this.fromYear} (#${source.skpId}): ${outcome.rhk} RHK, ${outcome.iki} IKI${
        unlinked > 0 ? `, ${unlinked} RHK utama belum menginduk RHK atasan` : ''
      }.`,
    );
    return { skpId, ...outcome };
  }
}

function sourceSkpOf(
  ctx: RequestContext,
  employeeId: number,
  yearId: number,
): { id: number; revisionId: number } | undefined {
  const list = ctx.sql.all<{ id: number; startDate: string; endDate: string; revisionId: number }>(
    sql`SELECT id, start_date AS startDate, end_date AS endDate,
          COALESCE(approved_revision_id, current_revision_id) AS revisionId
        FROM skps WHERE employee_id = ${employeeId} AND year_id = ${yearId}`,
  );
  return pickSkp(list);
}

/** The pegawai's SKP of the previous year, copied into `yearId` (which must not hold an SKP of theirs yet). */
export function copyFromPreviousYear(
  ctx: RequestContext,
  employeeId: number,
  yearId: number,
): CopyOutcome & { skpId: number } {
  const target = requireYear(ctx, yearId);
  assertYearOpen({ year: target.year, yearStatus: target.status });
  const identity = identityOf(ctx, employeeId);
  const existing = ctx.sql.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM skps WHERE employee_id = ${employeeId} AND year_id = ${target.id}`,
  );
  if (existing && existing.n > 0) {
    throw conflict(`${identity.employee.fullName} sudah memiliki SKP tahun ${target.year}.`);
  }
  const previous = findYearByNumber(ctx.sql, target.year - 1);
  if (!previous)
    throw notFound(`Tahun penilaian ${target.year - 1} tidak ada di SIPKA: tidak ada SKP untuk disalin.`);
  const source = sourceSkpOf(ctx, employeeId, previous.id);
  if (!source)
    throw notFound(`${identity.employee.fullName} tidak memiliki SKP tahun ${previous.year} untuk disalin.`);
  const plan = loadSources(ctx, [source.revisionId]).get(source.revisionId)!;
  return new Copier(ctx, target, previous.year).copy(employeeId, plan);
}

interface Candidate {
  employeeId: number;
  active: number;
  hasTarget: number;
  sourceRevisionId: number;
}

/**
 * Every pegawai's SKP of `fromYearId` copied into `toYearId`, atasan before bawahan (so links can be matched), one
 * transaction per batch. Resumable: pegawai who already have an SKP in the target year are passed over.
 */
export function copyForwardAll(
  ctx: RequestContext,
  input: { fromYearId: number; toYearId: number; batchSize: number; maxBatches: number | null },
): CopyForwardResult {
  const started = Date.now();
  const from = requireYear(ctx, input.fromYearId);
  const to = requireYear(ctx, input.toYearId);
  if (from.id === to.id) throw fieldError('toYearId', 'Tahun tujuan harus berbeda dari tahun asal.');
  assertYearOpen({ year: to.year, yearStatus: to.status });
  const rows = ctx.sql.all<Candidate>(
    sql`WITH RECURSIVE depth(id, d) AS (
          SELECT id, 0 FROM employees WHERE supervisor_id IS NULL
          UNION ALL SELECT e.id, depth.d + 1 FROM employees e JOIN depth ON e.supervisor_id = depth.id)
        SELECT e.id AS employeeId, e.activity = 'AKTIF' AS active,
          EXISTS (SELECT 1 FROM skps t WHERE t.employee_id = e.id AND t.year_id = ${to.id}) AS hasTarget,
          (SELECT COALESCE(s.approved_revision_id, s.current_revision_id) FROM skps s
            WHERE s.employee_id = e.id AND s.year_id = ${from.id} ORDER BY s.start_date DESC, s.id DESC LIMIT 1)
            AS sourceRevisionId
        FROM employees e JOIN depth ON depth.id = e.id
        WHERE EXISTS (SELECT 1 FROM skps s WHERE s.employee_id = e.id AND s.year_id = ${from.id})
        ORDER BY depth.d, e.id`,
  );
  const skipped = { alreadyHasSkp: 0, inactive: 0 };
  const todo: Candidate[] = [];
  for (const row of rows) {
    if (row.hasTarget) skipped.alreadyHasSkp += 1;
    else if (!row.active) skipped.inactive += 1;
    else todo.push(row);
  }
  const copier = new Copier(ctx, to, from.year);
  let created = 0;
  let unlinked = 0;
  let batches = 0;
  for (let start = 0; start < todo.length; start += input.batchSize) {
    if (input.maxBatches !== null && batches >= input.maxBatches) break;
    const batch = todo.slice(start, start + input.batchSize);
    ctx.sqlite.transaction(() => {
      const sources = loadSources(
        ctx,
        batch.map((c) => c.sourceRevisionId),
      );
      for (const candidate of batch) {
        const outcome = copier.copy(candidate.employeeId, sources.get(candidate.sourceRevisionId)!);
        created += 1;
        unlinked += outcome.unlinked;
      }
    })();
    batches += 1;
  }
  return {
    created,
    skipped,
    unlinked,
    remaining: todo.length - created,
    done: created === todo.length,
    batches,
    durationMs: Date.now() - started,
  };
}
