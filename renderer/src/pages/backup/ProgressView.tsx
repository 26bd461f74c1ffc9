import type { BackupProgress } from '../../../../shared/ipc/methods/backup';
import { formatBytes, progressPercent } from './backupFormat';

interface ProgressViewProps {
  /** "Sedang membuat cadangan…" */
  title: string;
  progress: BackupProgress | null;
  /** One line under the bar, e.g. "Jangan cabut flashdisk sampai selesai." */
  note: string;
  testId?: string;
}

/** What a long backup or restore is doing now: the step, a bar when its size is known, and the bytes done. */
export function ProgressView({ title, progress, note, testId }: ProgressViewProps) {
  const percent = progress ? progressPercent(progress) : null;
  return (
    <div className="backup-progress" role="status" aria-live="polite" data-testid={testId}>
      <div className="backup-progress-head">
        <span className="spinner" aria-hidden="true" />
        <strong>{title}</strong>
      </div>
      <p className="backup-progress-step">
        {progress ? `${progress.step}…` : 'Menyiapkan…'}
        {percent !== null && progress && (
          <span className="backup-progress-bytes">
            {' '}
            {formatBytes(progress.doneBytes)} dari {formatBytes(progress.totalBytes)} ({percent}%)
          </span>
        )}
      </p>
      {/* Without a value the bar is indeterminate: the step has no size (the snapshot, the swap). */}
      <progress className="backup-progress-bar" max={100} value={percent ?? undefined} aria-label={title} />
      <p className="field-hint">{note}</p>
    </div>
  );
}
