import { type SQL, sql } from 'drizzle-orm';
import type { AuditChanges, AuditEntryDto, auditMethods } from '../../../shared/ipc/methods/audit';
import type { Handler } from '../handlers';
import { verifyAuditChain } from './verify';

type AuditMethod = keyof typeof auditMethods;

type EntryRecord = Omit<AuditEntryDto, 'changes'> & { changes: string };

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export const auditHandlers = {
  'audit.list': (ctx, input) => {
    const conditions: SQL[] = [];
    if (input.userId !== null) conditions.push(sql`user_id = ${input.userId}`);
    if (input.entityType !== '') conditions.push(sql`entity_type = ${input.entityType}`);
    if (input.entityId !== '') conditions.push(sql`entity_id = ${input.entityId}`);
    if (input.method !== '') conditions.push(sql`method = ${input.method}`);
    // Stored in UTC; a day of the filter is a day of the office PC's own clock (WIB in Surabaya).
    if (input.from !== '') conditions.push(sql`at >= ${localDayStartUtc(input.from)}`);
    if (input.to !== '') conditions.push(sql`at < ${localDayStartUtc(nextDay(input.to))}`);
    const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
    const rows = ctx.sql.all<EntryRecord>(sql`
      SELECT id, at, user_id AS userId, username, method, action, entity_type AS entityType, entity_id AS entityId,
        changes, note, hash
      FROM audit_log ${where} ORDER BY id DESC LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`);
    const total = ctx.sql.one<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log ${where}`).n;
    return {
      rows: rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as AuditChanges })),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  },

  'audit.verify': (ctx) => verifyAuditChain(ctx.sqlite),
} satisfies { [M in AuditMethod]: Handler<M> };

function localDayStartUtc(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}
