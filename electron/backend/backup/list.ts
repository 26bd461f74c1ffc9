import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_KINDS,
  BACKUP_STALE_DAYS,
  type BackupFileInfo,
  type BackupHistory,
  type BackupHistoryEntry,
  type BackupKind,
  type BackupList,
} from '../../../shared/ipc/methods/backup';
import type { BackendContext } from '../context';
import { BACKUP_EXTENSION } from './format';
import { kindOfName } from './names';
import { backupsDir } from './places';
import { BACKUP_ENTITY } from './record';

/** Pre-migration copies from before the `.sipka` format: plain SQLite files, listed but not restorable. */
const LEGACY_COPY = /^pra-migrasi-.*\.sqlite$/;

/** The copies in the data folder's `backups/`, newest first. */
export async function listBackups(dataDir: string): Promise<BackupList> {
  const directory = backupsDir(dataDir);
  let names: string[];
  try {
    names = await fs.promises.readdir(directory);
  } catch {
    return { directory, files: [] };
  }
  const files: BackupFileInfo[] = [];
  for (const fileName of names) {
    const restorable = fileName.endsWith(BACKUP_EXTENSION);
    if (!restorable && !LEGACY_COPY.test(fileName)) continue;
    const file = path.join(directory, fileName);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    files.push({
      path: file,
      fileName,
      kind: kindOfName(fileName),
      sizeBytes: stat.size,
      modifiedAt: stat.mtime.toISOString(),
      restorable,
    });
  }
  files.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : a.modifiedAt > b.modifiedAt ? -1 : 0));
  return { directory, files };
}

interface HistoryRow {
  id: number;
  at: string;
  username: string;
  changes: string;
}

type Changes = Record<string, { to?: unknown } | undefined>;

function toEntry(row: HistoryRow): BackupHistoryEntry | null {
  const changes = JSON.parse(row.changes) as Changes;
  const kind = changes.kind?.to;
  if (!BACKUP_KINDS.includes(kind as BackupKind)) return null;
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    kind: kind as BackupKind,
    fileName: String(changes.fileName?.to ?? ''),
    directory: String(changes.directory?.to ?? ''),
    sizeBytes: Number(changes.sizeBytes?.to ?? 0),
    encrypted: changes.encrypted?.to === true,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backups the audit trail records as made, and how recent the last one is (for the Beranda warning). */
export function backupHistory(ctx: BackendContext): BackupHistory {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, at, username, changes FROM audit_log WHERE entity_type = ? AND action = 'EVENT'
       AND json_extract(changes, '$.kind.to') IS NOT NULL ORDER BY id DESC LIMIT 100`,
    )
    .all(BACKUP_ENTITY) as HistoryRow[];
  const lastOf = (kind: BackupKind) =>
    (ctx.sqlite
      .prepare(
        `SELECT max(at) FROM audit_log WHERE entity_type = ? AND action = 'EVENT'
         AND json_extract(changes, '$.kind.to') = ?`,
      )
      .pluck()
      .get(BACKUP_ENTITY, kind) as string | null) ?? null;
  // A copy in the data folder's own backups/ dies with the PC, so only a manual backup elsewhere counts; after a
  // restore, the file restored from is a copy of the data as it was when that file was made.
  const lastOutside =
    (ctx.sqlite
      .prepare(
        `SELECT max(at) FROM audit_log WHERE entity_type = ? AND action = 'EVENT'
         AND json_extract(changes, '$.kind.to') = 'manual' AND json_extract(changes, '$.directory.to') IS NOT ?`,
      )
      .pluck()
      .get(BACKUP_ENTITY, backupsDir(ctx.dataDir)) as string | null) ?? null;
  const restoredFrom =
    (ctx.sqlite
      .prepare(
        `SELECT max(json_extract(changes, '$.createdAt.to')) FROM audit_log WHERE entity_type = ? AND action = 'EVENT'
         AND json_extract(changes, '$.safetyBackup.to') IS NOT NULL`,
      )
      .pluck()
      .get(BACKUP_ENTITY) as string | null) ?? null;
  const lastBackupAt =
    [lastOutside, restoredFrom]
      .filter((v): v is string => v !== null)
      .sort()
      .at(-1) ?? null;
  const stale =
    lastBackupAt === null ||
    ctx.now().getTime() - new Date(lastBackupAt).getTime() > BACKUP_STALE_DAYS * DAY_MS;
  return {
    entries: rows.map(toEntry).filter((e): e is BackupHistoryEntry => e !== null),
    lastBackupAt,
    lastAutomaticAt: lastOf('otomatis'),
    stale,
  };
}
