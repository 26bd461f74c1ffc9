import type Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/ipc/methods/backup';
import { schemaTagOf } from './schema-version';

export interface DatabaseFacts {
  schemaVersion: string;
  instansiName: string;
  officeName: string;
  counts: Omit<BackupCounts, 'files'>;
}

/**
 * A consistent copy of the live database in one read transaction. VACUUM INTO runs synchronously on the app's
 * connection, so the app's own writes wait for it, and unlike copying the file it includes what is still in
 * the WAL. The copy is a compact single file in rollback-journal mode.
 */
export function snapshotDatabase(sqlite: Database.Database, target: string): void {
  sqlite.prepare('VACUUM INTO ?').run(target);
}

const ALIAS = 'sipka_cadangan';

/** What a manifest says about a database file: read through the app's connection with ATTACH. */
export function describeDatabaseFile(
  sqlite: Database.Database,
  file: string,
  migrationsDir: string,
): DatabaseFacts {
  sqlite.prepare(`ATTACH DATABASE ? AS ${ALIAS}`).run(file);
  try {
    const tables = new Set(
      sqlite
        .prepare(`SELECT name FROM ${ALIAS}.sqlite_master WHERE type = 'table'`)
        .pluck()
        .all() as string[],
    );
    const count = (table: string) =>
      tables.has(table)
        ? (sqlite.prepare(`SELECT count(*) FROM ${ALIAS}.${table}`).pluck().get() as number)
        : 0;
    const last = tables.has('__drizzle_migrations')
      ? (sqlite.prepare(`SELECT max(created_at) FROM ${ALIAS}.__drizzle_migrations`).pluck().get() as
          number | null)
      : null;
    const officeJson = tables.has('settings')
      ? (sqlite.prepare(`SELECT value FROM ${ALIAS}.settings WHERE key = 'office'`).pluck().get() as
          string | undefined)
      : undefined;
    const office = officeJson
      ? (JSON.parse(officeJson) as { instansiName?: string; officeName?: string })
      : {};
    return {
      schemaVersion: schemaTagOf(last === null ? null : Number(last), migrationsDir),
      instansiName: office.instansiName ?? '',
      officeName: office.officeName ?? '',
      counts: {
        units: count('units'),
        employees: count('employees'),
        users: count('users'),
        auditEntries: count('audit_log'),
      },
    };
  } finally {
    sqlite.prepare(`DETACH DATABASE ${ALIAS}`).run();
  }
}
