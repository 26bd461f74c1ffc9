import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '../../../shared/domain/dates';
import { systemContext, type BackendContext } from '../context';
import type { Logger } from '../dispatch';
import { makeBackup, type MadeBackup } from './create';
import { BACKUP_EXTENSION } from './format';
import { dayOfName, internalBackupName, kindOfName } from './names';
import { backupsDir } from './places';
import { exclusive, type Progress } from './queue';
import { recordBackup } from './record';
import { readBackupSettings } from './settings';

function automaticNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => kindOfName(name) === 'otomatis' && name.endsWith(BACKUP_EXTENSION));
}

/** Keeps the newest `keep` automatic copies; safety copies (pra-pemulihan, pra-migrasi) are never pruned. */
export async function pruneAutomatic(dir: string, keep: number): Promise<string[]> {
  const removed = automaticNames(dir).sort().reverse().slice(keep);
  for (const name of removed) await fs.promises.rm(path.join(dir, name), { force: true });
  return removed;
}

/** One automatic copy into `<dataDir>/backups/`, then the oldest beyond the setting are removed. */
export async function makeAutomaticBackup(ctx: BackendContext, progress: Progress): Promise<MadeBackup> {
  const dir = backupsDir(ctx.dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const made = await makeBackup(
    ctx,
    {
      directory: dir,
      fileName: internalBackupName('otomatis', ctx.now()),
      kind: 'otomatis',
      passphrase: null,
    },
    progress,
  );
  await pruneAutomatic(dir, readBackupSettings(ctx.db).autoBackupKeep);
  return made;
}

function hasData(ctx: BackendContext): boolean {
  const table = ctx.sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'")
    .get();
  return !!table && !!ctx.sqlite.prepare('SELECT 1 FROM users LIMIT 1').get();
}

/** Set up, and no automatic copy carries today's (local) date yet. A folder listing: cheap at start-up. */
export function dailyBackupDue(ctx: BackendContext): boolean {
  if (!hasData(ctx)) return false;
  const today = todayIso(ctx.now());
  return !automaticNames(backupsDir(ctx.dataDir)).some((name) => dayOfName(name) === today);
}

/** The pre-migration copy openDatabase took as a plain SQLite file becomes a restorable `.sipka`. */
async function packMigrationCopy(ctx: BackendContext, copy: string): Promise<void> {
  await exclusive(ctx.dataDir, 'auto', ctx.now, async (progress) => {
    const made = await makeBackup(
      ctx,
      {
        directory: path.dirname(copy),
        fileName: internalBackupName('pra-migrasi', ctx.now()),
        kind: 'pra-migrasi',
        passphrase: null,
        databaseFile: copy,
      },
      progress,
    );
    await fs.promises.rm(copy, { force: true });
    recordBackup(systemContext(ctx, 'db.migrate'), made);
  });
}

const logToConsole: Logger = (message, error) => console.error(message, error);

/**
 * Start-up: packs a pre-migration copy (awaited: it exists only right after a migration), then, on the first
 * start of the day, starts the daily automatic copy in the background so the window is not kept waiting.
 * Failures are logged; they never stop the app from starting.
 */
export async function startupBackups(
  ctx: BackendContext,
  migrationCopy: string | null,
  log: Logger = logToConsole,
): Promise<void> {
  if (migrationCopy) {
    await packMigrationCopy(ctx, migrationCopy).catch((error: unknown) =>
      log('Cadangan sebelum migrasi tidak dapat dikemas; salinan SQLite-nya tetap disimpan', error),
    );
  }
  if (!dailyBackupDue(ctx)) return;
  void exclusive(ctx.dataDir, 'auto', ctx.now, async (progress) => {
    // Checked again in the queue: a backup.auto call may have made today's copy meanwhile.
    if (!dailyBackupDue(ctx)) return;
    const made = await makeAutomaticBackup(ctx, progress);
    recordBackup(systemContext(ctx, 'backup.auto'), made);
  }).catch((error: unknown) => log('Cadangan otomatis harian gagal', error));
}
