import { sql, type SQL } from 'drizzle-orm';
import type { DocumentKind } from '../../../shared/domain/documents';
import { formatFullName, searchKey } from '../../../shared/domain/names';
import { periodLabel, type PeriodKind } from '../../../shared/domain/periods';
import type { z } from 'zod';
import type {
  PrintedDocumentDto,
  RegisterPage,
  registerListInput,
  UnsignedSummaryRow,
} from '../../../shared/ipc/methods/documents';
import type { BackendContext } from '../context';
import type { SqlRunner } from '../db/sql-runner';
import { subtreeIds } from '../units/queries';

/** One row of the register as it is inserted (a single print or one document of a batch). */
export interface RegisterEntry {
  code: string;
  kind: DocumentKind;
  skpId: number | null;
  skpRevisionId: number | null;
  periodId: number | null;
  unitId: number | null;
  employeeId: number | null;
  recordRevision: number | null;
  digest: string;
  title: string;
  fileName: string;
  draft: boolean;
  batchId: string | null;
  printedByUserId: number | null;
  printedBy: string;
  printedAt: string;
}

/** Inserts the rows (inside the caller's transaction) and returns their ids in order. */
export function insertRegisterEntries(ctx: BackendContext, entries: readonly RegisterEntry[]): number[] {
  const insert = ctx.sqlite.prepare<RegisterEntry & { draftFlag: number }>(
    `INSERT INTO printed_documents (code, kind, skp_id, skp_revision_id, period_id, unit_id, employee_id,
       record_revision, digest, title, file_name, draft, batch_id, printed_by_user_id, printed_by, printed_at)
     VALUES (@code, @kind, @skpId, @skpRevisionId, @periodId, @unitId, @employeeId, @recordRevision, @digest,
       @title, @fileName, @draftFlag, @batchId, @printedByUserId, @printedBy, @printedAt)`,
  );
  return entries.map((entry) =>
    Number(insert.run({ ...entry, draftFlag: entry.draft ? 1 : 0 }).lastInsertRowid),
  );
}

export function codeTaken(q: SqlRunner, code: string): boolean {
  return q.get<{ id: number }>(sql`SELECT id FROM printed_documents WHERE code = ${code}`) !== undefined;
}

/** The stored row, with what verification needs beyond the DTO. */
export interface RegisterRow extends PrintedDocumentDto {
  skpId: number | null;
  skpRevisionId: number | null;
  digest: string;
  signedScanSha256: string | null;
}

interface RowRecord extends Omit<RegisterRow, 'employeeName' | 'periodLabel' | 'draft'> {
  draft: number;
  name: string | null;
  frontTitle: string | null;
  backTitle: string | null;
  periodKind: PeriodKind | null;
  periodNumber: number | null;
}

const rowSelect = sql`
  SELECT d.id, d.code, d.kind, d.title, d.file_name AS fileName, d.skp_id AS skpId,
    d.skp_revision_id AS skpRevisionId, d.digest, d.employee_id AS employeeId, e.name, e.front_title AS frontTitle,
    e.back_title AS backTitle, e.nip, d.unit_id AS unitId, u.name AS unitName, d.period_id AS periodId,
    p.kind AS periodKind, p.number AS periodNumber, COALESCE(py.year, sy.year) AS year,
    d.record_revision AS recordRevision, d.draft, d.batch_id AS batchId, d.printed_by AS printedBy,
    d.printed_at AS printedAt, d.signed_at AS signedAt, d.signed_recorded_by AS signedRecordedBy,
    d.signed_scan_name AS signedScanName, d.signed_scan_mime AS signedScanMime,
    d.signed_scan_sha256 AS signedScanSha256
  FROM printed_documents d
    LEFT JOIN employees e ON e.id = d.employee_id
    LEFT JOIN units u ON u.id = d.unit_id
    LEFT JOIN periods p ON p.id = d.period_id
    LEFT JOIN years py ON py.id = p.year_id
    LEFT JOIN skps s ON s.id = d.skp_id
    LEFT JOIN years sy ON sy.id = s.year_id`;

function toRow(record: RowRecord): RegisterRow {
  const { name, frontTitle, backTitle, periodKind, periodNumber, draft, ...rest } = record;
  return {
    ...rest,
    draft: draft === 1,
    employeeName: name === null ? null : formatFullName({ name, frontTitle, backTitle }),
    periodLabel:
      periodKind === null || periodNumber === null || rest.year === null
        ? null
        : periodLabel(periodKind, periodNumber, rest.year),
  };
}

export function toDto(row: RegisterRow): PrintedDocumentDto {
  const { skpId: _s, skpRevisionId: _r, digest: _d, signedScanSha256: _h, ...dto } = row;
  return dto;
}

export function findRegisterRow(q: SqlRunner, id: number): RegisterRow | undefined {
  const record = q.get<RowRecord>(sql`${rowSelect} WHERE d.id = ${id}`);
  return record && toRow(record);
}

export function findByCode(q: SqlRunner, code: string): RegisterRow | undefined {
  const record = q.get<RowRecord>(sql`${rowSelect} WHERE d.code = ${code}`);
  return record && toRow(record);
}

/**
 * The same record at the same revision (reprints of one paper): a print counts as signed when any print of it
 * carries the signed scan, so a reprint does not keep the record on the "not yet signed" list.
 */
const signedSibling = sql`EXISTS (SELECT 1 FROM printed_documents o WHERE o.signed_at IS NOT NULL
  AND o.kind = d.kind AND o.skp_id IS d.skp_id AND o.period_id IS d.period_id AND o.unit_id IS d.unit_id
  AND o.record_revision IS d.record_revision)`;
const recordKey = sql`d.kind || ':' || ifnull(d.skp_id, '') || ':' || ifnull(d.period_id, '') || ':' ||
  ifnull(d.unit_id, '') || ':' || ifnull(d.record_revision, '')`;

function idList(ids: readonly number[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

function yearCondition(yearId: number): SQL {
  return sql`COALESCE(p.year_id, s.year_id) = ${yearId}`;
}

export function listRegister(q: SqlRunner, input: z.output<typeof registerListInput>): RegisterPage {
  const conditions: SQL[] = [];
  if (input.unitId !== null) conditions.push(sql`d.unit_id IN (${idList(subtreeIds(q, input.unitId))})`);
  if (input.periodId !== null) conditions.push(sql`d.period_id = ${input.periodId}`);
  if (input.yearId !== null) conditions.push(yearCondition(input.yearId));
  if (input.kind !== null) conditions.push(sql`d.kind = ${input.kind}`);
  if (input.status === 'signed') conditions.push(sql`d.signed_at IS NOT NULL`);
  if (input.status === 'unsigned') conditions.push(sql`d.draft = 0 AND NOT ${signedSibling}`);
  for (const word of searchKey(input.query).split(' ').filter(Boolean)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(e.search_name LIKE ${like} ESCAPE '\\' OR lower(d.code) LIKE ${like} ESCAPE '\\'
      OR e.nip LIKE ${like} ESCAPE '\\')`);
  }
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const offset = (input.page - 1) * input.pageSize;
  const rows = q.all<RowRecord>(
    sql`${rowSelect} ${where} ORDER BY d.printed_at DESC, d.id DESC LIMIT ${input.pageSize} OFFSET ${offset}`,
  );
  const total = q.one<{ n: number }>(sql`SELECT count(*) AS n FROM printed_documents d
    LEFT JOIN employees e ON e.id = d.employee_id
    LEFT JOIN periods p ON p.id = d.period_id
    LEFT JOIN skps s ON s.id = d.skp_id ${where}`).n;
  return { rows: rows.map((r) => toDto(toRow(r))), total, page: input.page, pageSize: input.pageSize };
}

interface SummaryRecord {
  unitId: number | null;
  unitName: string | null;
  periodId: number | null;
  periodKind: PeriodKind | null;
  periodNumber: number | null;
  year: number | null;
  kind: DocumentKind;
  printed: number;
  unsigned: number;
}

/** Records printed (not as drafts) and how many of them have no signed scan yet, per unit, period and kind. */
export function unsignedSummary(
  q: SqlRunner,
  filter: { periodId: number | null; yearId: number | null },
): UnsignedSummaryRow[] {
  const conditions: SQL[] = [sql`d.draft = 0`];
  if (filter.periodId !== null) conditions.push(sql`d.period_id = ${filter.periodId}`);
  if (filter.yearId !== null) conditions.push(yearCondition(filter.yearId));
  const records = q.all<SummaryRecord>(sql`
    SELECT d.unit_id AS unitId, u.name AS unitName, d.period_id AS periodId, p.kind AS periodKind,
      p.number AS periodNumber, COALESCE(py.year, sy.year) AS year, d.kind,
      count(DISTINCT ${recordKey}) AS printed,
      count(DISTINCT CASE WHEN NOT ${signedSibling} THEN ${recordKey} END) AS unsigned
    FROM printed_documents d
      LEFT JOIN units u ON u.id = d.unit_id
      LEFT JOIN periods p ON p.id = d.period_id
      LEFT JOIN years py ON py.id = p.year_id
      LEFT JOIN skps s ON s.id = d.skp_id
      LEFT JOIN years sy ON sy.id = s.year_id
    WHERE ${sql.join(conditions, sql` AND `)}
    GROUP BY d.unit_id, d.period_id, d.kind, COALESCE(py.year, sy.year)
    ORDER BY year DESC, p.kind, p.number, u.name, d.kind`);
  return records.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName ?? '—',
    periodId: r.periodId,
    periodLabel:
      r.periodKind !== null && r.periodNumber !== null && r.year !== null
        ? periodLabel(r.periodKind, r.periodNumber, r.year)
        : `SKP ${r.year ?? ''}`.trim(),
    kind: r.kind,
    printed: r.printed,
    unsigned: r.unsigned,
  }));
}
