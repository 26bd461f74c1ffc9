import { PrintButton } from './PrintButton';

/**
 * The two documents of one pegawai's evaluation for a period: "Evaluasi Kinerja Pegawai" and its cover,
 * "Dokumen Evaluasi Kinerja Pegawai". For the per-bawahan penilaian screen.
 */
export function EvaluationPrintActions({ skpId, periodId }: { skpId: number; periodId: number }) {
  return (
    <section className="card print-actions" aria-label="Cetak dokumen evaluasi">
      <h2 className="card-title">Cetak</h2>
      <PrintButton
        request={{ kind: 'EVALUASI', skpId, periodId }}
        label="Cetak Evaluasi"
        testId="eval-print"
      />
      <PrintButton
        request={{ kind: 'DOKUMEN_EVALUASI', skpId, periodId }}
        label="Cetak Dokumen Evaluasi"
        testId="eval-print-cover"
      />
    </section>
  );
}
