import type { BackupKind } from '../../../shared/ipc/methods/backup';
import { recordEvent } from '../audit/trail';
import type { RequestContext } from '../context';
import type { MadeBackup } from './create';

export const BACKUP_ENTITY = 'backup';

const KIND_LABELS: Record<BackupKind, string> = {
  manual: 'Cadangan',
  otomatis: 'Cadangan otomatis',
  'pra-pemulihan': 'Cadangan pengaman sebelum pemulihan',
  'pra-migrasi': 'Cadangan pengaman sebelum pembaruan basis data',
};

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/**
 * The audit entry for a backup that was made (and verified), in its own transaction. IMMEDIATE: it reads the
 * chain's last entry and then writes, which under another writer must wait for the lock, not fail as stale.
 */
export function recordBackup(ctx: RequestContext, made: MadeBackup): void {
  ctx.sqlite
    .transaction(() =>
      recordEvent(
        ctx,
        BACKUP_ENTITY,
        made.fileName,
        `${KIND_LABELS[made.manifest.kind]} dibuat: ${made.fileName} (${megabytes(made.sizeBytes)}, ${
          made.encrypted ? 'terenkripsi' : 'tidak terenkripsi'
        }) di ${made.directory}.`,
        {
          kind: { to: made.manifest.kind },
          fileName: { to: made.fileName },
          directory: { to: made.directory },
          sizeBytes: { to: made.sizeBytes },
          encrypted: { to: made.encrypted },
        },
      ),
    )
    .immediate();
}
