import type Database from 'better-sqlite3';
import type { Db } from './db/open';
import type { SqlRunner } from './db/sql-runner';

/** What every handler may use: the database and the clock. Later capabilities add the caller here. */
export interface BackendContext {
  db: Db;
  sqlite: Database.Database;
  /** Cached prepared statements for read queries written with drizzle's `sql`. */
  sql: SqlRunner;
  dataDir: string;
  now: () => Date;
}
