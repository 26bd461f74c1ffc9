import type Database from 'better-sqlite3';
import type { Role } from '../../shared/domain/roles';
import type { AuditTrail } from './audit/trail';
import type { SessionStore } from './auth/sessions';
import type { Db, OpenedDatabase } from './db/open';
import type { SqlRunner } from './db/sql-runner';

/** What lives as long as the open database: shared by every call. */
export interface BackendContext {
  db: Db;
  sqlite: Database.Database;
  /** Cached prepared statements for read queries written with drizzle's `sql`. */
  sql: SqlRunner;
  dataDir: string;
  now: () => Date;
  sessions: SessionStore;
  audit: AuditTrail;
  migrationsDir: string;
  /** Opens another database file the way the app's own is opened (binding, pragmas, migrations). */
  openDatabaseFile(file: string, backupDir: string): Promise<OpenedDatabase>;
  /**
   * Closes the connection, runs `whileClosed` (the restore swaps the data files in it), then opens the data
   * folder's database again and replaces db, sqlite, sql and audit in this shared context, which it returns.
   */
  reopen(whileClosed: () => Promise<void>): Promise<BackendContext>;
}

/** The signed-in user a call runs for. */
export interface Caller {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  employeeId: number | null;
}

/**
 * The session token a transport keeps for its client (a cookie in the web build, a per-window value in the
 * Electron shell). Sign-in and sign-out replace it; the transport then stores the new value.
 */
export interface SessionHolder {
  token: string | null;
}

/** One call: the shared context plus who is calling, through which session, and which method. */
export interface RequestContext extends BackendContext {
  caller: Caller | null;
  session: SessionHolder;
  method: string;
}

/** For work the app does itself (demo data, start-up tasks): audited as "sistem". */
export function systemContext(ctx: BackendContext, method: string): RequestContext {
  return { ...ctx, caller: null, session: { token: null }, method };
}
