import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupTarget } from '../../../shared/ipc/methods/backup';
import { backupsDir } from './places';

async function freeBytes(dir: string): Promise<number | null> {
  const stat = await fs.promises.statfs(dir).catch(() => null);
  return stat ? stat.bavail * stat.bsize : null;
}

async function subfolders(parent: string): Promise<string[]> {
  const entries = await fs.promises.readdir(parent, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => path.join(parent, e.name));
}

async function candidates(): Promise<Omit<BackupTarget, 'freeBytes'>[]> {
  if (process.platform === 'win32') {
    // Whether a drive letter is removable needs a native call (GetDriveTypeW); without native code every
    // existing drive from D: on is offered, and the user picks the stick.
    const drives: Omit<BackupTarget, 'freeBytes'>[] = [];
    for (let code = 'D'.charCodeAt(0); code <= 'Z'.charCodeAt(0); code++) {
      const root = `${String.fromCharCode(code)}:\\`;
      if (
        await fs.promises.access(root).then(
          () => true,
          () => false,
        )
      ) {
        drives.push({ path: root, label: `Drive ${root}`, kind: 'drive' });
      }
    }
    return drives;
  }
  // Where desktop Linux (udisks) mounts sticks, and macOS's volumes.
  const user = os.userInfo().username;
  const roots = process.platform === 'darwin' ? ['/Volumes'] : [`/media/${user}`, `/run/media/${user}`];
  const mounted = (await Promise.all(roots.map(subfolders))).flat();
  return mounted.map((dir) => ({ path: dir, label: path.basename(dir), kind: 'removable' as const }));
}

/** Folders to offer as a backup target: removable media first where the platform tells, then `backups/`. */
export async function backupTargets(dataDir: string): Promise<BackupTarget[]> {
  // Offered even before the first automatic copy, so it must exist when chosen.
  await fs.promises.mkdir(backupsDir(dataDir), { recursive: true });
  const list = [
    ...(await candidates()),
    { path: backupsDir(dataDir), label: 'Folder cadangan SIPKA di komputer ini', kind: 'data' as const },
  ];
  return Promise.all(list.map(async (t) => ({ ...t, freeBytes: await freeBytes(t.path) })));
}
