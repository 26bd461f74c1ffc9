import { useId, useState } from 'react';
import { ORG_RATING_LABELS, PREDIKATS, PREDIKAT_LABELS } from '../../../../shared/domain/predikat';
import type { KurvaView } from '../../../../shared/ipc/methods/evaluation';
import { rpc } from '../../api/client';
import { invalidateQueries, useMutation } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatShortTimestamp } from '../../lib/format';
import { PeriodStateBadge } from '../evaluation/labels';

interface FinalisationPanelProps {
  view: KurvaView;
  onNotice: (message: string) => void;
}

/** ADMIN: finalise the period for the whole kecamatan (with a reason when the kurva is not kept), or reopen it. */
export function FinalisationPanel({ view, onNotice }: FinalisationPanelProps) {
  const reasonId = useId();
  const finalise = useMutation('finalisation.finalise');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = view.finalisations[0];
  const needsReason = view.violations.length > 0;

  const ask = () => {
    setError(null);
    if (needsReason && reason.trim() === '') {
      setReasonError(
        'Kurva distribusi tidak terpenuhi: tulis alasan penyimpangan sebelum finalisasi (alasan ini dicetak pada rekap).',
      );
      return;
    }
    setConfirming(true);
  };

  const run = async () => {
    const result = await finalise.run({
      periodId: view.period.id,
      deviationReason: needsReason ? reason : '',
    });
    setConfirming(false);
    if (!result.ok) {
      const beside = result.error.fields?.deviationReason;
      if (beside) setReasonError(beside);
      else setError(result.error.message);
      return;
    }
    setReason('');
    onNotice(
      `${view.period.label} difinalisasi. Rating, realisasi, bukti, dan umpan balik periode ini kini terkunci.`,
    );
  };

  return (
    <section
      className="card finalisation-card"
      aria-labelledby="finalisation-title"
      data-testid="finalisation-panel"
    >
      <div className="skp-section-head">
        <h2 id="finalisation-title">Finalisasi {view.period.label}</h2>
        <PeriodStateBadge state={view.state} />
      </div>
      <ErrorBanner message={error} />
      {view.state === 'FINAL' && latest && (
        <Banner
          tone="success"
          title={`Final sejak ${formatShortTimestamp(latest.finalisedAt)}`}
          testId="finalised-banner"
          actions={
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => setReopening(true)}
              data-testid="reopen-open"
            >
              Koreksi…
            </button>
          }
        >
          Difinalisasi oleh {latest.finalisedBy} (revisi {latest.revision}). Perubahan hanya lewat koreksi
          dengan alasan tertulis; rekap ini tetap tersimpan.
        </Banner>
      )}
      {view.state !== 'FINAL' && (
        <div className="form-stack">
          {view.state === 'CORRECTION' && latest && (
            <Banner tone="warning" title="Sedang dikoreksi">
              Dibuka oleh {latest.reopenedBy ?? '—'}
              {latest.reopenedAt ? ` pada ${formatShortTimestamp(latest.reopenedAt)}` : ''}. Alasan:{' '}
              {latest.reopenReason}
            </Banner>
          )}
          {view.blockers.length > 0 ? (
            <div className="blockers" data-testid="finalisation-blockers">
              <p className="blockers-title">Yang masih menghalangi finalisasi:</p>
              <ul>
                {view.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="ready-line">Semua pegawai sudah dinilai atau dikecualikan.</p>
          )}
          {needsReason && (
            <div className={reasonError ? 'field field-invalid' : 'field'}>
              <div className="field-label-row">
                <label className="field-label" htmlFor={reasonId}>
                  Alasan penyimpangan dari kurva distribusi
                </label>
                <span className="field-required" aria-hidden="true">
                  *
                </span>
              </div>
              <textarea
                id={reasonId}
                name="deviationReason"
                className="input textarea"
                rows={3}
                maxLength={2000}
                value={reason}
                aria-invalid={reasonError ? true : undefined}
                aria-required
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonError(null);
                }}
                placeholder="Mis. jumlah pegawai yang dinilai sedikit; pimpinan menilai seluruh pegawai memenuhi ekspektasi…"
              />
              <p className="field-hint">
                Kurva adalah pedoman bagi pimpinan: penyimpangan boleh dengan alasan tertulis.
              </p>
              {reasonError && (
                <p className="field-error" data-testid="error-deviationReason">
                  {reasonError}
                </p>
              )}
            </div>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={ask}
              disabled={finalise.pending}
              data-testid="finalise-open"
            >
              Finalisasi periode…
            </button>
          </div>
        </div>
      )}
      <Dialog
        open={confirming}
        title={`Finalisasi ${view.period.label}?`}
        onClose={() => setConfirming(false)}
      >
        <div className="form-stack">
          <p>
            Predikat {view.total} pegawai seluruh kecamatan menjadi final. Sesudahnya rating, realisasi, bukti
            dukung, dan umpan balik periode ini tidak dapat diubah kecuali lewat koreksi.
          </p>
          <ul className="confirm-list">
            <li>
              Capaian organisasi:{' '}
              {view.orgRating ? ORG_RATING_LABELS[view.orgRating.rating] : 'belum ditetapkan'}
            </li>
            <li>{PREDIKATS.map((p) => `${PREDIKAT_LABELS[p]} ${view.counts[p]}`).join(' · ')}</li>
            {view.excludedCount > 0 && <li>{view.excludedCount} pegawai dikecualikan</li>}
            {needsReason && <li>Penyimpangan kurva: {reason.trim()}</li>}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              Batal
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void run()}
              disabled={finalise.pending}
              data-testid="finalise-confirm"
            >
              {finalise.pending ? 'Memfinalisasi…' : 'Ya, finalisasi'}
            </button>
          </div>
        </div>
      </Dialog>
      <ReasonDialog
        open={reopening}
        title={`Koreksi ${view.period.label}`}
        label="Alasan koreksi"
        name="reason"
        required
        submitLabel="Buka untuk koreksi"
        tone="danger"
        testId="reopen-confirm"
        onClose={() => setReopening(false)}
        onSubmit={async (text) => {
          const result = await rpc('finalisation.reopen', { periodId: view.period.id, reason: text });
          if (!result.ok) return result.error;
          invalidateQueries();
          setReopening(false);
          onNotice(`${view.period.label} dibuka untuk koreksi. Rekap final sebelumnya tetap tersimpan.`);
          return null;
        }}
      >
        <p>
          Periode dibuka kembali agar rating dapat diperbaiki, lalu difinalisasi lagi sebagai revisi baru.
          Rekap final sebelumnya tetap dapat dibaca dan jejak audit mencatat keduanya.
        </p>
      </ReasonDialog>
    </section>
  );
}
