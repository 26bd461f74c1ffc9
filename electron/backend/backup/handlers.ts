import type { BackupCreated, backupMethods, BackupProgress } from '../../../shared/ipc/methods/backup';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { AppError } from '../errors';
import type { Handler } from '../handlers';
import { readSettings } from '../settings/store';
import { makeAutomaticBackup } from './auto';
import { makeBackup, type MadeBackup } from './create';
import { inspectBackup } from './inspect';
import { backupHistory, listBackups } from './list';
import { manualBackupName } from './names';
import { currentProgress, exclusive, type Progress } from './queue';
import { recordBackup } from './record';
import { restoreBackup } from './restore';
import { readBackupSettings, writeBackupSettings } from './settings';
import { backupTargets } from './targets';

type BackupMethod = keyof typeof backupMethods;

/**
 * Runs the work in the data folder's backup queue. A request that waited behind a restore holds the replaced
 * connection (and its session ended with the restore): it is refused rather than run on the old data.
 */
function queued<T>(
  ctx: RequestContext,
  operation: BackupProgress['operation'],
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  return exclusive(ctx.dataDir, operation, ctx.now, (progress) => {
    if (!ctx.sqlite.open) {
      throw new AppError('CONFLICT', 'Data baru saja dipulihkan dari cadangan. Silakan masuk dan ulangi.');
    }
    return work(progress);
  });
}

function created({ path, fileName, sizeBytes, encrypted, createdAt, counts }: MadeBackup): BackupCreated {
  return { path, fileName, sizeBytes, encrypted, createdAt, counts };
}

export const backupHandlers = {
  'backup.create': (ctx, input) =>
    queued(ctx, 'create', async (progress) => {
      const made = await makeBackup(
        ctx,
        {
          directory: input.directory,
          fileName: manualBackupName(readSettings(ctx.db).officeName, ctx.now()),
          kind: 'manual',
          passphrase: input.encrypt ? input.passphrase : null,
        },
        progress,
      );
      recordBackup(ctx, made);
      return created(made);
    }),

  'backup.auto': (ctx) =>
    queued(ctx, 'auto', async (progress) => {
      const made = await makeAutomaticBackup(ctx, progress);
      recordBackup(ctx, made);
      return created(made);
    }),

  'backup.inspect': (ctx, input) => inspectBackup(input.path, ctx.migrationsDir),

  'backup.restore': (ctx, input) => queued(ctx, 'restore', (progress) => restoreBackup(ctx, input, progress)),

  'backup.list': (ctx) => listBackups(ctx.dataDir),

  'backup.history': (ctx) => backupHistory(ctx),

  'backup.targets': (ctx) => backupTargets(ctx.dataDir),

  'backup.status': (ctx) => ({ running: currentProgress(ctx.dataDir) }),

  'backup.settings.get': (ctx) => readBackupSettings(ctx.db),

  'backup.settings.update': (ctx, input) => {
    const before = readBackupSettings(ctx.db);
    writeBackupSettings(ctx.db, input, ctx.now());
    recordChange(ctx, 'settings', 'backup', before, input);
    return readBackupSettings(ctx.db);
  },
} satisfies { [M in BackupMethod]: Handler<M> };
