import { AUTO_BACKUP_KEEP_DEFAULT, type BackupSettings } from '../../../shared/ipc/methods/backup';
import type { Db } from '../db/open';
import { readValue, writeValue } from '../settings/store';

/** Its own key in the settings table, beside the office's. */
const KEY = 'backup';

export function readBackupSettings(db: Db): BackupSettings {
  const stored = readValue<Partial<BackupSettings>>(db, KEY);
  return { autoBackupKeep: stored?.autoBackupKeep ?? AUTO_BACKUP_KEEP_DEFAULT };
}

export function writeBackupSettings(db: Db, value: BackupSettings, now: Date): void {
  writeValue(db, KEY, value, now);
}
