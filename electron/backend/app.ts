import path from 'node:path';
import type { Result } from '../../shared/ipc/result';
import { HashChainAuditTrail, type AuditTrail } from './audit/trail';
import { startupBackups } from './backup/auto';
import { backupsDir } from './backup/places';
import { recoverDataDir } from './backup/swap';
import { removeAbandonedTemps } from './realisasi/files';
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
  recoverDataDir(options.dataDir);
  removeAbandonedTemps(options.dataDir);
  const openFile = (file: string, backupDir: string) =>
    openDatabase({
      file,
      migrationsDir: options.migrationsDir,
      backupDir,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      now,
    });
  const connect = async () => {
    const opened = await openFile(path.join(options.dataDir, DATABASE_FILE), backupsDir(options.dataDir));
    const connection = {
      db: opened.db,
      sqlite: opened.sqlite,
      sql: new SqlRunner(opened.sqlite),
      audit: (options.audit ?? ((sqlite) => new HashChainAuditTrail(sqlite)))(opened.sqlite),
    };
    return { connection, safetyBackup: opened.safetyBackup };
  };
  const first = await connect();
  const ctx: BackendContext = {
    ...first.connection,
    dataDir: options.dataDir,
    now,
    sessions: new SessionStore(),
    migrationsDir: options.migrationsDir,
    openDatabaseFile: openFile,
    reopen: async (whileClosed) => {
      ctx.sqlite.close();
      try {
        await whileClosed();
      } finally {
        Object.assign(ctx, (await connect()).connection);
      }
      return ctx;
    },
  };
  const handlers = createHandlers();
  await startupBackups(ctx, first.safetyBackup, options.log);
  return {
    ctx,
    handlers,
    dispatch: (method, input, session) => dispatch(handlers, ctx, method, input, session, options.log),
    close: () => {
      ctx.sqlite.pragma('optimize');
      ctx.sqlite.close();
    },
  };
}
