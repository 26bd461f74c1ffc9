import { formatCount } from '../../lib/format';

interface PrintProgressProps {
  done: number;
  total: number;
  message: string;
  running: boolean;
}

/** How far a long print is: a bar of documents done out of the total, and the backend's own words. */
export function PrintProgress({ done, total, message, running }: PrintProgressProps) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="print-progress" role="status" aria-live="polite" data-testid="batch-progress">
      <div className="print-progress-head">
        {running && <span className="spinner" aria-hidden="true" />}
        <strong data-testid="batch-message">{message}</strong>
      </div>
      <progress
        className="print-progress-bar"
        max={total > 0 ? total : 1}
        value={done}
        aria-label={`${formatCount(done)} dari ${formatCount(total)} dokumen`}
      />
      <p className="field-hint">
        {formatCount(done)} dari {formatCount(total)} dokumen ({percent}%)
      </p>
    </div>
  );
}
