import path from 'node:path';
import type { Result } from '../../shared/ipc/result';
import { HashChainAuditTrail, type AuditTrail } from './audit/trail';
import { SessionStore } from './auth/sessions';
import type { BackendContext, SessionHolder } from './context';
import { openDatabase } from './db/open';
import { SqlRunner } from './db/sql-runner';
import { dispatch, type Logger } from './dispatch';
import { createHandlers, type Handlers } from './handlers';

export interface BackendOptions {
  dataDir: string;
  migrationsDir: string;
  /** A better-sqlite3 binary built for Electron, when the shell runs from the source tree. */
  nativeBinding?: string;
  now?: () => Date;
  log?: Logger;
  /** Replaces the hash-chained audit trail; only the benchmark measuring its cost does this. */
  audit?: (sqlite: BackendContext['sqlite']) => AuditTrail;
}

export interface Backend {
  readonly ctx: BackendContext;
  readonly handlers: Handlers;
  /** `session` is the transport's holder for this client's token; sign-in and sign-out change it. */
  dispatch(method: string, input: unknown, session?: SessionHolder): Promise<Result<unknown>>;
  close(): void;
}

export const DATABASE_FILE = 'sipka.db';

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const opened = await openDatabase({
    file: path.join(options.dataDir, DATABASE_FILE),
    migrationsDir: options.migrationsDir,
    backupDir: path.join(options.dataDir, 'backups'),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now,
  });
  const ctx: BackendContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    sql: new SqlRunner(opened.sqlite),
    dataDir: options.dataDir,
    now,
    sessions: new SessionStore(),
    audit: (options.audit ?? ((sqlite) => new HashChainAuditTrail(sqlite)))(opened.sqlite),
  };
  const handlers = createHandlers();
  return {
    ctx,
    handlers,
    dispatch: (method, input, session) => dispatch(handlers, ctx, method, input, session, options.log),
    close: () => {
      opened.sqlite.pragma('optimize');
      opened.sqlite.close();
    },
  };
}
