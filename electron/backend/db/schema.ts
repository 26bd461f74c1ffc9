import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
