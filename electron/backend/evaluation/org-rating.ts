import { eq, sql } from 'drizzle-orm';
import { todayIso } from '../../../shared/domain/dates';
import { ORG_RATING_LABELS } from '../../../shared/domain/predikat';
import type { OrgRatingDto } from '../../../shared/ipc/methods/evaluation';
import { recordChange, SYSTEM_USERNAME } from '../audit/trail';
import type { RequestContext } from '../context';
import { orgRatings } from '../db/schema';
import type { SqlRunner } from '../db/sql-runner';
import { conflict, fieldError, notFound, validationError } from '../errors';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { assertPeriodWritable, topUnitId } from './lock';
import { requirePeriod, toPeriodDto } from './period';

const orgColumns = sql`o.period_id AS periodId, o.unit_id AS unitId, o.rating, o.source_number AS sourceNumber,
  o.source_date AS sourceDate, o.note, o.recorded_by AS recordedBy, o.recorded_at AS recordedAt, o.version`;

export function findOrgRating(q: SqlRunner, periodId: number, unitId: number): OrgRatingDto | undefined {
  return q.get<OrgRatingDto>(
    sql`SELECT ${orgColumns} FROM org_ratings o WHERE o.period_id = ${periodId} AND o.unit_id = ${unitId}`,
  );
}

/**
 * The org rating that governs a unit's kurva: the unit's own, else the nearest unit above it that has one
 * (normally the kecamatan's).
 */
export function effectiveOrgRating(q: SqlRunner, periodId: number, unitId: number): OrgRatingDto | null {
  return (
    q.get<OrgRatingDto>(
      sql`WITH RECURSIVE up(id, depth) AS (SELECT ${unitId}, 0
            UNION ALL SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)
          SELECT ${orgColumns} FROM up JOIN org_ratings o ON o.unit_id = up.id AND o.period_id = ${periodId}
          ORDER BY up.depth LIMIT 1`,
    ) ?? null
  );
}

/** The unit an org rating or kurva is about: the one named, or the kecamatan. */
export function unitOrTop(q: SqlRunner, unitId: number | null): number {
  if (unitId !== null) {
    if (!q.get(sql`SELECT 1 FROM units WHERE id = ${unitId}`)) throw notFound('Unit kerja tidak ditemukan.');
    return unitId;
  }
  const top = topUnitId(q);
  if (top === undefined)
    throw validationError('Belum ada unit kerja: isi dulu susunan unit kerja kecamatan.');
  return top;
}

export function getOrgRating(ctx: RequestContext, input: ParsedInput<'orgRating.get'>): OrgRatingDto | null {
  requirePeriod(ctx.sql, input.periodId);
  return findOrgRating(ctx.sql, input.periodId, unitOrTop(ctx.sql, input.unitId)) ?? null;
}

function stored(ctx: RequestContext, periodId: number, unitId: number) {
  const row = findOrgRating(ctx.sql, periodId, unitId);
  if (!row) return null;
  const { recordedAt, version, ...audited } = row;
  void recordedAt;
  void version;
  return audited;
}

export function setOrgRating(ctx: RequestContext, input: ParsedInput<'orgRating.set'>): OrgRatingDto {
  const period = requirePeriod(ctx.sql, input.periodId);
  const unitId = unitOrTop(ctx.sql, input.unitId);
  assertPeriodWritable(ctx.sql, period.id);
  const current = findOrgRating(ctx.sql, period.id, unitId);
  if ((current?.version ?? 0) !== input.version) {
    throw conflict(
      'Capaian kinerja organisasi periode ini telah diubah oleh pengguna lain sejak dibuka. Muat ulang lalu ulangi perubahan.',
    );
  }
  if (input.sourceDate > todayIso(ctx.now())) {
    throw fieldError('sourceDate', 'Tanggal penetapan tidak boleh melewati hari ini.');
  }
  const values = {
    rating: input.rating,
    sourceNumber: input.sourceNumber,
    sourceDate: input.sourceDate,
    note: input.note,
    recordedBy: ctx.caller?.displayName ?? SYSTEM_USERNAME,
    recordedAt: ctx.now().toISOString(),
  };
  const before = stored(ctx, period.id, unitId);
  if (current) {
    ctx.db
      .update(orgRatings)
      .set({ ...values, version: current.version + 1 })
      .where(eq(orgRatings.id, orgRatingId(ctx.sql, period.id, unitId)))
      .run();
  } else {
    ctx.db
      .insert(orgRatings)
      .values({ periodId: period.id, unitId, ...values })
      .run();
  }
  recordChange(
    ctx,
    'org_rating',
    orgRatingId(ctx.sql, period.id, unitId),
    before,
    stored(ctx, period.id, unitId),
    `Capaian kinerja organisasi ${toPeriodDto(period).label}: ${ORG_RATING_LABELS[input.rating]} (${input.sourceNumber}).`,
  );
  return findOrgRating(ctx.sql, period.id, unitId)!;
}

function orgRatingId(q: SqlRunner, periodId: number, unitId: number): number {
  return q.one<{ id: number }>(
    sql`SELECT id FROM org_ratings WHERE period_id = ${periodId} AND unit_id = ${unitId}`,
  ).id;
}
