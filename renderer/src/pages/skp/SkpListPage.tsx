import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatNip } from '../../../../shared/domain/nip';
import { PERIOD_TYPE_LABELS } from '../../../../shared/domain/periods';
import { APPROACHES, APPROACH_LABELS, NO_SKP, SKP_STATUSES } from '../../../../shared/domain/skp';
import { SKP_SORTS, type SkpListInput, type SkpListRow } from '../../../../shared/ipc/methods/skp';
import type { SkpStatusCounts } from '../../../../shared/ipc/methods/years';
import { useQuery } from '../../api/hooks';
import { useHasRole, useIsHrStaff, useSession } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { FilterBar, FilterChecks } from '../../components/filters/FilterBar';
import { FilterSelect } from '../../components/filters/FilterSelect';
import { SearchFilter } from '../../components/filters/SearchFilter';
import { UnitFilter } from '../../components/filters/UnitFilter';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { formatCount, formatShortTimestamp } from '../../lib/format';
import { useSearchBox } from '../../lib/useSearchBox';
import { CopyForwardDialog } from './CopyForwardDialog';
import { CreateSkpDialog, type CreateTarget } from './CreateSkpDialog';
import { SkpNav, YearSelect } from './SkpNav';
import { revisionNote, StatusChip, statusLabel, type ListStatus } from './status';
import { useYearChoice } from './years';
import { oneOf, positiveInt } from '../../lib/params';

const PAGE_SIZE = 25;
const LIST_STATUSES: readonly ListStatus[] = [...SKP_STATUSES, NO_SKP];

interface Filters {
  query: string;
  unitId: number | null;
  status: ListStatus | null;
  approach: (typeof APPROACHES)[number] | null;
  sort: (typeof SKP_SORTS)[number];
  page: number;
}

function readFilters(params: URLSearchParams): Filters {
  return {
    query: params.get('q') ?? '',
    unitId: positiveInt(params.get('unit')),
    status: oneOf(LIST_STATUSES, params.get('status')),
    approach: oneOf(APPROACHES, params.get('pendekatan')),
    sort: oneOf(SKP_SORTS, params.get('urut')) ?? 'name',
    page: positiveInt(params.get('hal')) ?? 1,
  };
}

function writeFilters(current: URLSearchParams, filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const year = current.get('tahun');
  if (year) params.set('tahun', year);
  if (filters.query !== '') params.set('q', filters.query);
  if (filters.unitId !== null) params.set('unit', String(filters.unitId));
  if (filters.status) params.set('status', filters.status);
  if (filters.approach) params.set('pendekatan', filters.approach);
  if (filters.sort !== 'name') params.set('urut', filters.sort);
  if (filters.page > 1) params.set('hal', String(filters.page));
  return params;
}

function ProgressChips({
  counts,
  active,
  onChoose,
}: {
  counts: SkpStatusCounts;
  active: ListStatus | null;
  onChoose: (status: ListStatus | null) => void;
}) {
  const chips: { status: ListStatus | null; label: string; count: number }[] = [
    { status: null, label: 'Semua', count: counts.total },
    ...LIST_STATUSES.map((status) => ({ status, label: statusLabel(status), count: counts[status] })),
  ];
  return (
    <div className="progress-chips" role="group" aria-label="Saring menurut status SKP">
      {chips.map((chip) => (
        <button
          key={chip.status ?? 'ALL'}
          type="button"
          className={`progress-chip progress-chip-${(chip.status ?? 'all').toLowerCase()}`}
          aria-pressed={active === chip.status}
          onClick={() => onChoose(chip.status)}
          data-testid={`progress-${chip.status ?? 'ALL'}`}
        >
          <span className="progress-chip-count">{formatCount(chip.count)}</span>
          <span className="progress-chip-label">{chip.label}</span>
        </button>
      ))}
      {counts.total > 0 && (
        <div className="progress-bar" aria-hidden="true">
          {(['DISETUJUI', 'DIAJUKAN', 'DIKEMBALIKAN', 'DRAFT', 'BELUM_ADA'] as const).map((status) =>
            counts[status] > 0 ? (
              <span
                key={status}
                className={`progress-bar-part progress-part-${status.toLowerCase()}`}
                style={{ flexGrow: counts[status] }}
              />
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}

const APPROACH_OPTIONS = APPROACHES.map((value) => ({ value, label: APPROACH_LABELS[value] }));
const SORT_OPTIONS = [
  { value: 'name', label: 'Nama' },
  { value: 'unit', label: 'Unit kerja' },
  { value: 'status', label: 'Status (perlu tindakan dahulu)' },
  { value: 'updatedAt', label: 'Terakhir diubah' },
];

/** The signed-in pegawai's own SKP of the year, and the queue reminder for a penilai. */
function MineCard({ yearId, onCreate }: { yearId: number; onCreate: (target: CreateTarget) => void }) {
  const mine = useQuery('skp.mine', { yearId });
  const queue = useQuery('skp.queue', { yearId });
  const data = mine.data;
  const waiting = queue.data?.length ?? 0;
  if (!data?.employee) return null;
  const employee = data.employee;
  return (
    <section className="card mine-card" aria-label="SKP saya">
      <div>
        <p className="card-eyebrow">SKP saya</p>
        {data.skps.length === 0 ? (
          <p>Anda belum memiliki SKP tahun ini.</p>
        ) : (
          <ul className="mine-list">
            {data.skps.map((row) => (
              <li key={row.skpId}>
                <Link to={`/skp/${row.skpId}`}>{row.positionName}</Link> <StatusChip status={row.status} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="row-actions">
        {waiting > 0 && (
          <Link to={`/skp/persetujuan`} className="btn btn-primary btn-small">
            {waiting} SKP menunggu persetujuan Anda
          </Link>
        )}
        {data.canCreate && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() =>
              onCreate({
                employeeId: employee.id,
                fullName: employee.fullName,
                positionName: employee.positionName,
              })
            }
          >
            Buat SKP saya
          </button>
        )}
      </div>
    </section>
  );
}

export function SkpListPage() {
  const choice = useYearChoice();
  const year = choice.year;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const hr = useIsHrStaff();
  const admin = useHasRole(['ADMIN']);
  const filters = useMemo(() => readFilters(params), [params]);
  const [creating, setCreating] = useState<CreateTarget | null>(null);
  const [copyAll, setCopyAll] = useState(false);

  const update = (patch: Partial<Filters>) =>
    setParams((current) => writeFilters(current, { ...readFilters(current), page: 1, ...patch }), {
      replace: true,
    });
  const search = useSearchBox(filters.query, (query) => update({ query }));

  const units = useQuery('units.list', {});
  const input: SkpListInput = {
    yearId: year?.id ?? 1,
    unitId: filters.unitId,
    status: filters.status,
    approach: filters.approach,
    query: filters.query,
    sort: filters.sort,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery('skp.list', input, { enabled: year !== undefined, keepPrevious: true });
  const data = list.data;
  const open = year?.status === 'OPEN';
  const mayCreateFor = (row: SkpListRow) => open && (hr || row.employeeId === user.employeeId);

  const columns: DataColumn<SkpListRow>[] = [
    {
      id: 'name',
      header: 'Pegawai',
      accessorFn: (row) => row.fullName,
      cell: ({ row }) => (
        <span className="cell-stack">
          <span className="cell-primary">{row.original.fullName}</span>
          <span className="cell-secondary nip">{formatNip(row.original.nip)}</span>
        </span>
      ),
    },
    {
      id: 'unit',
      header: 'Jabatan / unit kerja',
      accessorFn: (row) => row.unitName,
      cell: ({ row }) => (
        <span className="cell-stack">
          <span>{row.original.positionName}</span>
          <span className="cell-secondary">{row.original.unitName}</span>
        </span>
      ),
    },
    {
      id: 'appraiser',
      header: 'Pejabat penilai',
      enableSorting: false,
      accessorFn: (row) => row.appraiserName ?? '',
      cell: ({ row }) => <span className="cell-secondary-text">{row.original.appraiserName ?? '—'}</span>,
    },
    {
      id: 'rhk',
      header: 'RHK',
      enableSorting: false,
      accessorFn: (row) => row.utamaCount,
      cell: ({ row }) =>
        row.original.skpId === null ? (
          '—'
        ) : (
          <span className="nowrap" title="RHK utama / tambahan">
            {row.original.utamaCount} utama · {row.original.tambahanCount} tambahan
          </span>
        ),
    },
    {
      id: 'status',
      header: 'Status',
      accessorFn: (row) => row.status,
      cell: ({ row }) => {
        const note = revisionNote(row.original.revisionNumber, row.original.inForceRevision);
        return (
          <span className="cell-stack">
            <span>
              <StatusChip status={row.original.status} testId="skp-row-status" />
            </span>
            {note && <span className="cell-secondary">{note}</span>}
          </span>
        );
      },
    },
    {
      id: 'updatedAt',
      header: 'Diubah',
      accessorFn: (row) => row.updatedAt ?? '',
      cell: ({ row }) =>
        row.original.skpId === null ? (
          mayCreateFor(row.original) ? (
            <button
              type="button"
              className="btn btn-secondary btn-small"
              data-testid="skp-create"
              onClick={(event) => {
                event.stopPropagation();
                setCreating(row.original);
              }}
            >
              Buat SKP
            </button>
          ) : (
            '—'
          )
        ) : (
          <span className="nowrap cell-secondary-text">
            {row.original.updatedAt ? formatShortTimestamp(row.original.updatedAt) : '—'}
          </span>
        ),
    },
  ];

  const narrowed =
    filters.query !== '' || filters.unitId !== null || filters.status !== null || filters.approach !== null;
  const reset = () => {
    search.clear();
    update({ query: '', unitId: null, status: null, approach: null });
  };

  let body: ReactNode;
  if (choice.years.data !== undefined && !year) {
    body = (
      <EmptyState
        title="Belum ada tahun penilaian."
        actions={
          admin && (
            <Link to="/skp/tahun" className="btn btn-primary">
              Buka tahun penilaian
            </Link>
          )
        }
      >
        {admin ? 'Buka tahun penilaian terlebih dahulu.' : 'Admin kepegawaian belum membuka tahun penilaian.'}
      </EmptyState>
    );
  } else if (data === undefined) {
    body = (list.loading || choice.years.loading) && <Loading />;
  } else {
    body = (
      <>
        <ProgressChips
          counts={data.counts}
          active={filters.status}
          onChoose={(status) => update({ status })}
        />
        <DataTable
          caption={`Daftar SKP tahun ${year?.year ?? ''}`}
          columns={columns}
          rows={data.rows}
          total={data.total}
          page={data.page}
          pageSize={PAGE_SIZE}
          sort={{ id: filters.sort, desc: false } satisfies ServerSort}
          onSortChange={(next) => update({ sort: oneOf(SKP_SORTS, next.id) ?? 'name' })}
          onPageChange={(page) =>
            setParams((current) => writeFilters(current, { ...readFilters(current), page }), {
              replace: true,
            })
          }
          getRowId={(row) => (row.skpId === null ? `e${row.employeeId}` : String(row.skpId))}
          onOpen={(row) => {
            if (row.skpId !== null) navigate(`/skp/${row.skpId}`);
            else if (mayCreateFor(row)) setCreating(row);
          }}
          rowLabel={(row) =>
            row.skpId === null ? `${row.fullName}: belum ada SKP` : `Buka SKP ${row.fullName}`
          }
          rowTestId="skp-row"
          loading={list.loading}
          noun="pegawai"
          empty={
            narrowed ? (
              <EmptyState title="Tidak ada SKP yang cocok dengan pencarian atau saringan ini.">
                <button type="button" className="btn btn-secondary" onClick={reset}>
                  Hapus semua saringan
                </button>
              </EmptyState>
            ) : (
              <EmptyState title="Belum ada pegawai aktif." />
            )
          }
        />
      </>
    );
  }

  return (
    <Page
      title="SKP"
      subtitle={
        year
          ? `Sasaran Kinerja Pegawai tahun ${year.year} · periode ${PERIOD_TYPE_LABELS[year.periodType].toLowerCase()}${year.status === 'CLOSED' ? ' · tahun ditutup' : ''}`
          : 'Sasaran Kinerja Pegawai'
      }
      actions={
        <>
          <YearSelect choice={choice} />
          {admin && open && (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setCopyAll(true)}
              data-testid="copy-all"
            >
              Salin semua dari tahun lalu
            </button>
          )}
        </>
      }
    >
      <SkpNav year={year} />
      <ErrorBanner message={choice.years.error?.message ?? list.error?.message} onRetry={list.reload} />
      {year?.status === 'CLOSED' && (
        <Banner tone="info">Tahun penilaian {year.year} sudah ditutup: SKP-nya hanya dapat dibaca.</Banner>
      )}
      {year && user.employeeId !== null && <MineCard yearId={year.id} onCreate={setCreating} />}
      {year && (
        <FilterBar label="Cari dan saring SKP" className="filter-bar-skp">
          <SearchFilter
            label="Cari nama atau NIP"
            placeholder="Mis. Siti atau 19850921"
            box={search}
            wide
            testId="skp-search"
          />
          <UnitFilter
            units={units.data}
            value={filters.unitId}
            onChange={(unitId) => update({ unitId })}
            allLabel="Semua unit kerja"
          />
          <FilterSelect
            label="Status"
            name="status"
            value={filters.status ?? ''}
            onChange={(value) => update({ status: oneOf(LIST_STATUSES, value) })}
            options={LIST_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))}
            allLabel="Semua status"
          />
          <FilterSelect
            label="Pendekatan"
            name="approach"
            value={filters.approach ?? ''}
            onChange={(value) => update({ approach: oneOf(APPROACHES, value) })}
            options={APPROACH_OPTIONS}
            allLabel="Semua pendekatan"
          />
          <FilterSelect
            label="Urutkan"
            name="sort"
            value={filters.sort}
            onChange={(value) => update({ sort: oneOf(SKP_SORTS, value) ?? 'name' })}
            options={SORT_OPTIONS}
          />
          {narrowed && <FilterChecks onClear={reset} />}
        </FilterBar>
      )}
      {body}
      <CreateSkpDialog
        target={creating}
        year={year}
        years={choice.years.data ?? []}
        onClose={() => setCreating(null)}
      />
      <CopyForwardDialog
        open={copyAll}
        year={year}
        years={choice.years.data ?? []}
        onClose={() => setCopyAll(false)}
      />
    </Page>
  );
}
