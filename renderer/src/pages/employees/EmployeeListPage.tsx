import { useMemo } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatNip } from '../../../../shared/domain/nip';
import {
  ACTIVITY_LABELS,
  EMPLOYEE_STATUSES,
  POSITION_TYPES,
  POSITION_TYPE_LABELS,
} from '../../../../shared/domain/positions';
import {
  ACTIVITY_FILTERS,
  EMPLOYEE_SORTS,
  type EmployeeListRow,
} from '../../../../shared/ipc/methods/employees';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar, FilterChecks } from '../../components/filters/FilterBar';
import { FilterSelect } from '../../components/filters/FilterSelect';
import { SearchFilter } from '../../components/filters/SearchFilter';
import { UnitFilter } from '../../components/filters/UnitFilter';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { oneOf } from '../../lib/params';
import { useSearchBox } from '../../lib/useSearchBox';
import {
  hasNarrowingFilters,
  PAGE_SIZE,
  readFilters,
  toListInput,
  writeFilters,
  type ListFilters,
} from './listFilters';
import { ACTIVITY_FILTER_LABELS, POSITION_TYPE_OPTIONS, STATUS_OPTIONS } from './options';
import { readNotice } from './notice';

const COLUMNS: DataColumn<EmployeeListRow>[] = [
  {
    id: 'name',
    header: 'Nama',
    accessorFn: (row) => row.fullName,
    cell: ({ row }) => (
      <span className="cell-name">
        <span className="cell-primary">{row.original.fullName}</span>
        {row.original.activity !== 'AKTIF' && (
          <span className="badge badge-muted">{ACTIVITY_LABELS[row.original.activity]}</span>
        )}
      </span>
    ),
  },
  {
    id: 'nip',
    header: 'NIP',
    accessorFn: (row) => row.nip,
    cell: ({ row }) => <span className="nip">{formatNip(row.original.nip)}</span>,
  },
  {
    id: 'position',
    header: 'Jabatan',
    accessorFn: (row) => row.positionName,
    cell: ({ row }) => (
      <span className="cell-stack">
        <span>{row.original.positionName}</span>
        <span className="cell-secondary">{POSITION_TYPE_LABELS[row.original.positionType]}</span>
      </span>
    ),
  },
  { id: 'unit', header: 'Unit Kerja', accessorFn: (row) => row.unitName },
  {
    id: 'golongan',
    header: 'Gol.',
    accessorFn: (row) => row.golongan ?? '',
    cell: ({ row }) => row.original.golongan ?? '—',
  },
];

const ACTIVITY_OPTIONS = ACTIVITY_FILTERS.map((value) => ({
  value,
  label: ACTIVITY_FILTER_LABELS[value],
}));

export function EmployeeListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = readNotice(location.state);
  const filters = useMemo(() => readFilters(params), [params]);
  const canAdd = useIsHrStaff();

  const update = (patch: Partial<ListFilters>) => {
    setParams(writeFilters({ ...filters, page: 1, ...patch }), { replace: true });
  };
  const search = useSearchBox(filters.query, (query) =>
    setParams((current) => writeFilters({ ...readFilters(current), query, page: 1 }), { replace: true }),
  );

  const units = useQuery('units.list', {});
  const list = useQuery('employees.list', toListInput(filters), { keepPrevious: true });
  const sort = useMemo<ServerSort>(
    () => ({ id: filters.sort, desc: filters.desc }),
    [filters.sort, filters.desc],
  );

  const resetFilters = () => {
    search.clear();
    setParams(new URLSearchParams(), { replace: true });
  };

  const narrowed = hasNarrowingFilters(filters);
  const page = list.data;

  return (
    <Page
      title="Pegawai"
      subtitle="Daftar ASN di seluruh unit kerja."
      actions={
        canAdd && (
          <Link to="/pegawai/baru" className="btn btn-primary" data-testid="employee-add">
            <Icon name="plus" />
            Tambah Pegawai
          </Link>
        )
      }
    >
      {notice && <Banner tone="success">{notice}</Banner>}
      <FilterBar label="Cari dan saring pegawai">
        <SearchFilter
          label="Cari nama atau NIP"
          placeholder="Mis. Siti atau 19860926"
          box={search}
          wide
          testId="employee-search"
        />
        <UnitFilter
          units={units.data}
          value={filters.unitId}
          onChange={(unitId) => update({ unitId })}
          allLabel="Semua unit kerja"
        />
        <FilterSelect
          label="Status kepegawaian"
          name="status"
          value={filters.status ?? ''}
          onChange={(value) => update({ status: oneOf(EMPLOYEE_STATUSES, value) })}
          options={STATUS_OPTIONS}
          allLabel="Semua status"
        />
        <FilterSelect
          label="Jenis jabatan"
          name="positionType"
          value={filters.positionType ?? ''}
          onChange={(value) => update({ positionType: oneOf(POSITION_TYPES, value) })}
          options={POSITION_TYPE_OPTIONS}
          allLabel="Semua jenis"
        />
        <FilterSelect
          label="Keaktifan"
          name="activity"
          value={filters.activity}
          onChange={(value) => update({ activity: oneOf(ACTIVITY_FILTERS, value) ?? 'ACTIVE' })}
          options={ACTIVITY_OPTIONS}
        />
        {(filters.unitId !== null || narrowed) && (
          <FilterChecks onClear={narrowed ? resetFilters : undefined}>
            {filters.unitId !== null ? (
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="includeSubunits"
                  checked={filters.includeSubunits}
                  onChange={(event) => update({ includeSubunits: event.target.checked })}
                />
                Termasuk pegawai di sub-unit
              </label>
            ) : undefined}
          </FilterChecks>
        )}
      </FilterBar>

      <ErrorBanner message={list.error?.message} onRetry={list.reload} />

      {page === undefined ? (
        list.loading && <Loading />
      ) : (
        <DataTable
          caption="Daftar pegawai"
          columns={COLUMNS}
          rows={page.rows}
          total={page.total}
          page={page.page}
          pageSize={PAGE_SIZE}
          sort={sort}
          onSortChange={(next) => update({ sort: oneOf(EMPLOYEE_SORTS, next.id) ?? 'name', desc: next.desc })}
          onPageChange={(next) => setParams(writeFilters({ ...filters, page: next }), { replace: true })}
          getRowId={(row) => String(row.id)}
          onOpen={(row) => navigate(`/pegawai/${row.id}`)}
          rowTestId="employee-row"
          rowClassName={(row) => (row.activity === 'AKTIF' ? undefined : 'is-muted')}
          loading={list.loading}
          noun="pegawai"
          empty={
            narrowed ? (
              <EmptyState title="Tidak ada pegawai yang cocok dengan pencarian atau saringan ini.">
                <button type="button" className="btn btn-secondary" onClick={resetFilters}>
                  Hapus semua saringan
                </button>
              </EmptyState>
            ) : (
              <EmptyState
                title="Belum ada data pegawai."
                actions={
                  canAdd && (
                    <Link to="/pegawai/baru" className="btn btn-primary">
                      Tambah Pegawai
                    </Link>
                  )
                }
              />
            )
          }
        />
      )}
    </Page>
  );
}
