import { z } from 'zod';
import { CORE_VALUE_CODES, SPECIAL_EXPECTATION_MAX, type CoreValueCode } from '../../domain/behaviour';
import { isValidIsoDate } from '../../domain/dates';
import type { PositionType } from '../../domain/positions';
import { HR_ROLES } from '../../domain/roles';
import {
  APPROACHES,
  ASPECTS,
  DEFAULT_APPROACH,
  DIRECTIONS,
  LIMITS,
  NO_SKP,
  RHK_GROUPS,
  SKP_STATUSES,
  type Approach,
  type Aspect,
  type Direction,
  type Lampiran,
  type RhkGroup,
  type SkpIssue,
  type SkpStatus,
} from '../../domain/skp';
import { parseTarget, type Target } from '../../domain/skp-target';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import type { PersonRef } from './employees';
import { id, optionalText, requiredText } from './fields';
import type { SkpStatusCounts, YearRef } from './years';

// ---------------------------------------------------------------------------------------------------------
// DTOs

/**
 * A person as the SKP records them: taken from the employee register when the revision is drafted, frozen
 * when it is submitted, so a later change to the register never rewrites a signed document.
 */
export interface PersonSnapshot {
  employeeId: number;
  /** Name with gelar: "Drs. Hendro Wicaksono, M.Si.". */
  fullName: string;
  nip: string;
  /** "Pembina Tingkat I (IV/b)"; PPPK "IX"; empty when unknown. */
  pangkatGolongan: string;
  positionName: string;
  unitName: string;
  /**
   * Jenis jabatan when the snapshot was taken (it picks the form's title line). Absent in snapshots taken before
   * SIPKA recorded it; the documents then read the register.
   */
  positionType?: PositionType;
}

export interface SkpRevisionInfo {
  id: number;
  /** 1 for the first plan; each revision after approval adds one. */
  number: number;
  status: SkpStatus;
  /** Why this revision was made (empty for the first). */
  reason: string;
  createdAt: string;
  createdBy: string;
  submittedAt: string | null;
  submittedBy: string | null;
  /** When the pejabat penilai approved or returned it. */
  decidedAt: string | null;
  decidedBy: string | null;
  /** The pejabat penilai an ADMIN recorded the decision for ("atas nama"), or null. */
  decidedOnBehalfOf: string | null;
  /** The reason given when returned, or the note recorded with an approval. */
  decisionNote: string;
  /** The approved revision that is in force (the latest approved one). */
  inForce: boolean;
}

export interface IkiDto {
  id: number;
  /** Stays the same across revisions of the SKP (realisasi will hang on it). */
  lineageId: number;
  order: number;
  /** Null in the kualitatif approach. */
  aspect: Aspect | null;
  indicator: string;
  target: Target | null;
  /** "80 – 90", "1.000", or empty when there is no target. */
  targetText: string;
  unitOfMeasure: string;
  direction: Direction;
}

/** The atasan's RHK that an RHK intervenes, as it stands in the revision of the atasan's SKP in force. */
export interface RhkParentRef {
  rhkId: number;
  lineageId: number;
  skpId: number;
  employeeId: number;
  employeeName: string;
  positionName: string;
  group: RhkGroup;
  text: string;
  /** False when the link points into an SKP that is not the current pejabat penilai's of this year. */
  ofCurrentAppraiser: boolean;
}

/** A bawahan RHK that intervenes an RHK (in the bawahan SKP's revision in force, or its draft if none). */
export interface RhkSupporter {
  rhkId: number;
  skpId: number;
  employeeId: number;
  employeeName: string;
  positionName: string;
  group: RhkGroup;
  text: string;
  status: SkpStatus;
}

export interface RhkDto {
  id: number;
  /** Stays the same across revisions: links from bawahan RHK name this, so they survive a revision. */
  lineageId: number;
  group: RhkGroup;
  order: number;
  text: string;
  parent: RhkParentRef | null;
  /** "RHK atasan di luar SIPKA": only for a pegawai whose atasan is not in SIPKA (the camat). */
  externalParentText: string;
  iki: IkiDto[];
  supporters: RhkSupporter[];
}

export interface BehaviourRow {
  code: CoreValueCode;
  name: string;
  meaning: string;
  guides: readonly string[];
  specialExpectation: string;
}

/** Why the shown revision cannot be edited, with the way forward in the message; null when it can be. */
export interface SkpLock {
  reason: 'SUBMITTED' | 'APPROVED' | 'YEAR_CLOSED' | 'OLD_REVISION';
  message: string;
}

/** What the caller may do now (the backend checks again on every call; these only drive the buttons). */
export interface SkpCapabilities {
  edit: boolean;
  setDates: boolean;
  submit: boolean;
  withdraw: boolean;
  approve: boolean;
  return: boolean;
  /** True for an ADMIN who is not the pejabat penilai: approve/return need a note and are "atas nama". */
  decideOnBehalf: boolean;
  setExpectations: boolean;
  revise: boolean;
  discardRevision: boolean;
  delete: boolean;
}

export interface SkpSummaryRef {
  id: number;
  employeeId: number;
  startDate: string;
  endDate: string;
  status: SkpStatus;
  revisionNumber: number;
  inForceRevision: number | null;
}

/** Everything the SKP page needs, in one call. */
export interface SkpDetail {
  id: number;
  /** Optimistic concurrency: every write sends the version it saw and gets the new one back. */
  version: number;
  year: YearRef;
  employeeId: number;
  startDate: string;
  endDate: string;
  /** "1 Januari s.d. 31 Desember 2026". */
  rangeLabel: string;
  approach: Approach;
  /** Status of the revision shown. */
  status: SkpStatus;
  revision: SkpRevisionInfo;
  /** Every revision, oldest first. */
  revisions: SkpRevisionInfo[];
  /** Number of the revision in force (latest approved), or null before the first approval. */
  inForceRevision: number | null;
  latestRevision: number;
  employee: PersonSnapshot;
  /** Pejabat penilai kinerja; null when the pegawai has no atasan in SIPKA. */
  appraiser: PersonSnapshot | null;
  /** Atasan pejabat penilai kinerja. */
  appraiserSupervisor: PersonSnapshot | null;
  officeName: string;
  instansiName: string;
  /** False while the revision is editable: the identity above is then read live from the register. */
  identityFrozen: boolean;
  /** The pejabat penilai's SKP of the same year, whose RHK the Utama RHK intervene. */
  appraiserSkp: SkpSummaryRef | null;
  /** Utama first, then Tambahan, each in order. */
  rhk: RhkDto[];
  /** The 7 BerAKHLAK values in order, with the ekspektasi khusus pimpinan. */
  behaviour: BehaviourRow[];
  lampiran: Lampiran;
  /** Warnings and what blocks submission (`blocksSubmit`). */
  issues: SkpIssue[];
  lock: SkpLock | null;
  can: SkpCapabilities;
  updatedAt: string;
}

export interface SkpListRow {
  /** Null on a "belum ada SKP" row. */
  skpId: number | null;
  employeeId: number;
  fullName: string;
  nip: string;
  /** Jabatan and unit as the SKP records them (the register's for a "belum ada SKP" row). */
  positionName: string;
  unitId: number;
  unitName: string;
  startDate: string | null;
  endDate: string | null;
  approach: Approach | null;
  status: SkpStatus | typeof NO_SKP;
  revisionNumber: number | null;
  inForceRevision: number | null;
  appraiserEmployeeId: number | null;
  appraiserName: string | null;
  utamaCount: number;
  tambahanCount: number;
  submittedAt: string | null;
  updatedAt: string | null;
}

export interface SkpListPage {
  rows: SkpListRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Over the same filters except status: the progress chips. */
  counts: SkpStatusCounts;
}

export interface SkpMine {
  employee: PersonRef | null;
  skps: SkpListRow[];
  /** Whether the caller may start an SKP for themself in this year (open year, no SKP over the whole year). */
  canCreate: boolean;
}

export interface ParentOption {
  rhkId: number;
  lineageId: number;
  group: RhkGroup;
  order: number;
  text: string;
  iki: IkiDto[];
  supporterCount: number;
}

export interface SkpParentOptions {
  appraiser: PersonSnapshot | null;
  appraiserSkp: SkpSummaryRef | null;
  /** When there is nothing to pick: why, and what to do. */
  message: string | null;
  /** True for a pegawai with no atasan in SIPKA: the editor shows "RHK atasan di luar SIPKA" instead. */
  externalParent: boolean;
  options: ParentOption[];
}

export interface MatrixColumn {
  rhkId: number;
  lineageId: number;
  group: RhkGroup;
  order: number;
  text: string;
  iki: IkiDto[];
  supporterCount: number;
  /** An Utama RHK that no bawahan RHK intervenes. */
  unsupported: boolean;
}

export interface MatrixRhk {
  rhkId: number;
  lineageId: number;
  group: RhkGroup;
  text: string;
}

export type MatrixFlag = 'NO_SKP' | 'NO_UTAMA';

export interface MatrixRow {
  employeeId: number;
  fullName: string;
  nip: string;
  positionName: string;
  unitName: string;
  skp: SkpSummaryRef | null;
  /** Aligned with `columns`: the bawahan RHK that intervene each column. */
  cells: MatrixRhk[][];
  /** Their RHK that intervene none of the columns (Tambahan, or a link to another SKP). */
  other: MatrixRhk[];
  flags: MatrixFlag[];
}

/** Matriks Pembagian Peran dan Hasil of one atasan (domain-research §1.3). */
export interface SkpMatrix {
  year: YearRef;
  appraiser: PersonRef & { unitName: string };
  /** The atasan's SKP whose RHK are the columns (the one given, or the latest of the year). */
  appraiserSkp: SkpSummaryRef | null;
  /** All the atasan's SKP of the year (more than one after a mid-year move). */
  appraiserSkps: SkpSummaryRef[];
  columns: MatrixColumn[];
  rows: MatrixRow[];
  summary: { bawahan: number; withoutSkp: number; withoutUtama: number; unsupportedColumns: number };
}

export interface SkpTreeNode {
  skp: SkpSummaryRef;
  fullName: string;
  positionName: string;
  unitName: string;
  rhk: (MatrixRhk & { parentLineageId: number | null })[];
  children: SkpTreeNode[];
}

export interface SkpTree {
  year: YearRef;
  roots: SkpTreeNode[];
  skpCount: number;
}

export interface CopyOutcome {
  fromSkpId: number;
  fromYear: number;
  rhk: number;
  iki: number;
  /** Utama RHK whose atasan RHK could not be found again by text in the new year (left empty). */
  unlinked: number;
}

export interface SkpCopyResult {
  skp: SkpDetail;
  copied: CopyOutcome;
}

export interface CopyForwardResult {
  created: number;
  /** Employees passed over: already with an SKP in the target year, or no longer active. */
  skipped: { alreadyHasSkp: number; inactive: number };
  unlinked: number;
  /** Employees still to copy (call again to continue: each call resumes where the last stopped). */
  remaining: number;
  done: boolean;
  batches: number;
  durationMs: number;
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

const version = z.number({ error: 'Versi tidak valid' }).int().positive();

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isValidIsoDate(v), `${label} bukan tanggal yang valid`);

/** Typed text parsed as an Indonesian number or range; empty means "no target yet". */
export const targetText = z
  .string({ error: 'Target harus berupa teks' })
  .trim()
  .max(60, 'Target paling banyak 60 karakter')
  .transform((text, ctx): Target | null => {
    if (text === '') return null;
    const parsed = parseTarget(text);
    if (parsed.ok) return parsed.target;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

const aspect = z.enum(ASPECTS, { error: 'Pilih aspek' }).nullable();
const indicator = requiredText('Indikator', LIMITS.indicator);
/** Optional text without a default: left out of a partial update, it means "unchanged". */
function text(label: string, max: number) {
  return z.string().trim().max(max, `${label} paling banyak ${max} karakter`);
}

const unitOfMeasure = text('Satuan', LIMITS.unitOfMeasure);
const direction = z.enum(DIRECTIONS, { error: 'Pilih arah target' });
const rhkText = requiredText('Rencana hasil kerja', LIMITS.rhkText);
const group = z.enum(RHK_GROUPS, { error: 'Pilih kelompok RHK' });
const externalParentText = text('RHK atasan di luar SIPKA', LIMITS.externalParentText);
const reason = requiredText('Alasan', LIMITS.reason);

export const ikiInput = z.object({
  aspect: aspect.default(null),
  indicator,
  target: targetText.prefault(''),
  unitOfMeasure: unitOfMeasure.default(''),
  /** Null: by aspect (waktu and biaya lower-is-better). */
  direction: direction.nullable().default(null),
});
export type IkiInput = z.input<typeof ikiInput>;

const lampiranList = (label: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .max(LIMITS.lampiranItem, `Satu butir ${label} paling banyak ${LIMITS.lampiranItem} karakter`),
    )
    .max(LIMITS.lampiranItems, `${label} paling banyak ${LIMITS.lampiranItems} butir`)
    .transform((items) => items.filter((item) => item !== ''));

const expectation = z
  .string()
  .trim()
  .max(SPECIAL_EXPECTATION_MAX, `Ekspektasi paling banyak ${SPECIAL_EXPECTATION_MAX} karakter`);

export const SKP_SORTS = ['name', 'unit', 'status', 'updatedAt'] as const;

export const skpListInput = z.object({
  yearId: id,
  unitId: id.nullable().default(null),
  includeSubunits: z.boolean().default(true),
  status: z
    .enum([...SKP_STATUSES, NO_SKP])
    .nullable()
    .default(null),
  approach: z.enum(APPROACHES).nullable().default(null),
  query: z.string().trim().max(100, 'Kata kunci terlalu panjang').default(''),
  sort: z.enum(SKP_SORTS).default('name'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});
export type SkpListInput = z.input<typeof skpListInput>;

const skpRef = z.object({ skpId: id, version });

// ---------------------------------------------------------------------------------------------------------
// Access

type WithSkp = { skpId: number };
const bySkp = (input: WithSkp) => input.skpId;
/** HR staff, or the pegawai themself (edits and submission of their own SKP). */
const hrOrSelf = roles<WithSkp>(HR_ROLES, { relation: 'self', skpOf: bySkp });
/** HR staff, or anyone at or above the pegawai in the atasan chain (read-only). */
const hrOrViewer = roles<WithSkp>(HR_ROLES, { relation: 'viewer', skpOf: bySkp });
/** HR staff, or the pejabat penilai (atasan langsung). */
const hrOrAppraiser = roles<WithSkp>(HR_ROLES, { relation: 'appraiser', skpOf: bySkp });
/** The pejabat penilai, or an ADMIN recording the decision on their behalf ("atas nama"). */
const adminOrAppraiser = roles<WithSkp>(['ADMIN'], { relation: 'appraiser', skpOf: bySkp });

const write = 'write' as const;
const detail = returns<SkpDetail>();

export const skpMethods = {
  'skp.list': method({ input: skpListInput, output: returns<SkpListPage>(), access: signedIn }),
  /** SKP waiting for the caller's decision as pejabat penilai. */
  'skp.queue': method({
    input: z.object({ yearId: id.nullable().default(null) }),
    output: returns<SkpListRow[]>(),
    access: signedIn,
  }),
  'skp.mine': method({ input: z.object({ yearId: id }), output: returns<SkpMine>(), access: signedIn }),
  /** One SKP; `revision` picks an earlier revision to read (default: the latest). */
  'skp.get': method({
    input: z.object({ skpId: id, revision: z.number().int().positive().nullable().default(null) }),
    output: detail,
    access: hrOrViewer,
  }),
  'skp.parentOptions': method({
    input: z.object({ skpId: id }),
    output: returns<SkpParentOptions>(),
    access: hrOrViewer,
  }),
  'skp.matrix': method({
    input: z.object({ yearId: id, appraiserEmployeeId: id, appraiserSkpId: id.nullable().default(null) }),
    output: returns<SkpMatrix>(),
    access: roles(HR_ROLES, {
      relation: 'viewer',
      employeeOf: (input: { appraiserEmployeeId: number }) => input.appraiserEmployeeId,
    }),
  }),
  /** The cascade from the top (or from `rootSkpId`) down; a pegawai sees their own subtree. */
  'skp.tree': method({
    input: z.object({ yearId: id, rootSkpId: id.nullable().default(null) }),
    output: returns<SkpTree>(),
    access: signedIn,
  }),

  /** Dates default to the whole year; ranges of one pegawai in one year must not overlap. */
  'skp.create': method({
    input: z.object({
      employeeId: id,
      yearId: id,
      startDate: optionalDate('Tanggal mulai'),
      endDate: optionalDate('Tanggal selesai'),
      approach: z.enum(APPROACHES).default(DEFAULT_APPROACH),
    }),
    output: detail,
    access: roles(HR_ROLES, {
      relation: 'self',
      employeeOf: (input: { employeeId: number }) => input.employeeId,
    }),
    effect: write,
  }),
  'skp.setApproach': method({
    input: skpRef.extend({ approach: z.enum(APPROACHES, { error: 'Pilih pendekatan' }) }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /**
   * The part of the year the SKP covers (the pegawai's time in the position). HR staff may also shorten or move
   * it on an approved SKP (a mutasi is an administrative fact, not a change of the agreed plan), with a reason.
   */
  'skp.setDates': method({
    input: skpRef.extend({
      startDate: optionalDate('Tanggal mulai').refine((v) => v !== '', 'Tanggal mulai wajib diisi'),
      endDate: optionalDate('Tanggal selesai').refine((v) => v !== '', 'Tanggal selesai wajib diisi'),
      reason: optionalText('Alasan', LIMITS.reason),
    }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Only an SKP never approved; refused while bawahan RHK intervene its RHK. */
  'skp.delete': method({ input: skpRef, output: returns<{ id: number }>(), access: hrOrSelf, effect: write }),

  'skp.rhk.create': method({
    input: skpRef.extend({
      group,
      text: rhkText,
      parentRhkId: id.nullable().default(null),
      externalParentText: externalParentText.default(''),
      iki: z.array(ikiInput).max(10, 'Paling banyak 10 IKI sekaligus').default([]),
    }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Changes only the fields given. Moving to another group puts the RHK last in that group. */
  'skp.rhk.update': method({
    input: skpRef.extend({
      rhkId: id,
      group: group.optional(),
      text: rhkText.optional(),
      parentRhkId: id.nullable().optional(),
      externalParentText: externalParentText.optional(),
    }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Deletes the RHK and its IKI; refused while bawahan RHK intervene it (the message lists them). */
  'skp.rhk.delete': method({
    input: skpRef.extend({ rhkId: id }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** The complete new order of one group's RHK. */
  'skp.rhk.reorder': method({
    input: skpRef.extend({ group, rhkIds: z.array(id).min(1).max(100) }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  'skp.iki.create': method({
    input: skpRef.extend({ rhkId: id, ...ikiInput.shape }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Changes only the fields given; a new aspect without a direction takes that aspect's default direction. */
  'skp.iki.update': method({
    input: skpRef.extend({
      ikiId: id,
      aspect: aspect.optional(),
      indicator: indicator.optional(),
      target: targetText.optional(),
      unitOfMeasure: unitOfMeasure.optional(),
      direction: direction.optional(),
    }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  'skp.iki.delete': method({
    input: skpRef.extend({ ikiId: id }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  'skp.iki.reorder': method({
    input: skpRef.extend({ rhkId: id, ikiIds: z.array(id).min(1).max(50) }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Replaces the lists given (each an ordered list of sentences; empty lines are dropped). */
  'skp.setLampiran': method({
    input: skpRef.extend({
      resources: lampiranList('dukungan sumber daya').optional(),
      accountability: lampiranList('skema pertanggungjawaban').optional(),
      consequences: lampiranList('konsekuensi').optional(),
    }),
    output: detail,
    access: hrOrSelf,
    effect: write,
  }),
  /** Ekspektasi khusus pimpinan for the values given (empty text clears one); by the pejabat penilai or HR. */
  'skp.setExpectations': method({
    input: skpRef.extend({ expectations: z.partialRecord(z.enum(CORE_VALUE_CODES), expectation) }),
    output: detail,
    access: hrOrAppraiser,
    effect: write,
  }),

  'skp.submit': method({ input: skpRef, output: detail, access: hrOrSelf, effect: write }),
  /** Takes a submitted SKP back to draft before the pejabat penilai decides. */
  'skp.withdraw': method({ input: skpRef, output: detail, access: hrOrSelf, effect: write }),
  /** By the pejabat penilai; an ADMIN who is not must give a note and is recorded "atas nama" the penilai. */
  'skp.approve': method({
    input: skpRef.extend({ note: optionalText('Catatan', LIMITS.reason) }),
    output: detail,
    access: adminOrAppraiser,
    effect: write,
  }),
  'skp.return': method({
    input: skpRef.extend({ reason }),
    output: detail,
    access: adminOrAppraiser,
    effect: write,
  }),
  /** A new draft revision of an approved SKP (copy of the one in force), which goes through approval again. */
  'skp.revise': method({ input: skpRef.extend({ reason }), output: detail, access: hrOrSelf, effect: write }),
  /** Drops a revision that is not approved yet; the revision in force stays. */
  'skp.discardRevision': method({ input: skpRef, output: detail, access: hrOrSelf, effect: write }),

  /** Starts the pegawai's SKP in `yearId` from their SKP of the previous year (not the expectations). */
  'skp.copyFromPreviousYear': method({
    input: z.object({ employeeId: id, yearId: id }),
    output: returns<SkpCopyResult>(),
    access: roles(HR_ROLES, {
      relation: 'self',
      employeeOf: (input: { employeeId: number }) => input.employeeId,
    }),
    effect: write,
  }),
  /**
   * Copies every active pegawai's SKP from one year to the next, atasan before bawahan, in one transaction per
   * batch. `maxBatches` lets a page call it repeatedly and show progress; each call resumes where the last stopped.
   */
  'skp.copyForwardAll': method({
    input: z.object({
      fromYearId: id,
      toYearId: id,
      batchSize: z.number().int().min(10).max(5000).default(500),
      maxBatches: z.number().int().positive().nullable().default(null),
    }),
    output: returns<CopyForwardResult>(),
    access: roles(HR_ROLES),
    effect: 'own',
  }),
  /** From the matrix: gives a bawahan starting Utama RHK intervening the atasan's RHK (creates their SKP if needed). */
  'skp.handDown': method({
    input: z.object({
      appraiserSkpId: id,
      employeeId: id,
      rhk: z
        .array(z.object({ parentRhkId: id, text: rhkText }))
        .min(1, 'Pilih paling sedikit satu RHK')
        .max(30),
    }),
    output: detail,
    access: roles(HR_ROLES, {
      relation: 'appraiser',
      employeeOf: (input: { employeeId: number }) => input.employeeId,
    }),
    effect: write,
  }),
};
