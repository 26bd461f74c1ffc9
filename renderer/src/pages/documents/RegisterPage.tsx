import { useState } from 'react';
import type { DocumentKind } from '../../../../shared/domain/documents';
import type { PrintedDocumentDto, UnsignedSummaryRow } from '../../../../shared/ipc/methods/documents';
import { useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { unitOptions } from '../../lib/units';
import { useSearchBox } from '../../lib/useSearchBox';
import { Filter } from './Filter';
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

const idOrNull = (value: string) => (value === '' ? null : Number(value));

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

        <form
          className="filter-bar filter-bar-register"
          role="search"
          aria-label="Saring register"
          onSubmit={(e) => e.preventDefault()}
        >
          <Filter label="Cari">
            {(id) => (
              <input
                id={id}
                name="query"
                className="input"
                autoComplete="off"
                placeholder="Nama, NIP, kode"
                value={search.text}
                onChange={(event) => search.change(event.target.value)}
              />
            )}
          </Filter>
          <Filter label="Unit kerja">
            {(id) => (
              <select
                id={id}
                name="unitId"
                className="input select"
                value={filters.unitId ?? ''}
                onChange={(event) => update({ unitId: idOrNull(event.target.value) })}
              >
                <option value="">Semua unit</option>
                {unitOptions(units.data ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
          <Filter label="Tahun">
            {(id) => (
              <select
                id={id}
                name="yearId"
                className="input select"
                value={filters.yearId ?? ''}
                onChange={(event) => update({ yearId: idOrNull(event.target.value), periodId: null })}
              >
                <option value="">Semua</option>
                {(years.data ?? []).map((y) => (
                  <option key={y.id} value={y.id}>
                    {y.year}
                  </option>
                ))}
              </select>
            )}
          </Filter>
          <Filter label="Periode">
            {(id) => (
              <select
                id={id}
                name="periodId"
                className="input select"
                value={filters.periodId ?? ''}
                disabled={!year}
                onChange={(event) => update({ periodId: idOrNull(event.target.value) })}
              >
                <option value="">{year ? 'Semua periode' : 'Pilih tahun dulu'}</option>
                {(year?.periods ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
          <Filter label="Jenis">
            {(id) => (
              <select
                id={id}
                name="kind"
                className="input select"
                value={filters.kind ?? ''}
                onChange={(event) =>
                  update({ kind: KIND_OPTIONS.find((o) => o.value === event.target.value)?.value ?? null })
                }
              >
                <option value="">Semua jenis</option>
                {KIND_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
          <Filter label="Tanda tangan">
            {(id) => (
              <select
                id={id}
                name="status"
                className="input select"
                value={filters.status}
                onChange={(event) => update({ status: event.target.value as SignFilter })}
              >
                <option value="all">Semua</option>
                <option value="unsigned">Belum ditandatangani</option>
                <option value="signed">Sudah ditandatangani</option>
              </select>
            )}
          </Filter>
          {filtered && (
            <div className="filter filter-checks">
              <span />
              <button type="button" className="btn btn-link btn-small" onClick={reset}>
                Hapus semua saringan
              </button>
            </div>
          )}
        </form>

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
