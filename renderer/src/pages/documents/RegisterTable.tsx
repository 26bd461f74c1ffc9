import type { ReactNode } from 'react';
import { formatNip } from '../../../../shared/domain/nip';
import type { PrintedDocumentDto } from '../../../../shared/ipc/methods/documents';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { dateOrDash, formatShortTimestamp } from '../../lib/format';
import { AttachScanButton } from './AttachScanButton';
import { kindLabel } from './labels';

export interface RegisterTableProps {
  rows: PrintedDocumentDto[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
  onPreview: (row: PrintedDocumentDto) => void;
  onNotice: (message: string) => void;
  onError: (message: string) => void;
  empty: ReactNode;
}

function SignStatus({
  row,
  onPreview,
  onNotice,
  onError,
}: { row: PrintedDocumentDto } & Pick<RegisterTableProps, 'onPreview' | 'onNotice' | 'onError'>) {
  if (row.draft) {
    return (
      <span className="badge badge-muted" title="Cetakan DRAF tidak ditandatangani">
        DRAF
      </span>
    );
  }
  if (row.signedAt) {
    return (
      <div className="sign-cell">
        <span className="badge badge-success" data-testid="signed-badge">
          Ditandatangani {dateOrDash(row.signedAt.slice(0, 10))}
        </span>
        <button
          type="button"
          className="btn btn-link btn-small"
          onClick={() => onPreview(row)}
          data-testid="scan-view"
        >
          Lihat pindaian
        </button>
      </div>
    );
  }
  return (
    <div className="sign-cell">
      <span className="badge badge-warning">Belum ditandatangani</span>
      <AttachScanButton registerId={row.id} code={row.code} onAttached={onNotice} onError={onError} />
    </div>
  );
}

const NEWEST_FIRST: ServerSort = { id: 'printedAt', desc: true };
const ignoreSort = () => {};

/** The register of printed documents, newest first, with the signed-scan state of each. */
export function RegisterTable(props: RegisterTableProps) {
  const columns: DataColumn<PrintedDocumentDto>[] = [
    {
      id: 'code',
      header: 'Kode',
      enableSorting: false,
      accessorFn: (row) => row.code,
      cell: ({ row }) => (
        <span className="code nowrap" data-testid="register-code">
          {row.original.code}
        </span>
      ),
    },
    {
      id: 'document',
      header: 'Dokumen',
      enableSorting: false,
      accessorFn: (row) => row.title,
      cell: ({ row }) => (
        <div className="cell-stack">
          <span className="cell-primary">{kindLabel(row.original.kind)}</span>
          <span className="cell-secondary nowrap">
            {row.original.periodLabel ?? (row.original.year ? `Tahun ${row.original.year}` : '')}
            {row.original.recordRevision !== null ? ` · revisi ${row.original.recordRevision}` : ''}
          </span>
        </div>
      ),
    },
    {
      id: 'employee',
      header: 'Pegawai / unit',
      enableSorting: false,
      accessorFn: (row) => row.employeeName ?? row.unitName ?? '',
      cell: ({ row }) => (
        <div className="cell-stack">
          <span className="cell-primary">{row.original.employeeName ?? row.original.unitName ?? '—'}</span>
          <span className="cell-secondary">
            {row.original.nip ? `NIP ${formatNip(row.original.nip)}` : ''}
            {row.original.nip && row.original.unitName && row.original.employeeName ? ' · ' : ''}
            {row.original.employeeName ? (row.original.unitName ?? '') : ''}
          </span>
        </div>
      ),
    },
    {
      id: 'printedAt',
      header: 'Dicetak',
      enableSorting: false,
      accessorFn: (row) => row.printedAt,
      cell: ({ row }) => (
        <div className="cell-stack">
          <time dateTime={row.original.printedAt} className="nowrap">
            {formatShortTimestamp(row.original.printedAt)}
          </time>
          <span className="cell-secondary">{row.original.printedBy}</span>
        </div>
      ),
    },
    {
      id: 'signed',
      header: 'Tanda tangan',
      enableSorting: false,
      accessorFn: (row) => row.signedAt ?? '',
      cell: ({ row }) => (
        <SignStatus
          row={row.original}
          onPreview={props.onPreview}
          onNotice={props.onNotice}
          onError={props.onError}
        />
      ),
    },
  ];
  return (
    <DataTable
      caption="Register dokumen yang dicetak, terbaru di atas"
      columns={columns}
      rows={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={NEWEST_FIRST}
      onSortChange={ignoreSort}
      onPageChange={props.onPageChange}
      getRowId={(row) => String(row.id)}
      rowTestId="register-row"
      loading={props.loading}
      empty={props.empty}
      noun="dokumen"
    />
  );
}
