import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { DEFAULT_PERIOD_TYPE, PERIOD_TYPES, PERIOD_TYPE_LABELS } from '../../../../shared/domain/periods';
import { YEAR_STATUS_LABELS, yearOpenInput, type YearDto } from '../../../../shared/ipc/methods/years';
import { rpc } from '../../api/client';
import { invalidateQueries, useMutation, useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { applyServerError, RadioGroupField, TextField } from '../../components/form';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatCount, formatTimestamp } from '../../lib/format';
import { SkpNav } from '../skp/SkpNav';
import { StatusChip } from '../skp/status';

type OpenInput = z.input<typeof yearOpenInput>;
type OpenOutput = z.output<typeof yearOpenInput>;

const PERIOD_HINTS: Readonly<Record<(typeof PERIOD_TYPES)[number], string>> = {
  MONTH: '12 periode: Januari … Desember, lalu penilaian akhir tahun.',
  QUARTER: '4 periode: Triwulan I–IV, seperti pada formulir nasional; lalu penilaian akhir tahun.',
  SEMESTER: '2 periode: Semester I dan II, lalu penilaian akhir tahun.',
};

const PERIOD_OPTIONS = PERIOD_TYPES.map((value) => ({
  value,
  label: PERIOD_TYPE_LABELS[value],
  hint: PERIOD_HINTS[value],
}));

function OpenYearForm({
  suggested,
  onClose,
  onDone,
}: {
  suggested: number;
  onClose: () => void;
  onDone: (y: YearDto) => void;
}) {
  const form = useForm<OpenInput, unknown, OpenOutput>({
    resolver: zodResolver(yearOpenInput),
    defaultValues: { year: suggested, periodType: DEFAULT_PERIOD_TYPE },
  });
  const mutation = useMutation('years.open');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone(result.data);
    else setBanner(applyServerError(form.setError, result.error, ['year', 'periodType']));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label="Buka tahun penilaian">
        <ErrorBanner message={banner} />
        <TextField
          name="year"
          label="Tahun"
          type="number"
          inputMode="numeric"
          required
          autoFocus
          registerOptions={{ valueAsNumber: true }}
          fieldClassName="field-narrow"
        />
        <RadioGroupField
          name="periodType"
          label="Jenis periode penilaian"
          options={PERIOD_OPTIONS}
          required
          testIdPrefix="period-type"
        />
        <p className="field-hint">
          Periode dan periode akhir tahun dibuat beserta rentang tanggalnya. Jenis periode tidak dapat diubah
          setelah tahun dibuka.
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Batal
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={mutation.pending}
            data-testid="year-open-save"
          >
            {mutation.pending ? 'Menyimpan…' : 'Buka tahun'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

function YearCard({ year, onClose, onReopen }: { year: YearDto; onClose: () => void; onReopen: () => void }) {
  const counts = year.skpCounts;
  const withSkp = counts.total - counts.BELUM_ADA;
  return (
    <section className="card year-card" aria-labelledby={`tahun-${year.id}`} data-testid="year-card">
      <div className="year-card-head">
        <div>
          <h2 id={`tahun-${year.id}`} className="year-title">
            {year.year}
            {year.isCurrent && <span className="badge badge-info">Tahun berjalan</span>}
            <span className={`badge ${year.status === 'OPEN' ? 'badge-success' : 'badge-muted'}`}>
              {YEAR_STATUS_LABELS[year.status]}
            </span>
          </h2>
          <p className="meta-line">
            Periode {year.periodTypeLabel.toLowerCase()} · {formatCount(withSkp)} SKP dari{' '}
            {formatCount(counts.total)} pegawai aktif
            {year.status === 'CLOSED' && year.closedAt
              ? ` · ditutup ${formatTimestamp(year.closedAt)} oleh ${year.closedBy ?? '—'}`
              : ''}
          </p>
          {year.status === 'CLOSED' && year.closeNote && (
            <p className="meta-line">Catatan: {year.closeNote}</p>
          )}
        </div>
        <div className="row-actions">
          <Link to={`/skp?tahun=${year.year}`} className="btn btn-secondary btn-small">
            Lihat SKP
          </Link>
          {year.status === 'OPEN' ? (
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={onClose}
              data-testid="year-close"
            >
              Tutup tahun
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={onReopen}
              data-testid="year-reopen"
            >
              Buka kembali
            </button>
          )}
        </div>
      </div>
      <div className="year-counts" aria-label="Status SKP">
        {(['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'BELUM_ADA'] as const).map((status) => (
          <span key={status} className="year-count">
            <StatusChip status={status} /> {formatCount(counts[status])}
          </span>
        ))}
      </div>
      <ol className="period-list" aria-label={`Periode tahun ${year.year}`}>
        {year.periods.map((period) => (
          <li key={period.id} className={period.kind === 'ANNUAL' ? 'period is-annual' : 'period'}>
            <span className="period-name">{period.shortLabel}</span>
            <span className="period-range">{period.rangeLabel}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Dialogs = { kind: 'open' } | { kind: 'close'; year: YearDto } | { kind: 'reopen'; year: YearDto } | null;

export function YearsPage() {
  const years = useQuery('years.list', {});
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = years.data ?? [];
  const suggested = list.length > 0 ? Math.max(...list.map((y) => y.year)) + 1 : new Date().getFullYear();
  const close = () => setDialog(null);

  return (
    <Page
      title="Tahun Penilaian"
      subtitle="Buka tahun penilaian beserta periodenya, dan tutup tahun setelah penilaiannya final."
      actions={
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setDialog({ kind: 'open' })}
          data-testid="year-open"
        >
          <Icon name="plus" />
          Buka tahun penilaian
        </button>
      }
    >
      <SkpNav year={undefined} />
      {notice && <Banner tone="success">{notice}</Banner>}
      <ErrorBanner message={years.error?.message} onRetry={years.reload} />
      {years.data === undefined ? (
        years.loading && <Loading />
      ) : list.length === 0 ? (
        <EmptyState
          title="Belum ada tahun penilaian."
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'open' })}>
              Buka tahun penilaian
            </button>
          }
        >
          SKP disusun per tahun penilaian: buka tahun terlebih dahulu.
        </EmptyState>
      ) : (
        <div className="year-list">
          {list.map((year) => (
            <YearCard
              key={year.id}
              year={year}
              onClose={() => setDialog({ kind: 'close', year })}
              onReopen={() => setDialog({ kind: 'reopen', year })}
            />
          ))}
        </div>
      )}

      <Dialog open={dialog?.kind === 'open'} title="Buka tahun penilaian" onClose={close}>
        <OpenYearForm
          suggested={suggested}
          onClose={close}
          onDone={(year) => {
            close();
            setNotice(`Tahun penilaian ${year.year} dibuka dengan ${year.periods.length} periode.`);
          }}
        />
      </Dialog>
      {dialog?.kind === 'close' && (
        <ReasonDialog
          open
          title={`Tutup tahun penilaian ${dialog.year.year}`}
          label="Catatan"
          name="note"
          hint="Opsional, mis. nomor surat penetapan hasil penilaian."
          submitLabel="Tutup tahun"
          testId="year-close-save"
          onClose={close}
          onSubmit={async (note) => {
            const result = await rpc('years.close', {
              id: dialog.year.id,
              version: dialog.year.version,
              note,
            });
            if (!result.ok) return result.error;
            invalidateQueries();
            close();
            setNotice(
              `Tahun penilaian ${dialog.year.year} ditutup: seluruh SKP tahun ini hanya dapat dibaca.`,
            );
            return null;
          }}
        >
          <p>
            Setelah ditutup, SKP tahun {dialog.year.year} tidak dapat diubah. Tahun hanya dapat ditutup bila
            semua SKP sudah disetujui.
          </p>
        </ReasonDialog>
      )}
      {dialog?.kind === 'reopen' && (
        <ReasonDialog
          open
          title={`Buka kembali tahun penilaian ${dialog.year.year}`}
          label="Alasan"
          name="reason"
          required
          hint="Dicatat di jejak audit."
          submitLabel="Buka kembali"
          testId="year-reopen-save"
          onClose={close}
          onSubmit={async (reason) => {
            const result = await rpc('years.reopen', {
              id: dialog.year.id,
              version: dialog.year.version,
              reason,
            });
            if (!result.ok) return result.error;
            invalidateQueries();
            close();
            setNotice(`Tahun penilaian ${dialog.year.year} dibuka kembali.`);
            return null;
          }}
        />
      )}
    </Page>
  );
}
