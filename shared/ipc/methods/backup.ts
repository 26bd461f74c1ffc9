import { z } from 'zod';
import { HR_ROLES } from '../../domain/roles';
import { roles } from '../access';
import { method, returns } from '../define';
import { requiredText } from './fields';

export const PASSPHRASE_MIN = 10;
export const AUTO_BACKUP_KEEP_DEFAULT = 14;
/** The Beranda warns when the last backup to another medium is older than this. */
export const BACKUP_STALE_DAYS = 7;

/**
 * manual: made by a user to a folder of their choice. otomatis: the daily copy in the data folder.
 * pra-pemulihan / pra-migrasi: the safety copies taken before a restore or a schema migration.
 */
export const BACKUP_KINDS = ['manual', 'otomatis', 'pra-pemulihan', 'pra-migrasi'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupCounts {
  units: number;
  employees: number;
  users: number;
  auditEntries: number;
  files: number;
}

/** The public part of a backup's manifest: readable without the passphrase. */
export interface BackupManifestInfo {
  formatVersion: number;
  appVersion: string;
  /** Tag of the last migration applied to the backed-up database, e.g. "0001_users_audit". */
  schemaVersion: string;
  createdAt: string;
  instansiName: string;
  officeName: string;
  kind: BackupKind;
  counts: BackupCounts;
  /** Size of the database and evidence files before packing. */
  dataBytes: number;
  encrypted: boolean;
}

export interface BackupInspection {
  path: string;
  fileName: string;
  sizeBytes: number;
  manifest: BackupManifestInfo;
  /** The backup's schema is older than this app's: restoring it applies the newer migrations. */
  needsMigration: boolean;
}

export interface BackupCreated {
  path: string;
  fileName: string;
  sizeBytes: number;
  encrypted: boolean;
  createdAt: string;
  counts: BackupCounts;
}

export interface BackupRestored {
  fileName: string;
  createdAt: string;
  /** The copy of the data as it was before the restore, in the data folder's backups/. */
  safetyBackup: string;
  appliedMigrations: number;
  /** False when the restored data has no active ADMIN with the restoring user's name: sign in again. */
  stillSignedIn: boolean;
}

export interface BackupFileInfo {
  path: string;
  fileName: string;
  kind: BackupKind | 'lain';
  sizeBytes: number;
  modifiedAt: string;
  /** Safety copies from before the backup format existed are plain SQLite files and cannot be restored here. */
  restorable: boolean;
}

export interface BackupList {
  directory: string;
  files: BackupFileInfo[];
}

export interface BackupHistoryEntry {
  id: number;
  at: string;
  username: string;
  kind: BackupKind;
  fileName: string;
  directory: string;
  sizeBytes: number;
  encrypted: boolean;
}

export interface BackupHistory {
  /** Newest first, at most 100. */
  entries: BackupHistoryEntry[];
  /** The last backup made by a user to a folder of their choice (the copy that survives a broken PC). */
  lastBackupAt: string | null;
  lastAutomaticAt: string | null;
  /** No manual backup yet, or the last is older than BACKUP_STALE_DAYS. */
  stale: boolean;
}

export interface BackupTarget {
  path: string;
  label: string;
  /** removable: a mounted stick or drive the platform reports as such; drive: a Windows drive letter. */
  kind: 'removable' | 'drive' | 'data';
  freeBytes: number | null;
}

export interface BackupProgress {
  operation: 'create' | 'restore' | 'auto';
  /** What is happening now, in Bahasa Indonesia. */
  step: string;
  doneBytes: number;
  totalBytes: number;
  startedAt: string;
}

export interface BackupStatus {
  running: BackupProgress | null;
}

export interface BackupSettings {
  autoBackupKeep: number;
}

const passphraseText = z.string().max(1024, 'Frasa sandi terlalu panjang');

export const backupCreateInput = z
  .object({
    directory: requiredText('Folder tujuan', 1024),
    encrypt: z.boolean().default(false),
    passphrase: passphraseText.default(''),
    passphraseConfirm: passphraseText.default(''),
  })
  .superRefine((v, ctx) => {
    if (!v.encrypt) return;
    if (v.passphrase.length < PASSPHRASE_MIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['passphrase'],
        message: `Frasa sandi paling sedikit ${PASSPHRASE_MIN} karakter`,
      });
    } else if (v.passphrase !== v.passphraseConfirm) {
      ctx.addIssue({
        code: 'custom',
        path: ['passphraseConfirm'],
        message: 'Konfirmasi frasa sandi tidak sama',
      });
    }
  });
export type BackupCreateInput = z.input<typeof backupCreateInput>;

const backupPath = requiredText('Berkas cadangan', 1024);

export const backupRestoreInput = z.object({
  path: backupPath,
  passphrase: passphraseText.default(''),
  /** Typed by the user: must equal the manifest's office name. */
  confirmOfficeName: z.string().trim().max(200).default(''),
});
export type BackupRestoreInput = z.input<typeof backupRestoreInput>;

export const backupSettingsInput = z.object({
  autoBackupKeep: z
    .number({ error: 'Isi dengan angka' })
    .int('Isi dengan angka bulat')
    .min(1, 'Simpan paling sedikit 1 cadangan otomatis')
    .max(365, 'Paling banyak 365 cadangan otomatis'),
});

const hr = roles(HR_ROLES);
const adminOnly = roles(['ADMIN']);
const none = z.object({});

/** Backup and restore do file I/O and keep their own transactions for their audit entries (effect own). */
export const backupMethods = {
  'backup.create': method({
    input: backupCreateInput,
    output: returns<BackupCreated>(),
    access: hr,
    effect: 'own',
  }),
  'backup.auto': method({ input: none, output: returns<BackupCreated>(), access: hr, effect: 'own' }),
  'backup.inspect': method({
    input: z.object({ path: backupPath }),
    output: returns<BackupInspection>(),
    access: hr,
  }),
  'backup.restore': method({
    input: backupRestoreInput,
    output: returns<BackupRestored>(),
    access: adminOnly,
    effect: 'own',
  }),
  'backup.list': method({ input: none, output: returns<BackupList>(), access: hr }),
  'backup.history': method({ input: none, output: returns<BackupHistory>(), access: hr }),
  'backup.targets': method({ input: none, output: returns<BackupTarget[]>(), access: hr }),
  'backup.status': method({ input: none, output: returns<BackupStatus>(), access: hr }),
  'backup.settings.get': method({ input: none, output: returns<BackupSettings>(), access: hr }),
  'backup.settings.update': method({
    input: backupSettingsInput,
    output: returns<BackupSettings>(),
    access: adminOnly,
    effect: 'write',
  }),
};
