import { Link, useLocation } from 'react-router';
import { BACKUP_STALE_DAYS } from '../../../../shared/ipc/methods/backup';
import { useQuery } from '../../api/hooks';
import { Banner } from '../../components/Banner';
import { formatTimestamp } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { ageText, daysSince } from './backupFormat';

interface BackupReminderProps {
  /** On the Cadangan page itself the warning needs no link to it. */
  linkToPage?: boolean;
}

/**
 * The last backup to a folder of the user's choice (the copy that survives a broken PC) and, when there is
 * none or it is older than BACKUP_STALE_DAYS, a warning. For HR staff only: `backup.history` is theirs.
 */
export function BackupReminder({ linkToPage = true }: BackupReminderProps) {
  const history = useQuery('backup.history', {});
  const now = useNow(60 * 60_000);
  const data = history.data;
  if (!data) return null;

  const last = data.lastBackupAt;
  const days = daysSince(last, now);
  const automatic = data.lastAutomaticAt
    ? ` Salinan otomatis terakhir di komputer ini: ${formatTimestamp(data.lastAutomaticAt)}.`
    : '';
  const action = linkToPage ? (
    <Link to="/cadangan" className="btn btn-primary btn-small" data-testid="backup-reminder-link">
      Buat cadangan
    </Link>
  ) : undefined;

  if (data.stale) {
    return (
      <Banner
        tone="warning"
        testId="backup-reminder"
        title={
          last === null
            ? 'Belum ada cadangan data ke flashdisk'
            : `Cadangan terakhir sudah lebih dari ${BACKUP_STALE_DAYS} hari`
        }
        actions={action}
      >
        {last === null
          ? 'Jika komputer ini rusak, data kepegawaian dapat hilang seluruhnya. '
          : `Cadangan terakhir dibuat ${formatTimestamp(last)}${days === null ? '' : ` (${ageText(days)})`}. `}
        Buat cadangan ke flashdisk sekarang dan simpan di tempat terpisah dari komputer.{automatic}
      </Banner>
    );
  }
  return (
    <p className="backup-last" data-testid="backup-reminder">
      Cadangan terakhir: <strong>{last ? formatTimestamp(last) : '—'}</strong>
      {days !== null && ` (${ageText(days)})`}.{automatic}
      {linkToPage && (
        <>
          {' '}
          <Link to="/cadangan">Cadangan &amp; Pemulihan</Link>
        </>
      )}
    </p>
  );
}

/** What a finished restore hands to the Beranda through the router's location state. */
export interface RestoredState {
  restoredNotice: string;
}

export function restoredState(notice: string): RestoredState {
  return { restoredNotice: notice };
}

function readRestored(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('restoredNotice' in state)) return null;
  return typeof state.restoredNotice === 'string' ? state.restoredNotice : null;
}

export function RestoredNotice() {
  const notice = readRestored(useLocation().state);
  if (!notice) return null;
  return (
    <Banner tone="success" title="Data berhasil dipulihkan" testId="restore-done">
      {notice}
    </Banner>
  );
}
