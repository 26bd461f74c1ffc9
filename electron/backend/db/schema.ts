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
