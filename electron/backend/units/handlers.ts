import { eq, sql } from 'drizzle-orm';
import type { unitMethods, UnitDto } from '../../../shared/ipc/methods/units';
import { recordChange } from '../audit/trail';
import type { BackendContext } from '../context';
import { units } from '../db/schema';
import { conflict, fieldError, notFound } from '../errors';
import type { Handler } from '../handlers';
import { findUnit, listUnits, nextSortOrder, siblingNameTaken, subtreeIds } from './queries';

type UnitMethod = keyof typeof unitMethods;

function requireUnit(ctx: BackendContext, id: number): UnitDto {
  const unit = findUnit(ctx.sql, id);
  if (!unit) throw notFound('Unit kerja tidak ditemukan.');
  return unit;
}

function requireParent(ctx: BackendContext, parentId: number): UnitDto {
  const parent = findUnit(ctx.sql, parentId);
  if (!parent) throw fieldError('parentId', 'Unit induk tidak ditemukan.');
  return parent;
}

function assertNameFree(
  ctx: BackendContext,
  parentId: number | null,
  name: string,
  exceptId: number | null,
): void {
  if (siblingNameTaken(ctx.sql, parentId, name, exceptId)) {
    throw fieldError('name', `Sudah ada unit bernama "${name}" di bawah induk yang sama.`);
  }
}

function auditedUnit(unit: UnitDto) {
  return { name: unit.name, kind: unit.kind, parentId: unit.parentId, sortOrder: unit.sortOrder };
}

export const unitHandlers = {
  'units.list': (ctx) => listUnits(ctx.sql),

  'units.create': (ctx, input) => {
    if (input.parentId === null) {
      if (input.kind !== 'KECAMATAN') throw fieldError('parentId', 'Pilih unit induk.');
      const root = ctx.sql.one<{ n: number }>(sql`SELECT count(*) AS n FROM units WHERE parent_id IS NULL`);
      if (root.n > 0)
        throw fieldError('parentId', 'Sudah ada unit kecamatan sebagai puncak; pilih unit induk.');
    } else {
      requireParent(ctx, input.parentId);
    }
    assertNameFree(ctx, input.parentId, input.name, null);
    const inserted = ctx.db
      .insert(units)
      .values({
        name: input.name,
        kind: input.kind,
        parentId: input.parentId,
        sortOrder: nextSortOrder(ctx.sql, input.parentId),
      })
      .returning({ id: units.id })
      .get();
    const created = requireUnit(ctx, inserted.id);
    recordChange(ctx, 'unit', created.id, null, auditedUnit(created));
    return created;
  },

  'units.rename': (ctx, input) => {
    const unit = requireUnit(ctx, input.id);
    assertNameFree(ctx, unit.parentId, input.name, unit.id);
    ctx.db
      .update(units)
      .set({ name: input.name, updatedAt: ctx.now().toISOString() })
      .where(eq(units.id, unit.id))
      .run();
    const renamed = requireUnit(ctx, unit.id);
    recordChange(ctx, 'unit', unit.id, auditedUnit(unit), auditedUnit(renamed));
    return renamed;
  },

  'units.move': (ctx, input) => {
    const unit = requireUnit(ctx, input.id);
    if (unit.parentId === null) throw fieldError('parentId', 'Unit puncak (kecamatan) tidak bisa dipindah.');
    requireParent(ctx, input.parentId);
    if (subtreeIds(ctx.sql, unit.id).includes(input.parentId)) {
      throw fieldError('parentId', 'Unit tidak bisa dipindah ke dalam dirinya sendiri atau sub-unitnya.');
    }
    assertNameFree(ctx, input.parentId, unit.name, unit.id);
    ctx.db
      .update(units)
      .set({
        parentId: input.parentId,
        sortOrder: nextSortOrder(ctx.sql, input.parentId),
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(units.id, unit.id))
      .run();
    const moved = requireUnit(ctx, unit.id);
    recordChange(ctx, 'unit', unit.id, auditedUnit(unit), auditedUnit(moved));
    return moved;
  },

  'units.delete': (ctx, input) => {
    const unit = requireUnit(ctx, input.id);
    if (unit.childCount > 0 || unit.allEmployeeCount > 0) {
      const parts = [
        unit.childCount > 0 ? `${unit.childCount} sub-unit` : '',
        unit.allEmployeeCount > 0 ? `${unit.allEmployeeCount} pegawai (termasuk yang tidak aktif)` : '',
      ].filter(Boolean);
      throw conflict(
        `Unit "${unit.name}" masih memiliki ${parts.join(' dan ')}. Kosongkan dulu sebelum menghapus.`,
      );
    }
    ctx.db.delete(units).where(eq(units.id, unit.id)).run();
    recordChange(ctx, 'unit', unit.id, auditedUnit(unit), null);
    return { id: unit.id };
  },
} satisfies { [M in UnitMethod]: Handler<M> };
