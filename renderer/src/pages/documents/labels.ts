import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../shared/domain/documents';
import type { VerifyStatus } from '../../../../shared/ipc/methods/documents';

export const KIND_OPTIONS = (Object.entries(DOCUMENT_KIND_LABELS) as [DocumentKind, string][]).map(
  ([value, label]) => ({ value, label }),
);

export function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind];
}

/** How Verifikasi Dokumen shows each answer: a clear headline in the colour people expect. */
export const VERIFY_VIEW: Readonly<
  Record<VerifyStatus, { tone: 'success' | 'warning' | 'error'; headline: string }>
> = {
  CURRENT: { tone: 'success', headline: 'Cocok dengan data saat ini' },
  SUPERSEDED: { tone: 'warning', headline: 'Sudah tidak berlaku — ada revisi yang lebih baru' },
  TAMPERED: { tone: 'error', headline: 'Tidak cocok' },
  UNKNOWN: { tone: 'error', headline: 'Tidak dikenal' },
};
