import { sql } from 'drizzle-orm';
import type { RequestContext } from '../context';
import { assertPeriodWritable } from '../evaluation/lock';
import { AppError } from '../errors';
import { ikiOfRevision, rhkOfRevision, type IkiRow, type RevisionRow } from '../skp/queries';
import type { SheetTarget } from './sheet';

/** A sheet that may be written: it has a revision in force and no lock. */
export type WritableTarget = SheetTarget & { revision: RevisionRow };

/** Every write to realisasi, bukti dukung and umpan balik passes here first; the lock says why not. */
export function assertWritable(ctx: RequestContext, target: SheetTarget): asserts target is WritableTarget {
  if (target.lock) throw new AppError('LOCKED', target.lock.message);
  assertPeriodWritable(ctx.sql, target.period.id);
}

/** The indicator text an IKI lineage had in any revision, for a message about an IKI that is not in force. */
function lineageText(ctx: RequestContext, lineageId: number): string {
  const row = ctx.sql.get<{ indicator: string }>(
    sql`SELECT indicator FROM skp_iki WHERE lineage_id = ${lineageId} ORDER BY id DESC LIMIT 1`,
  );
  return row ? `"${row.indicator}"` : `#${lineageId}`;
}

export function ikiNotInForce(ctx: RequestContext, lineageId: number, revisionNumber: number): AppError {
  return new AppError(
    'VALIDATION',
    `IKI ${lineageText(ctx, lineageId)} tidak ada dalam SKP yang berlaku (revisi ${revisionNumber}). Muat ulang halaman lalu ulangi.`,
    { ikiLineageId: 'IKI tidak ada dalam SKP yang berlaku' },
  );
}

/** The IKI of the revision in force, by lineage. */
export function ikiInForce(ctx: RequestContext, target: WritableTarget): Map<number, IkiRow> {
  return new Map(ikiOfRevision(ctx.sql, target.revision.id).map((i) => [i.lineageId, i]));
}

export function requireIki(ctx: RequestContext, target: WritableTarget, lineageId: number): IkiRow {
  const iki = ikiInForce(ctx, target).get(lineageId);
  if (!iki) throw ikiNotInForce(ctx, lineageId, target.revision.number);
  return iki;
}

export function requireRhkLineage(ctx: RequestContext, target: WritableTarget, lineageId: number): string {
  const rhk = rhkOfRevision(ctx.sql, target.revision.id).find((r) => r.lineageId === lineageId);
  if (!rhk) {
    throw new AppError(
      'VALIDATION',
      `RHK ini tidak ada dalam SKP yang berlaku (revisi ${target.revision.number}). Muat ulang halaman lalu ulangi.`,
      { rhkLineageId: 'RHK tidak ada dalam SKP yang berlaku' },
    );
  }
  return rhk.text;
}
