import { and, eq, sql } from 'drizzle-orm';
import type { CoreValueCode, SpecialExpectations } from '../../../shared/domain/behaviour';
import {
  defaultDirection,
  type Approach,
  type Aspect,
  type Direction,
  type Lampiran,
  type RhkGroup,
} from '../../../shared/domain/skp';
import type { Target } from '../../../shared/domain/skp-target';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { skpIki, skpRevisions, skpRhk } from '../db/schema';
import { conflict, fieldError, notFound } from '../errors';
import { parentContextOf, touch, type EditTarget } from './guard';
import { dependantsOf, describeDependants, requireParent } from './links';
import { findIki, findRhk, ikiOfRevision, rhkOfRevision, type IkiRow, type RhkRow } from './queries';

/** Edits of the plan held in an editable revision: RHK, IKI, lampiran, expectations, approach. */

export interface IkiData {
  aspect: Aspect | null;
  indicator: string;
  target: Target | null;
  unitOfMeasure: string;
  direction: Direction | null;
}

export interface RhkData {
  group: RhkGroup;
  text: string;
  parentRhkId: number | null;
  externalParentText: string;
  iki: IkiData[];
}

function requireOwnRhk(ctx: RequestContext, target: EditTarget, rhkId: number): RhkRow {
  const rhk = findRhk(ctx.sql, rhkId);
  if (!rhk || rhk.revisionId !== target.revision.id) throw notFound('RHK tidak ditemukan pada SKP ini.');
  return rhk;
}

function requireOwnIki(ctx: RequestContext, target: EditTarget, ikiId: number): IkiRow {
  const iki = findIki(ctx.sql, ikiId);
  if (!iki || iki.revisionId !== target.revision.id) throw notFound('IKI tidak ditemukan pada SKP ini.');
  return iki;
}

function nextRhkOrder(ctx: RequestContext, revisionId: number, group: RhkGroup): number {
  const row = ctx.sql.one<{ n: number | null }>(
    sql`SELECT max(sort_order) AS n FROM skp_rhk WHERE revision_id = ${revisionId} AND rhk_group = ${group}`,
  );
  return (row.n ?? 0) + 1;
}

function nextIkiOrder(ctx: RequestContext, rhkId: number): number {
  const row = ctx.sql.one<{ n: number | null }>(
    sql`SELECT max(sort_order) AS n FROM skp_iki WHERE rhk_id = ${rhkId}`,
  );
  return (row.n ?? 0) + 1;
}

function assertAspect(approach: Approach, aspect: Aspect | null): void {
  if (approach === 'KUALITATIF' && aspect !== null) {
    throw fieldError('aspect', 'SKP dengan pendekatan kualitatif tidak memakai aspek IKI.');
  }
}

function assertExternalParent(text: string, appraiserEmployeeId: number | null): void {
  if (text !== '' && appraiserEmployeeId !== null) {
    throw fieldError(
      'externalParentText',
      'Pegawai ini memiliki atasan di SIPKA: pilih RHK atasan yang diintervensi dari daftar.',
    );
  }
}

function storedRhk(ctx: RequestContext, id: number) {
  return ctx.db.select().from(skpRhk).where(eq(skpRhk.id, id)).get() ?? null;
}

function storedIki(ctx: RequestContext, id: number) {
  return ctx.db.select().from(skpIki).where(eq(skpIki.id, id)).get() ?? null;
}

function ikiColumns(data: IkiData) {
  return {
    aspect: data.aspect,
    indicator: data.indicator,
    targetLow: data.target?.low ?? null,
    targetHigh: data.target?.high ?? null,
    unitOfMeasure: data.unitOfMeasure,
    direction: data.direction ?? defaultDirection(data.aspect),
  };
}

/** Inserts an IKI; a new IKI starts its own lineage (its id). */
function insertIki(ctx: RequestContext, target: EditTarget, rhkId: number, data: IkiData): number {
  assertAspect(target.revision.approach, data.aspect);
  const { id } = ctx.db
    .insert(skpIki)
    .values({
      rhkId,
      revisionId: target.revision.id,
      lineageId: 0,
      sortOrder: nextIkiOrder(ctx, rhkId),
      ...ikiColumns(data),
    })
    .returning({ id: skpIki.id })
    .get();
  ctx.db.update(skpIki).set({ lineageId: id }).where(eq(skpIki.id, id)).run();
  recordChange(ctx, 'skp_iki', id, null, storedIki(ctx, id));
  return id;
}

export function createRhk(ctx: RequestContext, target: EditTarget, data: RhkData): number {
  const context = parentContextOf(ctx, target.skp);
  assertExternalParent(data.externalParentText, context.appraiserEmployeeId);
  const parent = data.parentRhkId === null ? null : requireParent(ctx.sql, data.parentRhkId, context);
  const { id } = ctx.db
    .insert(skpRhk)
    .values({
      revisionId: target.revision.id,
      lineageId: 0,
      rhkGroup: data.group,
      sortOrder: nextRhkOrder(ctx, target.revision.id, data.group),
      text: data.text,
      parentLineageId: parent?.lineageId ?? null,
      parentText: parent?.text ?? '',
      externalParentText: data.externalParentText,
    })
    .returning({ id: skpRhk.id })
    .get();
  ctx.db.update(skpRhk).set({ lineageId: id }).where(eq(skpRhk.id, id)).run();
  recordChange(ctx, 'skp_rhk', id, null, storedRhk(ctx, id));
  for (const iki of data.iki) insertIki(ctx, target, id, iki);
  touch(ctx, target.skp);
  return id;
}

export interface RhkPatch {
  group?: RhkGroup | undefined;
  text?: string | undefined;
  parentRhkId?: number | null | undefined;
  externalParentText?: string | undefined;
}

export function updateRhk(ctx: RequestContext, target: EditTarget, rhkId: number, patch: RhkPatch): void {
  const rhk = requireOwnRhk(ctx, target, rhkId);
  const before = storedRhk(ctx, rhk.id);
  const set: Partial<typeof skpRhk.$inferInsert> = {};
  if (patch.group !== undefined && patch.group !== rhk.group) {
    set.rhkGroup = patch.group;
    set.sortOrder = nextRhkOrder(ctx, target.revision.id, patch.group);
  }
  if (patch.text !== undefined) set.text = patch.text;
  if (patch.parentRhkId !== undefined || patch.externalParentText !== undefined) {
    const context = parentContextOf(ctx, target.skp);
    if (patch.externalParentText !== undefined) {
      assertExternalParent(patch.externalParentText, context.appraiserEmployeeId);
      set.externalParentText = patch.externalParentText;
    }
    if (patch.parentRhkId === null) {
      set.parentLineageId = null;
      set.parentText = '';
    } else if (patch.parentRhkId !== undefined) {
      const parent = requireParent(ctx.sql, patch.parentRhkId, context);
      set.parentLineageId = parent.lineageId;
      set.parentText = parent.text;
    }
  }
  if (Object.keys(set).length === 0) return;
  ctx.db.update(skpRhk).set(set).where(eq(skpRhk.id, rhk.id)).run();
  recordChange(ctx, 'skp_rhk', rhk.id, before, storedRhk(ctx, rhk.id));
  touch(ctx, target.skp);
}

/** Refuses (listing them) while bawahan RHK intervene this RHK. */
export function assertNoDependants(ctx: RequestContext, lineageIds: number[], what: string): void {
  const dependants = dependantsOf(ctx.sql, lineageIds);
  if (dependants.length > 0) {
    throw conflict(
      `${what} tidak dapat dihapus karena masih diintervensi oleh RHK bawahan: ${describeDependants(dependants)}. Ubah atau hapus RHK bawahan tersebut terlebih dahulu.`,
    );
  }
}

export function deleteRhk(ctx: RequestContext, target: EditTarget, rhkId: number): void {
  const rhk = requireOwnRhk(ctx, target, rhkId);
  assertNoDependants(ctx, [rhk.lineageId], `RHK "${rhk.text}"`);
  const before = storedRhk(ctx, rhk.id);
  const ikiCount = ctx.sql.one<{ n: number }>(
    sql`SELECT count(*) AS n FROM skp_iki WHERE rhk_id = ${rhk.id}`,
  ).n;
  ctx.db.delete(skpRhk).where(eq(skpRhk.id, rhk.id)).run();
  recordChange(ctx, 'skp_rhk', rhk.id, before, null, ikiCount > 0 ? `Beserta ${ikiCount} IKI.` : undefined);
  touch(ctx, target.skp);
}

function assertSameSet(given: number[], existing: number[], what: string): void {
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b).join(',');
  if (new Set(given).size !== given.length || sorted(given) !== sorted(existing)) {
    throw conflict(`Urutan ${what} tidak sesuai dengan isi SKP saat ini. Muat ulang lalu ulangi.`);
  }
}

export function reorderRhk(ctx: RequestContext, target: EditTarget, group: RhkGroup, rhkIds: number[]): void {
  const current = rhkOfRevision(ctx.sql, target.revision.id).filter((r) => r.group === group);
  assertSameSet(
    rhkIds,
    current.map((r) => r.id),
    'RHK',
  );
  rhkIds.forEach((id, index) => {
    ctx.db
      .update(skpRhk)
      .set({ sortOrder: index + 1 })
      .where(eq(skpRhk.id, id))
      .run();
  });
  recordChange(
    ctx,
    'skp_revision',
    target.revision.id,
    { [`urutan${group === 'UTAMA' ? 'Utama' : 'Tambahan'}`]: current.map((r) => r.id) },
    { [`urutan${group === 'UTAMA' ? 'Utama' : 'Tambahan'}`]: rhkIds },
  );
  touch(ctx, target.skp);
}

export function createIki(ctx: RequestContext, target: EditTarget, rhkId: number, data: IkiData): number {
  requireOwnRhk(ctx, target, rhkId);
  const id = insertIki(ctx, target, rhkId, data);
  touch(ctx, target.skp);
  return id;
}

export interface IkiPatch {
  aspect?: Aspect | null | undefined;
  indicator?: string | undefined;
  target?: Target | null | undefined;
  unitOfMeasure?: string | undefined;
  direction?: Direction | undefined;
}

export function updateIki(ctx: RequestContext, target: EditTarget, ikiId: number, patch: IkiPatch): void {
  const iki = requireOwnIki(ctx, target, ikiId);
  const before = storedIki(ctx, iki.id);
  const set: Partial<typeof skpIki.$inferInsert> = {};
  if (patch.aspect !== undefined) {
    assertAspect(target.revision.approach, patch.aspect);
    set.aspect = patch.aspect;
    if (patch.direction === undefined && patch.aspect !== iki.aspect)
      set.direction = defaultDirection(patch.aspect);
  }
  if (patch.direction !== undefined) set.direction = patch.direction;
  if (patch.indicator !== undefined) set.indicator = patch.indicator;
  if (patch.target !== undefined) {
    set.targetLow = patch.target?.low ?? null;
    set.targetHigh = patch.target?.high ?? null;
  }
  if (patch.unitOfMeasure !== undefined) set.unitOfMeasure = patch.unitOfMeasure;
  if (Object.keys(set).length === 0) return;
  ctx.db.update(skpIki).set(set).where(eq(skpIki.id, iki.id)).run();
  recordChange(ctx, 'skp_iki', iki.id, before, storedIki(ctx, iki.id));
  touch(ctx, target.skp);
}

export function deleteIki(ctx: RequestContext, target: EditTarget, ikiId: number): void {
  const iki = requireOwnIki(ctx, target, ikiId);
  const before = storedIki(ctx, iki.id);
  ctx.db.delete(skpIki).where(eq(skpIki.id, iki.id)).run();
  recordChange(ctx, 'skp_iki', iki.id, before, null);
  touch(ctx, target.skp);
}

export function reorderIki(ctx: RequestContext, target: EditTarget, rhkId: number, ikiIds: number[]): void {
  requireOwnRhk(ctx, target, rhkId);
  const current = ikiOfRevision(ctx.sql, target.revision.id).filter((i) => i.rhkId === rhkId);
  assertSameSet(
    ikiIds,
    current.map((i) => i.id),
    'IKI',
  );
  ikiIds.forEach((id, index) => {
    ctx.db
      .update(skpIki)
      .set({ sortOrder: index + 1 })
      .where(and(eq(skpIki.id, id), eq(skpIki.rhkId, rhkId)))
      .run();
  });
  recordChange(ctx, 'skp_rhk', rhkId, { urutanIki: current.map((i) => i.id) }, { urutanIki: ikiIds });
  touch(ctx, target.skp);
}

function updateRevision(
  ctx: RequestContext,
  target: EditTarget,
  set: Partial<typeof skpRevisions.$inferInsert>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  note?: string,
): void {
  ctx.db.update(skpRevisions).set(set).where(eq(skpRevisions.id, target.revision.id)).run();
  recordChange(ctx, 'skp_revision', target.revision.id, before, after, note);
  touch(ctx, target.skp);
}

export function setLampiran(ctx: RequestContext, target: EditTarget, lists: Partial<Lampiran>): void {
  const set: Partial<Lampiran> = {};
  const before: Partial<Lampiran> = {};
  for (const key of ['resources', 'accountability', 'consequences'] as const) {
    const list = lists[key];
    if (list === undefined) continue;
    set[key] = list;
    before[key] = target.revision[key];
  }
  updateRevision(ctx, target, set, before, set);
}

export function setExpectations(
  ctx: RequestContext,
  target: EditTarget,
  changes: Partial<Record<CoreValueCode, string>>,
): void {
  const next: SpecialExpectations = { ...target.revision.expectations };
  for (const [code, text] of Object.entries(changes) as [CoreValueCode, string | undefined][]) {
    if (text === undefined) continue;
    if (text === '') delete next[code];
    else next[code] = text;
  }
  updateRevision(
    ctx,
    target,
    { expectations: next },
    { expectations: target.revision.expectations },
    { expectations: next },
  );
}

/** Kualitatif has no aspects: switching to it clears the aspects of the revision's IKI. */
export function setApproach(ctx: RequestContext, target: EditTarget, approach: Approach): void {
  if (approach === target.revision.approach) return;
  let note: string | undefined;
  if (approach === 'KUALITATIF') {
    const cleared = ctx.db
      .update(skpIki)
      .set({ aspect: null })
      .where(and(eq(skpIki.revisionId, target.revision.id), sql`${skpIki.aspect} IS NOT NULL`))
      .run().changes;
    if (cleared > 0)
      note = `Aspek ${cleared} IKI dikosongkan karena pendekatan kualitatif tidak memakai aspek.`;
  }
  updateRevision(ctx, target, { approach }, { approach: target.revision.approach }, { approach }, note);
}
