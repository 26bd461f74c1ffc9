import { useEffect, useRef, type ReactNode } from 'react';
import type { AuditEntryDto } from '../../../../shared/ipc/methods/audit';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { formatShortTimestamp } from '../../lib/format';
import { ACTION_LABELS, entityLabel, summarize } from './labels';

const ACTION_BADGES: Readonly<Record<AuditEntryDto['action'], string>> = {
  CREATE: 'badge badge-success',
  UPDATE: 'badge badge-info',
  DELETE: 'badge badge-danger',
  EVENT: 'badge badge-muted',
};

export function ActionBadge({ action }: { action: AuditEntryDto['action'] }) {
  return <span className={ACTION_BADGES[action]}>{ACTION_LABELS[action]}</span>;
}

const ID_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'id',
  header: 'No.',
  enableSorting: false,
  accessorFn: (row) => row.id,
  cell: ({ row }) => <span className="num cell-secondary">#{row.original.id}</span>,
};

const TIME_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'at',
  header: 'Waktu',
  enableSorting: false,
  accessorFn: (row) => row.at,
  cell: ({ row }) => (
    <time dateTime={row.original.at} className="nowrap">
      {formatShortTimestamp(row.original.at)}
    </time>
  ),
};

const USER_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'user',
  header: 'Pengguna',
  enableSorting: false,
  accessorFn: (row) => row.username,
};

const ACTION_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'action',
  header: 'Tindakan',
  enableSorting: false,
  accessorFn: (row) => row.action,
  cell: ({ row }) => <ActionBadge action={row.original.action} />,
};

const ENTITY_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'entity',
  header: 'Entitas',
  enableSorting: false,
  accessorFn: (row) => entityLabel(row),
  cell: ({ row }) => <span className="nowrap">{entityLabel(row.original)}</span>,
};

const SUMMARY_COLUMN: DataColumn<AuditEntryDto> = {
  id: 'summary',
  header: 'Ringkasan',
  enableSorting: false,
  accessorFn: (row) => summarize(row),
  cell: ({ row }) => <span className="audit-summary">{summarize(row.original)}</span>,
};

const WITH_ENTITY = [ID_COLUMN, TIME_COLUMN, USER_COLUMN, ACTION_COLUMN, ENTITY_COLUMN, SUMMARY_COLUMN];
const WITHOUT_ENTITY = [ID_COLUMN, TIME_COLUMN, USER_COLUMN, ACTION_COLUMN, SUMMARY_COLUMN];

/** The trail is always newest first; the table has nothing to sort by. */
const NEWEST_FIRST: ServerSort = { id: 'id', desc: true };
const ignoreSort = () => {};

export interface AuditTableProps {
  caption: string;
  rows: AuditEntryDto[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onOpen: (entry: AuditEntryDto) => void;
  rowTestId: string;
  /** Leave out the entity column where every row is about the same record (a "Riwayat perubahan" tab). */
  showEntity?: boolean;
  /** An entry to mark (the one named by a failed verification). */
  highlightId?: number | null;
  loading?: boolean;
  empty: ReactNode;
}

/** Entries of the audit trail, one row each; a row opens the entry's details. */
export function AuditTable({
  caption,
  rows,
  total,
  page,
  pageSize,
  onPageChange,
  onOpen,
  rowTestId,
  showEntity = true,
  highlightId = null,
  loading,
  empty,
}: AuditTableProps) {
  const container = useRef<HTMLDivElement>(null);
  // Bring the marked entry into view once its page has loaded.
  useEffect(() => {
    if (highlightId === null) return;
    container.current?.querySelector('tr.is-highlighted')?.scrollIntoView({ block: 'center' });
  }, [highlightId, rows]);
  return (
    <div ref={container}>
      <DataTable
        caption={caption}
        columns={showEntity ? WITH_ENTITY : WITHOUT_ENTITY}
        rows={rows}
        total={total}
        page={page}
        pageSize={pageSize}
        sort={NEWEST_FIRST}
        onSortChange={ignoreSort}
        onPageChange={onPageChange}
        getRowId={(row) => String(row.id)}
        onOpen={onOpen}
        rowLabel={(row) => `Buka entri #${row.id}: ${ACTION_LABELS[row.action]} ${entityLabel(row)}`}
        rowTestId={rowTestId}
        rowClassName={(row) => (row.id === highlightId ? 'is-highlighted' : undefined)}
        loading={loading}
        noun="entri"
        empty={empty}
      />
    </div>
  );
}
