import { useId, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { formatCapaian } from '../../../../shared/domain/capaian';
import { formatNip } from '../../../../shared/domain/nip';
import { PREDIKATS, PREDIKAT_LABELS, emptyPredikatCounts } from '../../../../shared/domain/predikat';
import type { EvaluationListRow } from '../../../../shared/ipc/methods/evaluation';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DataTable, type DataColumn } from '../../components/table/DataTable';
import { formatCount } from '../../lib/format';
import { unitOptions } from '../../lib/units';
import { YearSelect } from '../skp/SkpNav';
import { useYearChoice } from '../skp/years';
import { CAPAIAN_LABEL, EvaluationChip, RATING_SHORT } from './labels';
import { PeriodSelect, usePeriodChoice } from './periods';
import { listQuery, useScopeChoice } from './scope';

function Meter({ value, total, label }: { value: number; total: number; label: string }) {
  const share = total === 0 ? 0 : Math.round((value / total) * 100);
  return (
    <span className="meter-cell" title={label}>
      <span className="meter-text">
        {value}/{total}
      </span>
      <span className="meter" aria-hidden="true">
        <span
          className={share === 100 ? 'meter-fill is-full' : 'meter-fill'}
          style={{ width: `${share}%` }}
        />
      </span>
    </span>
  );
}

function Summary({ rows, done }: { rows: EvaluationListRow[]; done: number }) {
  const counts = emptyPredikatCounts();
  for (const row of rows) {
    const p = row.evaluation.excludedReason ? null : row.evaluation.predikat;
    if (p) counts[p] += 1;
  }
  const excluded = rows.filter((r) => r.evaluation.excludedReason !== null).length;
  return (
    <div className="eval-summary" data-testid="evaluation-summary">
      <div className="eval-summary-main">
        <span className="eval-summary-count">
          {formatCount(done)} <span className="muted">dari</span> {formatCount(rows.length)}
        </span>
        <span className="eval-summary-label">selesai dinilai atau dikecualikan</span>
        <span className="progress-bar" aria-hidden="true">
          <span className="progress-bar-part progress-part-disetujui" style={{ flexGrow: done }} />
          <span className="progress-bar-part progress-part-belum" style={{ flexGrow: rows.length - done }} />
        </span>
      </div>
      <ul className="eval-summary-predikat" aria-label="Jumlah per predikat">
        {PREDIKATS.map((p) => (
          <li key={p} className={`predikat-count predikat-${p.toLowerCase()}`}>
            <strong>{counts[p]}</strong> {PREDIKAT_LABELS[p]}
          </li>
        ))}
        {excluded > 0 && (
          <li className="predikat-count">
            <strong>{excluded}</strong> dikecualikan
          </li>
        )}
      </ul>
    </div>
  );
}

function columns(showAppraiser: boolean): DataColumn<EvaluationListRow>[] {
  return [
    {
      id: 'name',
      header: 'Pegawai',
      enableSorting: false,
      accessorFn: (row) => row.fullName,
      cell: ({ row }) => (
        <span className="cell-stack">
          <span className="cell-primary">{row.original.fullName}</span>
          <span className="cell-secondary">
            <span className="nip">{formatNip(row.original.nip)}</span> · {row.original.positionName}
          </span>
          <span className="cell-secondary">
            {row.original.unitName}
            {showAppraiser && row.original.appraiserName ? ` · penilai: ${row.original.appraiserName}` : ''}
          </span>
        </span>
      ),
    },
    {
      id: 'filled',
      header: 'Realisasi',
      enableSorting: false,
      accessorFn: (row) => row.filledCount,
      cell: ({ row }) => (
        <Meter
          value={row.original.filledCount}
          total={row.original.ikiCount}
          label={`${row.original.filledCount} dari ${row.original.ikiCount} IKI terisi`}
        />
      ),
    },
    {
      id: 'evidence',
      header: 'Bukti',
      enableSorting: false,
      accessorFn: (row) => row.evidenceCount,
      cell: ({ row }) => <span className="nowrap">{row.original.evidenceCount}</span>,
    },
    {
      id: 'feedback',
      header: 'Umpan balik',
      enableSorting: false,
      accessorFn: (row) => row.feedbackCount,
      cell: ({ row }) => <span className="nowrap">{row.original.feedbackCount}</span>,
    },
    {
      id: 'capaian',
      header: () => (
        <span title={CAPAIAN_LABEL} className="th-wrap-inline">
          Capaian
          <br />
          (alat bantu)
        </span>
      ),
      enableSorting: false,
      accessorFn: (row) => row.averageCapaian,
      cell: ({ row }) => <span className="nowrap">{formatCapaian(row.original.averageCapaian)}</span>,
    },
    {
      id: 'ratings',
      header: () => (
        <span className="th-wrap-inline">
          Rating hasil
          <br />· perilaku
        </span>
      ),
      enableSorting: false,
      accessorFn: (row) => row.evaluation.ratingHasil,
      cell: ({ row }) => {
        const e = row.original.evaluation;
        if (!e.ratingHasil || !e.ratingPerilaku) return <span className="muted">–</span>;
        return (
          <span className="nowrap">
            {RATING_SHORT[e.ratingHasil]} · {RATING_SHORT[e.ratingPerilaku]}
          </span>
        );
      },
    },
    {
      id: 'predikat',
      header: 'Predikat',
      enableSorting: false,
      accessorFn: (row) => row.evaluation.predikat,
      cell: ({ row }) => <EvaluationChip evaluation={row.original.evaluation} />,
    },
  ];
}

/** The penilai's bawahan (or, for HR, every pegawai) to evaluate in a period, with their progress. */
export function EvaluationListPage() {
  const choice = useYearChoice();
  const year = choice.year;
  const periods = usePeriodChoice(year);
  const period = periods.period;
  const scope = useScopeChoice();
  const hr = useIsHrStaff();
  const navigate = useNavigate();
  const scopeId = useId();
  const unitId = useId();
  const units = useQuery('units.list', {}, { enabled: hr });
  const unitChoices = useMemo(() => unitOptions(units.data ?? []), [units.data]);
  const list = useQuery(
    'evaluation.list',
    { periodId: period?.id ?? 1, scope: scope.scope, unitId: scope.unitId },
    { enabled: period !== undefined, keepPrevious: true },
  );
  const data = list.data;
  const query = listQuery({
    year: year?.year,
    periodId: period?.id,
    scope: scope.scope,
    unitId: scope.unitId,
  });

  let body: ReactNode;
  if (choice.years.data !== undefined && !year) {
    body = <EmptyState title="Belum ada tahun penilaian." />;
  } else if (data === undefined) {
    body = list.loading && <Loading />;
  } else {
    body = (
      <>
        <Summary rows={data.rows} done={data.doneCount} />
        <div className="eval-list">
          <DataTable
            caption={`Penilaian ${data.period.label}`}
            columns={columns(scope.scope === 'all')}
            rows={data.rows}
            total={data.rows.length}
            page={1}
            pageSize={Math.max(1, data.rows.length)}
            sort={{ id: 'name', desc: false }}
            onSortChange={() => undefined}
            onPageChange={() => undefined}
            hidePager
            getRowId={(row) => String(row.skpId)}
            onOpen={(row) => navigate(`/penilaian/${row.skpId}${query}`)}
            rowLabel={(row) => `Nilai ${row.fullName}`}
            rowTestId="evaluation-row"
            loading={list.loading}
            noun="pegawai"
            empty={
              <EmptyState
                title={
                  scope.scope === 'mine'
                    ? 'Tidak ada bawahan dengan SKP disetujui pada periode ini.'
                    : 'Tidak ada pegawai dengan SKP disetujui pada periode ini.'
                }
              >
                {scope.scope === 'mine'
                  ? 'Daftar ini berisi pegawai yang pejabat penilainya Anda.'
                  : 'Penilaian dilakukan atas SKP yang sudah disetujui.'}
              </EmptyState>
            }
          />
        </div>
      </>
    );
  }

  return (
    <Page
      title="Penilaian"
      subtitle={
        period
          ? `Rating hasil kerja dan perilaku kerja ${period.label} · ${period.rangeLabel}`
          : 'Rating hasil kerja dan perilaku kerja per periode'
      }
      actions={
        <>
          <YearSelect choice={choice} />
          <PeriodSelect year={year} choice={periods} />
        </>
      }
    >
      <ErrorBanner message={choice.years.error?.message ?? list.error?.message} onRetry={list.reload} />
      {period?.kind === 'ANNUAL' && (
        <Banner tone="info">
          Penilaian akhir tahun: layar tiap pegawai menampilkan hasil periode-periode sebelumnya sebagai bahan
          pertimbangan.
        </Banner>
      )}
      {hr && (
        <div className="filter-bar filter-bar-eval" role="group" aria-label="Lingkup penilaian">
          {scope.canChoose && (
            <div className="filter">
              <label htmlFor={scopeId} className="field-label">
                Lingkup
              </label>
              <select
                id={scopeId}
                name="lingkup"
                className="input select"
                value={scope.scope}
                onChange={(event) => scope.set({ scope: event.target.value === 'mine' ? 'mine' : 'all' })}
              >
                <option value="all">Semua pegawai</option>
                <option value="mine">Bawahan saya</option>
              </select>
            </div>
          )}
          {scope.scope === 'all' && (
            <div className="filter">
              <label htmlFor={unitId} className="field-label">
                Unit kerja
              </label>
              <select
                id={unitId}
                name="unitId"
                className="input select"
                value={scope.unitId === null ? '' : String(scope.unitId)}
                onChange={(event) =>
                  scope.set({ unitId: event.target.value === '' ? null : Number(event.target.value) })
                }
              >
                <option value="">Seluruh kecamatan</option>
                {unitChoices.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
      {body}
    </Page>
  );
}
