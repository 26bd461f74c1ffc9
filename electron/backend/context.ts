import type Database from 'better-sqlite3';
import type { Db } from './db/open';

/** What every handler may use: the database and the clock. Later capabilities add the caller here. */
export interface BackendContext {
  db: Db;
  sqlite: Database.Database;
  dataDir: string;
  now: () => Date;
}
