import { eq } from 'drizzle-orm';
import { formatIdNumber } from '../../../shared/domain/skp-target';
import type { RequestContext } from '../context';
import { realisasi } from '../db/schema';
import { recordChange } from '../audit/trail';
import { AppError } from '../errors';
import type { Attribution } from './attribution';
import { ikiInForce, ikiNotInForce, type WritableTarget } from './guard';
import { realisasiOf, type RealisasiRecord } from './queries';

export interface EntryChange {
  ikiLineageId: number;
  value: number | null;
  /** Undefined keeps the note as it is. */
  note?: string | undefined;
}

/** What the audit trail keeps of an entry: enough to read it without the SKP at hand. */
function audited(target: WritableTarget, indicator: string, row: Omit<RealisasiRecord, 'id' | 'version'>) {
  return {
    skpId: target.skp.id,
    periodId: target.period.id,
    ikiLineageId: row.ikiLineageId,
    indicator,
    value: row.value,
    note: row.note,
    enteredBy: row.enteredBy,
    enteredAs: row.enteredAs,
  };
}

/**
 * Upserts a batch of realisasi against the revision in force, all or nothing: an IKI that is not in force, or
 * named twice, refuses the whole batch before anything is written. Decision: an entry whose value and note are
 * both empty is deleted (an empty cell is no entry), one with only a note stays. An entry that changes nothing
 * is left alone (no version bump, no audit entry).
 */
export function applyEntries(
  ctx: RequestContext,
  target: WritableTarget,
  entries: readonly EntryChange[],
  by: Attribution,
): number {
  const iki = ikiInForce(ctx, target);
  const seen = new Set<number>();
  for (const entry of entries) {
    if (!iki.has(entry.ikiLineageId)) throw ikiNotInForce(ctx, entry.ikiLineageId, target.revision.number);
    if (seen.has(entry.ikiLineageId)) {
      throw new AppError(
        'VALIDATION',
        `IKI "${iki.get(entry.ikiLineageId)!.indicator}" disebut lebih dari sekali dalam satu penyimpanan.`,
      );
    }
    seen.add(entry.ikiLineageId);
  }

  const existing = new Map(
    realisasiOf(ctx.sql, target.skp.id, target.period.id).map((r) => [r.ikiLineageId, r]),
  );
  const now = by.at ?? ctx.now().toISOString();
  const label = target.period.label;
  let changed = 0;
  for (const entry of entries) {
    const indicator = iki.get(entry.ikiLineageId)!.indicator;
    const before = existing.get(entry.ikiLineageId);
    const note = entry.note ?? before?.note ?? '';
    const shown = entry.value === null ? 'kosong' : formatIdNumber(entry.value);
    if (entry.value === null && note === '') {
      if (!before) continue;
      ctx.db.delete(realisasi).where(eq(realisasi.id, before.id)).run();
      recordChange(
        ctx,
        'realisasi',
        before.id,
        audited(target, indicator, before),
        null,
        `Realisasi "${indicator}" ${label} dihapus.`,
      );
      changed += 1;
      continue;
    }
    if (before && before.value === entry.value && before.note === note) continue;
    const values = {
      skpId: target.skp.id,
      periodId: target.period.id,
      ikiLineageId: entry.ikiLineageId,
      value: entry.value,
      note,
      enteredByUserId: by.userId,
      enteredBy: by.name,
      enteredAs: by.as,
      enteredAt: now,
    };
    if (before) {
      ctx.db
        .update(realisasi)
        .set({ ...values, version: before.version + 1 })
        .where(eq(realisasi.id, before.id))
        .run();
      recordChange(
        ctx,
        'realisasi',
        before.id,
        audited(target, indicator, before),
        audited(target, indicator, values),
        `Realisasi "${indicator}" ${label}: ${shown}.`,
      );
    } else {
      const { id } = ctx.db.insert(realisasi).values(values).returning({ id: realisasi.id }).get();
      recordChange(
        ctx,
        'realisasi',
        id,
        null,
        audited(target, indicator, values),
        `Realisasi "${indicator}" ${label}: ${shown}.`,
      );
    }
    changed += 1;
  }
  return changed;
}
