import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabaseOptions {
  file: string;
  migrationsDir: string;
  /** Where the safety copy taken before pending migrations goes. */
  backupDir: string;
  /** Path to a better-sqlite3 binary built for another runtime (the Electron shell in development). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
  /** The safety copy taken before migrating, when there was anything to migrate on existing data. */
  safetyBackup: string | null;
  appliedMigrations: string[];
}

export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // WAL defaults to NORMAL in better-sqlite3's build: an HR ledger wants every commit on disk.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

interface AppliedRow {
  created_at: number;
}

function lastAppliedMillis(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return null;
  const row = sqlite
    .prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
    .get() as AppliedRow | undefined;
  return row ? Number(row.created_at) : null;
}

function hasUserTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

export function pendingMigrations(sqlite: Database.Database, migrationsDir: string): number[] {
  const all = readMigrationFiles({ migrationsFolder: migrationsDir });
  const last = lastAppliedMillis(sqlite);
  return all.map((m) => m.folderMillis).filter((millis) => last === null || millis > last);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens the database, and when migrations are pending on existing data, first copies it with SQLite's
 * online backup. Migrations run with foreign keys off: drizzle-kit's table rebuilds DROP the old table,
 * which with foreign keys on would cascade-delete child rows (drizzle-orm#5782).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new Database(
    options.file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    applyPragmas(sqlite);
    const db = drizzle(sqlite, { schema });
    const pending = pendingMigrations(sqlite, options.migrationsDir);
    let safetyBackup: string | null = null;
    if (pending.length > 0 && hasUserTables(sqlite)) {
      fs.mkdirSync(options.backupDir, { recursive: true });
      safetyBackup = path.join(
        options.backupDir,
        `pra-migrasi-${stamp((options.now ?? (() => new Date()))())}.sqlite`,
      );
      await sqlite.backup(safetyBackup);
    }
    if (pending.length > 0) {
      sqlite.pragma('foreign_keys = OFF');
      try {
        migrate(db, { migrationsFolder: options.migrationsDir });
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(
            `Migrasi meninggalkan ${broken.length} referensi yang rusak; data lama ada di ${safetyBackup}`,
          );
        }
      } finally {
        sqlite.pragma('foreign_keys = ON');
      }
    }
    // Keeps the planner's statistics fresh so searches use the right index (sqlite.org/lang_analyze.html).
    sqlite.pragma('optimize=0x10002');
    return { sqlite, db, safetyBackup, appliedMigrations: pending.map(String) };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
