import path from 'node:path';

/** The data folder's own copies: automatic, pre-restore and pre-migration. Never itself backed up. */
export const BACKUPS_DIR = 'backups';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_DIR);
}
