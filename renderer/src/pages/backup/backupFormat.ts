import type { BackupKind, BackupProgress, BackupTarget } from '../../../../shared/ipc/methods/backup';

/*
 * Pure helpers of the Cadangan & Pemulihan page: how sizes, durations and kinds are shown, and the few path
 * rules the page needs. The renderer has no `node:path`, and a path may come from Windows or Linux alike.
 */

const number = (digits: number) =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "850 bita", "12,5 KB", "3,4 MB", "1,2 GB" (1 KB = 1024 bita, as the operating system shows them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${number(0).format(bytes)} bita`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${number(value < 10 ? 1 : 0).format(value)} ${units[unit]}`;
}

/** "0,8 detik", "12 detik", "2 menit 5 detik". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const seconds = ms / 1000;
  if (seconds < 10) return `${number(1).format(Math.max(seconds, 0.1))} detik`;
  if (seconds < 60) return `${Math.round(seconds)} detik`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} menit` : `${minutes} menit ${rest} detik`;
}

export const KIND_LABELS: Readonly<Record<BackupKind | 'lain', string>> = {
  manual: 'Cadangan manual',
  otomatis: 'Otomatis harian',
  'pra-pemulihan': 'Sebelum pemulihan',
  'pra-migrasi': 'Sebelum pembaruan basis data',
  lain: 'Lainnya',
};

export const TARGET_KIND_LABELS: Readonly<Record<BackupTarget['kind'], string>> = {
  removable: 'Media lepas-pasang',
  drive: 'Drive',
  data: 'Komputer ini',
};

function separatorOf(path: string): '\\' | '/' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/** `dir` + `file` with the separator `dir` already uses ("E:\" + "a.sipka" → "E:\a.sipka"). */
export function joinPath(dir: string, file: string): string {
  if (dir === '') return file;
  if (dir.endsWith('/') || dir.endsWith('\\')) return `${dir}${file}`;
  return `${dir}${separatorOf(dir)}${file}`;
}

/** Trailing separators off (but not off a root such as "/" or "E:\"); Windows paths compared case-blind. */
function comparable(path: string): string {
  let trimmed = path.trim();
  while (trimmed.length > 1 && /[\\/]$/.test(trimmed) && !/^[A-Za-z]:\\$/.test(trimmed)) {
    trimmed = trimmed.slice(0, -1);
  }
  return /^[A-Za-z]:/.test(trimmed) ? trimmed.replace(/\//g, '\\').toLowerCase() : trimmed;
}

/** Whether `path` is `parent` itself or somewhere inside it. */
export function isWithin(path: string, parent: string): boolean {
  const child = comparable(path);
  const base = comparable(parent);
  if (child === '' || base === '') return false;
  if (child === base) return true;
  const sep = base.endsWith('\\') || base.endsWith('/') ? '' : separatorOf(base);
  return child.startsWith(`${base}${sep}`);
}

/** The suggested target that holds `directory` (the deepest one when several do), if any. */
export function targetOf(directory: string, targets: readonly BackupTarget[]): BackupTarget | undefined {
  return targets
    .filter((target) => isWithin(directory, target.path))
    .sort((a, b) => comparable(b.path).length - comparable(a.path).length)[0];
}

/**
 * A copy that leaves this computer (a stick, or a Windows drive letter the platform cannot tell apart from
 * one) may be lost with personnel data on it: encryption starts switched on for it.
 */
export function encryptByDefault(directory: string, targets: readonly BackupTarget[]): boolean {
  const target = targetOf(directory, targets);
  return target !== undefined && target.kind !== 'data';
}

/** Removable media first, then drives, then this computer's own folder; the backend's order within each. */
export function sortTargets(targets: readonly BackupTarget[]): BackupTarget[] {
  const rank: Record<BackupTarget['kind'], number> = { removable: 0, drive: 1, data: 2 };
  return targets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => rank[a.target.kind] - rank[b.target.kind] || a.index - b.index)
    .map(({ target }) => target);
}

/** 0–100, or null while the size of the step is not known. */
export function progressPercent(progress: Pick<BackupProgress, 'doneBytes' | 'totalBytes'>): number | null {
  if (progress.totalBytes <= 0) return null;
  return Math.min(100, Math.max(0, Math.round((progress.doneBytes / progress.totalBytes) * 100)));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `iso` to `now`; null when there is no date. */
export function daysSince(iso: string | null, now: number): number | null {
  if (!iso) return null;
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return null;
  return Math.max(0, Math.floor((now - then) / DAY_MS));
}

/** "hari ini", "kemarin", "5 hari yang lalu". */
export function ageText(days: number): string {
  if (days <= 0) return 'hari ini';
  if (days === 1) return 'kemarin';
  return `${days} hari yang lalu`;
}

/** The last part of a Windows or POSIX path. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.at(-1) ?? path;
}
