import { NO_SKP, NO_SKP_LABEL, SKP_STATUS_LABELS, type SkpStatus } from '../../../../shared/domain/skp';

export type ListStatus = SkpStatus | typeof NO_SKP;

const TONES: Readonly<Record<ListStatus, string>> = {
  DRAFT: 'badge-muted',
  DIAJUKAN: 'badge-info',
  DIKEMBALIKAN: 'badge-warning',
  DISETUJUI: 'badge-success',
  BELUM_ADA: 'badge-danger',
};

export function statusLabel(status: ListStatus): string {
  return status === NO_SKP ? NO_SKP_LABEL : SKP_STATUS_LABELS[status];
}

/** The status of an SKP (of its latest revision) as a coloured chip. */
export function StatusChip({ status, testId }: { status: ListStatus; testId?: string }) {
  return (
    <span className={`badge ${TONES[status]}`} data-testid={testId} data-status={status}>
      {statusLabel(status)}
    </span>
  );
}

/** "Revisi 2 · berlaku: revisi 1": which revision is being worked on, and which is in force. */
export function revisionNote(revisionNumber: number | null, inForceRevision: number | null): string | null {
  if (revisionNumber === null || revisionNumber <= 1) return null;
  return inForceRevision !== null && inForceRevision !== revisionNumber
    ? `Revisi ${revisionNumber} · berlaku: revisi ${inForceRevision}`
    : `Revisi ${revisionNumber}`;
}
