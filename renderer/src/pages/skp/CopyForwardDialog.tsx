import { useId, useState } from 'react';
import type { CopyForwardResult } from '../../../../shared/ipc/methods/skp';
import type { YearDto } from '../../../../shared/ipc/methods/years';
import { rpc } from '../../api/client';
import { invalidateQueries } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { formatCount } from '../../lib/format';

interface Progress {
  created: number;
  alreadyHasSkp: number;
  inactive: number;
  unlinked: number;
  remaining: number;
  done: boolean;
  durationMs: number;
}

const EMPTY: Progress = {
  created: 0,
  alreadyHasSkp: 0,
  inactive: 0,
  unlinked: 0,
  remaining: 0,
  done: false,
  durationMs: 0,
};

function add(progress: Progress, step: CopyForwardResult): Progress {
  return {
    created: progress.created + step.created,
    alreadyHasSkp: progress.alreadyHasSkp + step.skipped.alreadyHasSkp,
    inactive: progress.inactive + step.skipped.inactive,
    unlinked: progress.unlinked + step.unlinked,
    remaining: step.remaining,
    done: step.done,
    durationMs: progress.durationMs + step.durationMs,
  };
}

/** Copies every active pegawai's SKP from an earlier year, a few batches per call so progress can show. */
function CopyForm({
  year,
  years,
  onClose,
}: {
  year: YearDto;
  years: readonly YearDto[];
  onClose: () => void;
}) {
  const sources = years.filter((y) => y.year < year.year);
  const selectId = useId();
  const [fromId, setFromId] = useState(sources[0]?.id ?? 0);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    setRunning(true);
    let total = EMPTY;
    setProgress(total);
    for (;;) {
      const result = await rpc('skp.copyForwardAll', {
        fromYearId: fromId,
        toYearId: year.id,
        maxBatches: 1,
      });
      if (!result.ok) {
        setError(result.error.message);
        break;
      }
      total = add(total, result.data);
      setProgress(total);
      if (result.data.done) break;
    }
    setRunning(false);
    invalidateQueries();
  };

  const from = sources.find((y) => y.id === fromId);
  return (
    <div className="form-stack">
      {sources.length === 0 ? (
        <Banner tone="info">Tidak ada tahun penilaian sebelum {year.year} untuk disalin.</Banner>
      ) : (
        <>
          <p>
            Setiap pegawai aktif yang belum memiliki SKP tahun {year.year} mendapat SKP baru (draf) yang
            disalin dari SKP tahun asal: RHK, IKI beserta target, dan lampiran. RHK atasan dicocokkan menurut
            teksnya; atasan disalin lebih dahulu daripada bawahannya.
          </p>
          <div className="field field-narrow">
            <label className="field-label" htmlFor={selectId}>
              Salin dari tahun
            </label>
            <select
              id={selectId}
              className="input select"
              value={String(fromId)}
              disabled={running || progress !== null}
              onChange={(event) => setFromId(Number(event.target.value))}
            >
              {sources.map((y) => (
                <option key={y.id} value={String(y.id)}>
                  {y.year}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <ErrorBanner message={error} />
      {progress && (
        <div className="copy-progress" role="status" aria-live="polite" data-testid="copy-all-result">
          <p className="copy-progress-title">
            {progress.done ? 'Selesai.' : running ? 'Menyalin…' : 'Terhenti.'} {formatCount(progress.created)}{' '}
            SKP dibuat
            {progress.remaining > 0 ? `, ${formatCount(progress.remaining)} lagi` : ''}.
          </p>
          <ul className="copy-progress-list">
            <li>
              Sudah memiliki SKP {year.year}: {formatCount(progress.alreadyHasSkp)} pegawai (dilewati)
            </li>
            <li>Tidak aktif lagi: {formatCount(progress.inactive)} pegawai (dilewati)</li>
            <li>RHK utama yang belum menginduk RHK atasan: {formatCount(progress.unlinked)}</li>
            {progress.done && <li>Waktu: {(progress.durationMs / 1000).toLocaleString('id-ID')} detik</li>}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={running}>
          {progress?.done ? 'Tutup' : 'Batal'}
        </button>
        {!progress?.done && sources.length > 0 && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void start()}
            disabled={running || !from}
            data-testid="copy-all-start"
          >
            {running ? 'Menyalin…' : progress ? 'Lanjutkan' : `Salin dari ${from?.year ?? ''}`}
          </button>
        )}
      </div>
    </div>
  );
}

export function CopyForwardDialog({
  open,
  year,
  years,
  onClose,
}: {
  open: boolean;
  year: YearDto | undefined;
  years: readonly YearDto[];
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open && year !== undefined}
      title={`Salin SKP semua pegawai ke tahun ${year?.year ?? ''}`}
      onClose={onClose}
    >
      {year && <CopyForm year={year} years={years} onClose={onClose} />}
    </Dialog>
  );
}
