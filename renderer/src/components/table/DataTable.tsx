import {
  functionalUpdate,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { formatCount } from '../../lib/format';

/** Sorting and paging are registered for their state only: the server sorts and pages (manual* below). */
const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataTableFeatures = typeof features;
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T>;

export interface ServerSort {
  id: string;
  desc: boolean;
}

export interface DataTableProps<T extends RowData> {
  /** Accessible name of the table, also shown as its caption to screen readers. */
  caption: string;
  columns: DataColumn<T>[];
  rows: T[];
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: ServerSort;
  onSortChange: (sort: ServerSort) => void;
  onPageChange: (page: number) => void;
  getRowId: (row: T) => string;
  /** Click or Enter on a row. */
  onOpen?: (row: T) => void;
  /** Describes the row to assistive technology, e.g. "Buka data Budi Santoso". */
  rowLabel?: (row: T) => string;
  rowTestId?: string;
  rowClassName?: (row: T) => string | undefined;
  loading?: boolean;
  /** Shown instead of the body when there are no rows. */
  empty: ReactNode;
  /** "pegawai" in "Menampilkan 1–25 dari 57 pegawai". */
  noun: string;
  /** Leave out the page buttons for a list that is never paged (all rows on one page). */
  hidePager?: boolean;
}

export function DataTable<T extends RowData>({
  caption,
  columns,
  rows,
  total,
  page,
  pageSize,
  sort,
  onSortChange,
  onPageChange,
  getRowId,
  onOpen,
  rowLabel,
  rowTestId,
  rowClassName,
  loading = false,
  empty,
  noun,
  hidePager = false,
}: DataTableProps<T>) {
  const sorting = useMemo<SortingState>(() => [sort], [sort]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    state: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (next) onSortChange({ id: next.id, desc: next.desc });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      onPageChange(functionalUpdate(updater, pagination).pageIndex + 1);
    },
  });

  const pageCount = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  const openOnKey = (event: KeyboardEvent<HTMLTableRowElement>, row: T) => {
    if (event.key === 'Enter' && onOpen) {
      event.preventDefault();
      onOpen(row);
    }
  };

  return (
    <div className="data-table" aria-busy={loading}>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          <span className={`sort-indicator${sorted ? ' is-active' : ''}`} aria-hidden="true">
                            {sorted === 'desc' ? '▼' : sorted === 'asc' ? '▲' : '↕'}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr className="table-empty-row">
                <td colSpan={columns.length}>{loading ? null : empty}</td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className={[onOpen ? 'is-clickable' : '', rowClassName?.(row.original) ?? '']
                    .join(' ')
                    .trim()}
                  tabIndex={onOpen ? 0 : undefined}
                  aria-label={rowLabel?.(row.original)}
                  data-testid={rowTestId}
                  onClick={onOpen ? () => onOpen(row.original) : undefined}
                  onKeyDown={onOpen ? (event) => openOnKey(event, row.original) : undefined}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <p className="table-count" aria-live="polite">
          {total === 0
            ? `Tidak ada ${noun}`
            : `Menampilkan ${formatCount(first)}–${formatCount(last)} dari ${formatCount(total)} ${noun}`}
        </p>
        <nav className="pager" aria-label="Halaman tabel" hidden={hidePager}>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            ‹ Sebelumnya
          </button>
          <span className="pager-status">
            Halaman {formatCount(Math.min(page, pageCount))} dari {formatCount(pageCount)}
          </span>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
          >
            Berikutnya ›
          </button>
        </nav>
      </div>
    </div>
  );
}
