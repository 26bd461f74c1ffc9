import { useState } from 'react';
import type { DocumentKind } from '../../../../shared/domain/documents';
import type { PrintedDocumentDto, UnsignedSummaryRow } from '../../../../shared/ipc/methods/documents';
import { useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar, FilterChecks } from '../../components/filters/FilterBar';
import { FilterSelect } from '../../components/filters/FilterSelect';
import { PeriodFilter, YearFilter } from '../../components/filters/PeriodFilters';
import { SearchFilter } from '../../components/filters/SearchFilter';
import { UnitFilter } from '../../components/filters/UnitFilter';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useSearchBox } from '../../lib/useSearchBox';
import { KIND_OPTIONS } from './labels';
import { RegisterTable } from './RegisterTable';
import { ScanPreviewDialog } from './ScanPreviewDialog';
import { UnsignedSummary } from './UnsignedSummary';

const PAGE_SIZE = 25;

type SignFilter = 'all' | 'unsigned' | 'signed';

interface RegisterFilters {
  unitId: number | null;
  yearId: number | null;
  periodId: number | null;
  kind: DocumentKind | null;
  status: SignFilter;
  query: string;
  page: number;
}

const NO_FILTERS: RegisterFilters = {
  unitId: null,
  yearId: null,
  periodId: null,
  kind: null,
  status: 'all',
  query: '',
  page: 1,
};

const SIGN_FILTERS: readonly { value: SignFilter; label: string }[] = [
  { value: 'all', label: 'Semua' },
  { value: 'unsigned', label: 'Belum ditandatangani' },
  { value: 'signed', label: 'Sudah ditandatangani' },
];

/**
 * "Register Cetak": every printed document with its code, who printed it and when, and whether the scan of the
 * signed paper is attached; with the per-unit, per-period count of what is still unsigned.
 */
export function RegisterPage() {
  const [filters, setFilters] = useState<RegisterFilters>(NO_FILTERS);
  const [preview, setPreview] = useState<PrintedDocumentDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const units = useQuery('units.list', {});
  const years = useQuery('years.list', {});
  const list = useQuery(
    'documents.register.list',
    { ...filters, pageSize: PAGE_SIZE },
    { keepPrevious: true },
  );
  const summary = useQuery('documents.register.unsignedSummary', {
    yearId: filters.yearId,
    periodId: filters.periodId,
  });

  const update = (patch: Partial<RegisterFilters>) =>
    setFilters((current) => ({ ...current, page: 1, ...patch }));
  const search = useSearchBox(filters.query, (query) => update({ query }), 300);
  const year = years.data?.find((y) => y.id === filters.yearId);
  const filtered = JSON.stringify({ ...filters, page: 1 }) !== JSON.stringify(NO_FILTERS);

  const reset = () => {
    search.clear();
    setFilters(NO_FILTERS);
  };

  const showUnsigned = (row: UnsignedSummaryRow) => {
    search.clear();
    setFilters({
      ...NO_FILTERS,
      yearId: filters.yearId,
      unitId: row.unitId,
      periodId: row.periodId,
      kind: row.kind,
      status: 'unsigned',
    });
  };

  const onNotice = (message: string) => {
    setError(null);
    setNotice(message);
  };
  const onError = (message: string) => {
    setNotice(null);
    setError(message);
  };

  return (
    <Page
      title="Register Cetak"
      subtitle="Setiap dokumen yang dicetak SIPKA dengan kodenya. Lampirkan pindaian kertas yang sudah ditandatangani."
    >
      <div className="documents-page">
        {notice && (
          <Banner tone="success" testId="register-notice">
            {notice}
          </Banner>
        )}
        <ErrorBanner message={error} />

        <FilterBar label="Saring register" className="filter-bar-register">
          <SearchFilter label="Cari" placeholder="Nama, NIP, kode" box={search} />
          <UnitFilter
            units={units.data}
            value={filters.unitId}
            onChange={(unitId) => update({ unitId })}
            allLabel="Semua unit"
          />
          <YearFilter
            years={years.data ?? []}
            value={filters.yearId}
            onChange={(yearId) => update({ yearId, periodId: null })}
            allLabel="Semua"
          />
          <PeriodFilter
            year={year}
            value={filters.periodId}
            onChange={(periodId) => update({ periodId })}
            emptyLabel={year ? 'Semua periode' : 'Pilih tahun dulu'}
            disabled={!year}
          />
          <FilterSelect
            label="Jenis"
            name="kind"
            value={filters.kind ?? ''}
            onChange={(value) => update({ kind: KIND_OPTIONS.find((o) => o.value === value)?.value ?? null })}
            options={KIND_OPTIONS}
            allLabel="Semua jenis"
          />
          <FilterSelect
            label="Tanda tangan"
            name="status"
            value={filters.status}
            onChange={(value) =>
              update({ status: SIGN_FILTERS.find((o) => o.value === value)?.value ?? 'all' })
            }
            options={SIGN_FILTERS}
          />
          {filtered && <FilterChecks onClear={reset} />}
        </FilterBar>

        <div className="register-layout">
          <div className="register-main">
            <ErrorBanner message={list.error?.message} onRetry={list.reload} />
            {list.data === undefined ? (
              list.loading && <Loading />
            ) : (
              <RegisterTable
                rows={list.data.rows}
                total={list.data.total}
                page={list.data.page}
                pageSize={PAGE_SIZE}
                loading={list.loading}
                onPageChange={(page) => setFilters((current) => ({ ...current, page }))}
                onPreview={setPreview}
                onNotice={onNotice}
                onError={onError}
                empty={
                  filtered ? (
                    <EmptyState title="Tidak ada dokumen yang cocok dengan saringan ini.">
                      <button type="button" className="btn btn-secondary" onClick={reset}>
                        Hapus semua saringan
                      </button>
                    </EmptyState>
                  ) : (
                    <EmptyState title="Belum ada dokumen yang dicetak.">
                      Cetak SKP atau dokumen evaluasi dari halamannya, atau sekaligus lewat Cetak Massal.
                    </EmptyState>
                  )
                }
              />
            )}
          </div>
          <aside className="register-side">
            <ErrorBanner message={summary.error?.message} onRetry={summary.reload} />
            {summary.data && <UnsignedSummary rows={summary.data} onShow={showUnsigned} />}
          </aside>
        </div>
      </div>
      <ScanPreviewDialog document={preview} onClose={() => setPreview(null)} />
    </Page>
  );
}
