import { eq, sql } from 'drizzle-orm';
import { allPeriodsOfYear, PERIOD_TYPE_LABELS, periodLabel } from '../../../shared/domain/periods';
import type { yearMethods, YearDto } from '../../../shared/ipc/methods/years';
import { recordChange } from '../audit/trail';
import { SYSTEM_USERNAME } from '../audit/trail';
import type { BackendContext, RequestContext } from '../context';
import { periods, years } from '../db/schema';
import { conflict, notFound } from '../errors';
import { unfinishedPeriods } from '../evaluation/lock';
import type { Handler } from '../handlers';
import { findYearByNumber, findYearRow, listYearRows, toYearDto, type YearRow } from './queries';

type YearMethod = keyof typeof yearMethods;

export function requireYear(ctx: BackendContext, id: number): YearRow {
  const row = findYearRow(ctx.sql, id);
  if (!row) throw notFound('Tahun penilaian tidak ditemukan.');
  return row;
}

function assertVersion(row: YearRow, version: number): void {
  if (row.version !== version) {
    throw conflict(
      `Tahun penilaian ${row.year} telah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan.`,
    );
  }
}

function auditedYear(ctx: BackendContext, id: number) {
  return ctx.db.select().from(years).where(eq(years.id, id)).get() ?? null;
}

/**
 * Decision: a year closes only when every SKP's latest revision is approved (nothing waits for a decision or
 * is being revised) and every period that has ratings is finalised (see `unfinishedPeriods`).
 */
function closeBlockers(ctx: BackendContext, yearId: number): { count: number; names: string[] } {
  const rows = ctx.sql.all<{ name: string; frontTitle: string; backTitle: string }>(
    sql`SELECT e.name, e.front_title AS frontTitle, e.back_title AS backTitle
        FROM skps s JOIN skp_revisions v ON v.id = s.current_revision_id JOIN employees e ON e.id = s.employee_id
        WHERE s.year_id = ${yearId} AND v.status <> 'DISETUJUI' ORDER BY e.search_name`,
  );
  return { count: rows.length, names: rows.slice(0, 5).map((r) => r.name) };
}

function callerName(ctx: RequestContext): string {
  return ctx.caller?.username ?? SYSTEM_USERNAME;
}

export function openYear(ctx: RequestContext, year: number, periodType: YearRow['periodType']): YearRow {
  if (findYearByNumber(ctx.sql, year)) {
    const message = `Tahun penilaian ${year} sudah dibuka.`;
    throw conflict(message, { year: message });
  }
  const now = ctx.now().toISOString();
  const { id } = ctx.db
    .insert(years)
    .values({ year, periodType, createdAt: now, updatedAt: now })
    .returning({ id: years.id })
    .get();
  const spans = allPeriodsOfYear(year, periodType);
  ctx.db
    .insert(periods)
    .values(spans.map((span) => ({ yearId: id, ...span })))
    .run();
  recordChange(
    ctx,
    'year',
    id,
    null,
    { ...auditedYear(ctx, id), periods: spans.length },
    `Tahun penilaian ${year} dibuka dengan periode ${PERIOD_TYPE_LABELS[periodType].toLowerCase()}.`,
  );
  return findYearRow(ctx.sql, id)!;
}

export const yearHandlers = {
  'years.list': (ctx) => listYearRows(ctx.sql).map((row) => toYearDto(ctx, row)),

  'years.get': (ctx, input) => toYearDto(ctx, requireYear(ctx, input.id)),

  'years.open': (ctx, input): YearDto => toYearDto(ctx, openYear(ctx, input.year, input.periodType)),

  'years.close': (ctx, input) => {
    const row = requireYear(ctx, input.id);
    assertVersion(row, input.version);
    if (row.status === 'CLOSED') throw conflict(`Tahun penilaian ${row.year} sudah ditutup.`);
    const blockers = closeBlockers(ctx, row.id);
    if (blockers.count > 0) {
      const more =
        blockers.count > blockers.names.length
          ? ` dan ${blockers.count - blockers.names.length} lainnya`
          : '';
      throw conflict(
        `Tahun penilaian ${row.year} belum dapat ditutup: ${blockers.count} SKP belum disetujui (${blockers.names.join(', ')}${more}). Selesaikan persetujuannya, atau hapus SKP dan batalkan revisi yang tidak dipakai.`,
      );
    }
    const unfinished = unfinishedPeriods(ctx.sql, row.id);
    if (unfinished.length > 0) {
      const labels = unfinished.map((p) => periodLabel(p.kind, p.number, row.year));
      throw conflict(
        `Tahun penilaian ${row.year} belum dapat ditutup: penilaian ${labels.join(', ')} belum difinalisasi. Finalisasi dulu di halaman Kurva Distribusi.`,
      );
    }
    const before = auditedYear(ctx, row.id);
    ctx.db
      .update(years)
      .set({
        status: 'CLOSED',
        closedAt: ctx.now().toISOString(),
        closedBy: callerName(ctx),
        closeNote: input.note,
        version: row.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(years.id, row.id))
      .run();
    recordChange(ctx, 'year', row.id, before, auditedYear(ctx, row.id), input.note || undefined);
    return toYearDto(ctx, requireYear(ctx, row.id));
  },

  'years.reopen': (ctx, input) => {
    const row = requireYear(ctx, input.id);
    assertVersion(row, input.version);
    if (row.status === 'OPEN') throw conflict(`Tahun penilaian ${row.year} tidak sedang ditutup.`);
    const before = auditedYear(ctx, row.id);
    ctx.db
      .update(years)
      .set({
        status: 'OPEN',
        closedAt: null,
        closedBy: null,
        closeNote: '',
        version: row.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(years.id, row.id))
      .run();
    recordChange(ctx, 'year', row.id, before, auditedYear(ctx, row.id), `Dibuka kembali: ${input.reason}`);
    return toYearDto(ctx, requireYear(ctx, row.id));
  },
} satisfies { [M in YearMethod]: Handler<M> };
