import { useState, type FormEvent } from 'react';
import { BATCH_KINDS, type BatchKind, type BatchStatus } from '../../../../shared/ipc/methods/documents';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents';
import { rpc } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { PeriodFilter, YearFilter } from '../../components/filters/PeriodFilters';
import { UnitFilter } from '../../components/filters/UnitFilter';
import { Icon } from '../../components/Icon';
import { Page } from '../../components/Page';
import { OpenResult } from '../../components/print/OpenResult';
import { PrintProgress } from '../../components/print/PrintProgress';
import { desktopFiles, DESKTOP_FAILED } from '../../lib/files';
import { formatCount } from '../../lib/format';
import { useBatchJob } from './useBatchJob';

interface Scope {
  kind: BatchKind;
  unitId: number | null;
  yearId: number | null;
  periodId: number | null;
}

const KIND_HINTS: Readonly<Record<BatchKind, string>> = {
  SKP: 'SKP yang sudah disetujui, masing-masing dengan Lampiran SKP.',
  EVALUASI: 'Evaluasi Kinerja Pegawai periode yang dipilih, dengan kurva distribusi unit.',
  DOKUMEN_EVALUASI: 'Sampul Dokumen Evaluasi Kinerja Pegawai periode yang dipilih.',
};

function Finished({ status }: { status: BatchStatus }) {
  const file =
    status.downloadable && status.path === null
      ? { url: `/download/batch/${encodeURIComponent(status.jobId)}`, fileName: status.fileName }
      : null;
  if (status.state === 'DONE') {
    return (
      <Banner tone="success" title="Cetak massal selesai" testId="batch-done">
        <p>{status.message}</p>
        <OpenResult path={status.path} file={file} openedTab={null} />
      </Banner>
    );
  }
  if (status.state === 'CANCELLED') {
    return (
      <Banner tone="info" title="Cetak massal dibatalkan" testId="batch-cancelled">
        {status.message}
      </Banner>
    );
  }
  return (
    <Banner tone="error" title="Cetak massal gagal" testId="batch-failed">
      {status.message}
    </Banner>
  );
}

/**
 * "Cetak Massal": every SKP, Evaluasi Kinerja or cover of a unit (the whole kecamatan by default) into one PDF,
 * generated in a worker with progress and a Batal button.
 */
export function BatchPrintPage() {
  const units = useQuery('units.list', {});
  const years = useQuery('years.list', {});
  const [scope, setScope] = useState<Scope>({ kind: 'SKP', unitId: null, yearId: null, periodId: null });
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const job = useBatchJob(jobId);

  const yearList = years.data ?? [];
  const year =
    yearList.find((y) => y.id === scope.yearId) ?? yearList.find((y) => y.isCurrent) ?? yearList[0];
  const needsPeriod = scope.kind !== 'SKP';
  const complete = year !== undefined && (!needsPeriod || scope.periodId !== null);
  const input = {
    kind: scope.kind,
    unitId: scope.unitId,
    yearId: year?.id ?? 0,
    periodId: needsPeriod ? scope.periodId : null,
  };
  const preview = useQuery('documents.batch.prepare', input, { enabled: complete });
  const running = job.status?.state === 'RUNNING' || (jobId !== null && job.status === null);
  const status = job.status;

  const update = (patch: Partial<Scope>) => {
    setPeriodError(null);
    setScope((current) => ({ ...current, ...patch }));
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (needsPeriod && scope.periodId === null) {
      setPeriodError('Pilih periode penilaian');
      return;
    }
    if (!year) return;
    setStarting(true);
    try {
      const prepared = await rpc('documents.batch.prepare', input);
      if (!prepared.ok) {
        setError(prepared.error.message);
        return;
      }
      let targetPath: string | null = null;
      const desktop = desktopFiles();
      if (desktop) {
        try {
          targetPath = await desktop.savePdf(prepared.data.defaultPath ?? prepared.data.fileName);
        } catch {
          setError(DESKTOP_FAILED);
          return;
        }
        if (targetPath === null) return;
      }
      const started = await rpc('documents.batch.start', { ...input, targetPath });
      if (!started.ok) {
        setError(started.error.fields?.periodId ?? started.error.message);
        return;
      }
      setJobId(started.data.jobId);
    } finally {
      setStarting(false);
    }
  };

  const cancel = async () => {
    if (jobId === null) return;
    setCancelling(true);
    const result = await rpc('documents.batch.cancel', { jobId });
    setCancelling(false);
    if (!result.ok) setError(result.error.message);
  };

  const again = () => {
    setJobId(null);
    setError(null);
  };

  return (
    <Page
      title="Cetak Massal"
      subtitle="Cetak semua SKP, Evaluasi Kinerja, atau sampul Dokumen Evaluasi satu unit (atau seluruh kecamatan) ke dalam satu PDF."
    >
      <div className="documents-page batch-page">
        <form
          className="card batch-form"
          onSubmit={(event) => void start(event)}
          aria-label="Pilihan cetak massal"
        >
          <fieldset className="batch-kinds" disabled={running || starting}>
            <legend className="field-label">Jenis dokumen</legend>
            {BATCH_KINDS.map((kind) => (
              <label key={kind} className="radio batch-kind">
                <input
                  type="radio"
                  name="kind"
                  value={kind}
                  checked={scope.kind === kind}
                  onChange={() => update({ kind })}
                  data-testid={`batch-kind-${kind}`}
                />
                <span>
                  <strong>{DOCUMENT_KIND_LABELS[kind]}</strong>
                  <span className="radio-hint">{KIND_HINTS[kind]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="batch-scope" disabled={running || starting}>
            <UnitFilter
              units={units.data}
              value={scope.unitId}
              onChange={(unitId) => update({ unitId })}
              allLabel="Seluruh kecamatan"
            />
            <YearFilter
              years={yearList}
              value={year?.id ?? null}
              onChange={(yearId) => update({ yearId, periodId: null })}
            />
            <PeriodFilter
              year={year}
              value={needsPeriod ? scope.periodId : null}
              onChange={(periodId) => update({ periodId })}
              emptyLabel={needsPeriod ? 'Pilih periode' : 'Tidak perlu untuk SKP'}
              disabled={!needsPeriod}
              error={periodError}
            />
          </fieldset>
          <div className="batch-footer">
            <p className="field-hint" data-testid="batch-count">
              {!complete
                ? 'Pilih periode untuk melihat jumlah dokumen.'
                : preview.data
                  ? `${formatCount(preview.data.count)} dokumen dari SKP yang sudah disetujui akan dicetak ke ${preview.data.fileName}.`
                  : preview.error
                    ? preview.error.message
                    : 'Menghitung dokumen…'}
            </p>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={running || starting || preview.data?.count === 0}
              data-testid="batch-start"
            >
              <Icon name="printer" />
              {starting ? 'Memulai…' : 'Mulai cetak'}
            </button>
          </div>
        </form>

        <ErrorBanner message={error ?? job.error} />

        {jobId !== null && (
          <section className="card batch-job" aria-label="Jalannya cetak massal">
            {status === null ? (
              <PrintProgress done={0} total={0} message="Menyiapkan…" running />
            ) : (
              <>
                {status.state === 'RUNNING' ? (
                  <>
                    <PrintProgress done={status.done} total={status.total} message={status.message} running />
                    <div className="batch-actions">
                      <button
                        type="button"
                        className="btn btn-danger-outline"
                        onClick={() => void cancel()}
                        disabled={cancelling}
                        data-testid="batch-cancel"
                      >
                        {cancelling ? 'Membatalkan…' : 'Batal'}
                      </button>
                    </div>
                  </>
                ) : (
                  <>
                    <Finished status={status} />
                    <div className="batch-actions">
                      <button
                        type="button"
                        className="btn btn-secondary"
                        onClick={again}
                        data-testid="batch-again"
                      >
                        Cetak massal lain
                      </button>
                    </div>
                  </>
                )}
                {status.skipped.length > 0 && (
                  <details className="batch-skipped">
                    <summary>{formatCount(status.skipped.length)} pegawai dilewati</summary>
                    <ul>
                      {status.skipped.map((item, index) => (
                        <li key={`${item.employeeName}-${index}`}>
                          <strong>{item.employeeName}</strong>: {item.reason}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            )}
          </section>
        )}
      </div>
    </Page>
  );
}
