import type { BackupKind } from '../../../shared/ipc/methods/backup';
import { BACKUP_EXTENSION } from './format';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Local time (the office's clock, WIB/WITA/WIT), sortable: `YYYYMMDD-HHmm`, with seconds when asked. */
export function localStamp(date: Date, seconds = false): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${seconds ? pad(date.getSeconds()) : ''}`;
  return `${day}-${time}`;
}

/** "Kecamatan Gayungan" → "kecamatan-gayungan"; safe on every file system. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return plain || 'kantor';
}

export function manualBackupName(officeName: string, now: Date): string {
  return `SIPKA-${slug(officeName)}-${localStamp(now)}${BACKUP_EXTENSION}`;
}

/** otomatis-…, pra-pemulihan-…, pra-migrasi-…: with seconds, so two in one minute do not collide. */
export function internalBackupName(kind: Exclude<BackupKind, 'manual'>, now: Date): string {
  return `${kind}-${localStamp(now, true)}${BACKUP_EXTENSION}`;
}

export function kindOfName(fileName: string): BackupKind | 'lain' {
  for (const kind of ['otomatis', 'pra-pemulihan', 'pra-migrasi'] as const) {
    if (fileName.startsWith(`${kind}-`)) return kind;
  }
  return fileName.startsWith('SIPKA-') ? 'manual' : 'lain';
}

const STAMPED = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})?(?:-\d+)?\.sipka$/;

/** The local day (`YYYY-MM-DD`) a backup's name says it was made on, or null. */
export function dayOfName(fileName: string): string | null {
  const m = STAMPED.exec(fileName);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
