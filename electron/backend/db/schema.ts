import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { SpecialExpectations } from '../../../shared/domain/behaviour';
import type { PersonSnapshot } from '../../../shared/ipc/methods/skp';

const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: timestamps.updatedAt,
});

export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);

export const employees = sqliteTable(
  'employees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nip: text('nip').notNull().unique(),
    name: text('name').notNull(),
    frontTitle: text('front_title').notNull().default(''),
    backTitle: text('back_title').notNull().default(''),
    /** Lower-case, diacritics removed: SQLite's LIKE only folds ASCII. */
    searchName: text('search_name').notNull(),
    gender: text('gender').notNull(),
    birthPlace: text('birth_place').notNull().default(''),
    birthDate: text('birth_date').notNull(),
    status: text('status').notNull(),
    golongan: text('golongan'),
    positionName: text('position_name').notNull(),
    positionType: text('position_type').notNull(),
    functionalLevel: text('functional_level'),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    supervisorId: integer('supervisor_id').references((): AnySQLiteColumn => employees.id, {
      onDelete: 'restrict',
    }),
    tmtJabatan: text('tmt_jabatan'),
    activity: text('activity').notNull().default('AKTIF'),
    inactiveSince: text('inactive_since'),
    inactiveNote: text('inactive_note').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('employees_search_name_idx').on(t.searchName),
    index('employees_unit_name_idx').on(t.unitId, t.searchName),
    index('employees_supervisor_idx').on(t.supervisorId),
    index('employees_activity_name_idx').on(t.activity, t.searchName),
  ],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'restrict' }),
  role: text('role').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash so they can be raised later. */
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: text('locked_until'),
  lastLoginAt: text('last_login_at'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Append-only: the app never updates or deletes a row. Each row's hash covers the previous row's hash. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    username: text('username').notNull(),
    method: text('method').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: text('changes').notNull(),
    note: text('note').notNull().default(''),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId, t.id),
    index('audit_user_idx').on(t.userId, t.id),
    index('audit_at_idx').on(t.at),
  ],
);

/** Tahun penilaian. Closed years are read-only for every SKP write. */
export const years = sqliteTable('years', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  periodType: text('period_type').notNull(),
  status: text('status').notNull().default('OPEN'),
  closedAt: text('closed_at'),
  closedBy: text('closed_by'),
  closeNote: text('close_note').notNull().default(''),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** The periodic periods of a year and its ANNUAL (akhir) period, created when the year is opened. */
export const periods = sqliteTable(
  'periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    yearId: integer('year_id')
      .notNull()
      .references(() => years.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    number: integer('number').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
  },
  (t) => [uniqueIndex('periods_year_kind_number_idx').on(t.yearId, t.kind, t.number)],
);

/**
 * One SKP per pegawai per year per position (its date range). Its content lives in revisions: the latest
 * (`current_revision_id`) is the one being worked on; the latest approved (`approved_revision_id`) is in force.
 */
export const skps = sqliteTable(
  'skps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    yearId: integer('year_id')
      .notNull()
      .references(() => years.id, { onDelete: 'restrict' }),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    currentRevisionId: integer('current_revision_id').references((): AnySQLiteColumn => skpRevisions.id),
    approvedRevisionId: integer('approved_revision_id').references((): AnySQLiteColumn => skpRevisions.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('skps_year_employee_idx').on(t.yearId, t.employeeId),
    index('skps_employee_idx').on(t.employeeId),
  ],
);

/** One revision of an SKP's plan, with the identity snapshots printed on its documents. */
export const skpRevisions = sqliteTable(
  'skp_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skpId: integer('skp_id')
      .notNull()
      .references((): AnySQLiteColumn => skps.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').notNull().default('DRAFT'),
    approach: text('approach').notNull(),
    reason: text('reason').notNull().default(''),
    employeeSnapshot: text('employee_snapshot', { mode: 'json' }).$type<PersonSnapshot>().notNull(),
    appraiserSnapshot: text('appraiser_snapshot', { mode: 'json' }).$type<PersonSnapshot>(),
    appraiserSupervisorSnapshot: text('appraiser_supervisor_snapshot', {
      mode: 'json',
    }).$type<PersonSnapshot>(),
    /** The pejabat penilai as recorded (no foreign key: the snapshot stands on its own). */
    appraiserEmployeeId: integer('appraiser_employee_id'),
    /** The pegawai's unit as recorded, for filtering lists by unit. */
    employeeUnitId: integer('employee_unit_id'),
    officeName: text('office_name').notNull().default(''),
    instansiName: text('instansi_name').notNull().default(''),
    resources: text('resources', { mode: 'json' }).$type<string[]>().notNull().default([]),
    accountability: text('accountability', { mode: 'json' }).$type<string[]>().notNull().default([]),
    consequences: text('consequences', { mode: 'json' }).$type<string[]>().notNull().default([]),
    expectations: text('expectations', { mode: 'json' }).$type<SpecialExpectations>().notNull().default({}),
    createdBy: text('created_by').notNull(),
    submittedAt: text('submitted_at'),
    submittedBy: text('submitted_by'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    decidedOnBehalfOf: text('decided_on_behalf_of'),
    decisionNote: text('decision_note').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('skp_revisions_skp_number_idx').on(t.skpId, t.number),
    index('skp_revisions_appraiser_idx').on(t.appraiserEmployeeId, t.status),
  ],
);

/**
 * Rencana hasil kerja of one revision. `lineage_id` is the id of the first row of the RHK and is copied into
 * every later revision, so a bawahan RHK names its atasan RHK by lineage (`parent_lineage_id`) and the link
 * resolves to whichever revision of the atasan's SKP is in force.
 */
export const skpRhk = sqliteTable(
  'skp_rhk',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => skpRevisions.id, { onDelete: 'cascade' }),
    lineageId: integer('lineage_id').notNull(),
    rhkGroup: text('rhk_group').notNull(),
    sortOrder: integer('sort_order').notNull(),
    text: text('text').notNull(),
    parentLineageId: integer('parent_lineage_id'),
    /** The atasan RHK's text as this revision last saw it; frozen on submission (what its documents print). */
    parentText: text('parent_text').notNull().default(''),
    externalParentText: text('external_parent_text').notNull().default(''),
  },
  (t) => [
    index('skp_rhk_revision_idx').on(t.revisionId, t.rhkGroup, t.sortOrder),
    index('skp_rhk_lineage_idx').on(t.lineageId),
    index('skp_rhk_parent_idx').on(t.parentLineageId),
  ],
);

/** Indikator kinerja individu of an RHK; a range target has low < high, a single number low = high. */
export const skpIki = sqliteTable(
  'skp_iki',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rhkId: integer('rhk_id')
      .notNull()
      .references(() => skpRhk.id, { onDelete: 'cascade' }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => skpRevisions.id, { onDelete: 'cascade' }),
    lineageId: integer('lineage_id').notNull(),
    sortOrder: integer('sort_order').notNull(),
    aspect: text('aspect'),
    indicator: text('indicator').notNull(),
    targetLow: real('target_low'),
    targetHigh: real('target_high'),
    unitOfMeasure: text('unit_of_measure').notNull().default(''),
    direction: text('direction').notNull(),
  },
  (t) => [index('skp_iki_rhk_idx').on(t.rhkId, t.sortOrder), index('skp_iki_revision_idx').on(t.revisionId)],
);

/**
 * Realisasi of one IKI for one period. Keyed by the IKI's lineage, so a value entered survives a new SKP
 * revision that keeps the indicator.
 */
export const realisasi = sqliteTable(
  'realisasi',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skpId: integer('skp_id')
      .notNull()
      .references(() => skps.id, { onDelete: 'restrict' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    ikiLineageId: integer('iki_lineage_id').notNull(),
    value: real('value'),
    note: text('note').notNull().default(''),
    enteredByUserId: integer('entered_by_user_id'),
    /** Display name and role of who entered it, as the entry shows ("Diisi oleh …"). */
    enteredBy: text('entered_by').notNull(),
    enteredAs: text('entered_as').notNull(),
    enteredAt: text('entered_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('realisasi_skp_period_iki_idx').on(t.skpId, t.periodId, t.ikiLineageId),
    index('realisasi_period_idx').on(t.periodId),
  ],
);

/** Bukti dukung: a file kept under the data folder's `files/` by its SHA-256, or a link. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skpId: integer('skp_id')
      .notNull()
      .references(() => skps.id, { onDelete: 'restrict' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    ikiLineageId: integer('iki_lineage_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull().default(''),
    url: text('url'),
    sha256: text('sha256'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    addedByUserId: integer('added_by_user_id'),
    addedBy: text('added_by').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [
    index('evidence_skp_period_idx').on(t.skpId, t.periodId, t.ikiLineageId),
    index('evidence_sha_idx').on(t.sha256),
  ],
);

/**
 * Umpan balik berkelanjutan: a dated feed, never overwritten. Names an RHK (by lineage) or a core value.
 */
export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skpId: integer('skp_id')
      .notNull()
      .references(() => skps.id, { onDelete: 'restrict' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    rhkLineageId: integer('rhk_lineage_id'),
    coreValue: text('core_value'),
    text: text('text').notNull(),
    authorUserId: integer('author_user_id'),
    authorName: text('author_name').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('feedback_skp_period_idx').on(t.skpId, t.periodId, t.id)],
);

/**
 * The pejabat penilai's ratings of one SKP for one period (periodic or ANNUAL), or its exclusion from the
 * period's evaluation with a reason. `skp_revision_id` is the revision in force when rated: what the
 * evaluation documents print.
 */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    skpId: integer('skp_id')
      .notNull()
      .references(() => skps.id, { onDelete: 'restrict' }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    skpRevisionId: integer('skp_revision_id').references(() => skpRevisions.id),
    ratingHasil: text('rating_hasil'),
    ratingPerilaku: text('rating_perilaku'),
    predikat: text('predikat'),
    note: text('note').notNull().default(''),
    excludedReason: text('excluded_reason'),
    excludedNote: text('excluded_note').notNull().default(''),
    /** The unit the pegawai belonged to when rated, for the kurva by unit. */
    unitId: integer('unit_id'),
    ratedByUserId: integer('rated_by_user_id'),
    ratedBy: text('rated_by').notNull(),
    ratedOnBehalfOf: text('rated_on_behalf_of'),
    ratedAt: text('rated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('evaluations_skp_period_idx').on(t.skpId, t.periodId),
    index('evaluations_period_predikat_idx').on(t.periodId, t.predikat),
    index('evaluations_period_unit_idx').on(t.periodId, t.unitId),
  ],
);

/** Capaian kinerja organisasi of a unit (the kecamatan) for a period, as its superior set it. */
export const orgRatings = sqliteTable(
  'org_ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    rating: text('rating').notNull(),
    sourceNumber: text('source_number').notNull(),
    sourceDate: text('source_date').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: text('recorded_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('org_ratings_period_unit_idx').on(t.periodId, t.unitId)],
);

/**
 * Finalisation of a period's evaluations for a unit. Each finalisation is a new row (revision 1, 2 …) holding
 * the recap as it stood (every pegawai's ratings and predikat, the counts, the violations and any deviation
 * reason), so a corrected period keeps the earlier result readable. `reopened_at` marks a revision an ADMIN
 * opened for correction.
 */
export const finalisations = sqliteTable(
  'finalisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'restrict' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    revision: integer('revision').notNull(),
    finalisedAt: text('finalised_at').notNull(),
    finalisedBy: text('finalised_by').notNull(),
    deviationReason: text('deviation_reason').notNull().default(''),
    recap: text('recap', { mode: 'json' }).$type<unknown>().notNull(),
    reopenedAt: text('reopened_at'),
    reopenedBy: text('reopened_by'),
    reopenReason: text('reopen_reason').notNull().default(''),
  },
  (t) => [uniqueIndex('finalisations_period_unit_revision_idx').on(t.periodId, t.unitId, t.revision)],
);

/**
 * Register of printed documents. `code` is printed on the page with a QR of code + digest; `digest` is the
 * SHA-256 of the document's content (its fields, not the PDF bytes), so verification can recompute it from the
 * record and tell current from superseded. A signed scan, once attached, is kept under `files/` by SHA-256.
 */
export const printedDocuments = sqliteTable(
  'printed_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    kind: text('kind').notNull(),
    skpId: integer('skp_id').references(() => skps.id, { onDelete: 'restrict' }),
    skpRevisionId: integer('skp_revision_id').references(() => skpRevisions.id),
    periodId: integer('period_id').references(() => periods.id, { onDelete: 'restrict' }),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'restrict' }),
    /** Which revision of the record (SKP revision number, finalisation revision) was printed. */
    recordRevision: integer('record_revision'),
    digest: text('digest').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    draft: integer('draft', { mode: 'boolean' }).notNull().default(false),
    batchId: text('batch_id'),
    printedByUserId: integer('printed_by_user_id'),
    printedBy: text('printed_by').notNull(),
    printedAt: text('printed_at').notNull(),
    signedScanSha256: text('signed_scan_sha256'),
    signedScanName: text('signed_scan_name'),
    signedScanMime: text('signed_scan_mime'),
    signedAt: text('signed_at'),
    signedRecordedBy: text('signed_recorded_by'),
  },
  (t) => [
    index('printed_documents_skp_idx').on(t.skpId, t.kind),
    index('printed_documents_unit_period_idx').on(t.unitId, t.periodId, t.kind),
    index('printed_documents_employee_idx').on(t.employeeId),
  ],
);
