import path from 'node:path';
import type { BackupInspection } from '../../../shared/ipc/methods/backup';
import { openBackup } from './archive-read';
import { publicManifest } from './format';
import { assertRestorable } from './restore';
import { schemaStatus } from './schema-version';

/** The public manifest of a backup file, after the checks that need neither the passphrase nor a full read. */
export async function inspectBackup(file: string, migrationsDir: string): Promise<BackupInspection> {
  const backup = await openBackup(file);
  try {
    assertRestorable(backup.manifest, migrationsDir);
    return {
      path: file,
      fileName: path.basename(file),
      sizeBytes: backup.sizeBytes,
      manifest: publicManifest(backup.manifest),
      needsMigration: schemaStatus(backup.manifest.schemaVersion, migrationsDir) === 'older',
    };
  } finally {
    backup.zip.close();
  }
}
