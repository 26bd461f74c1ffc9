import { useMemo } from 'react';
import type { BackupFileInfo, BackupHistoryEntry } from '../../../../shared/ipc/methods/backup';
import { useQuery } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { formatShortTimestamp } from '../../lib/format';
import { formatBytes, joinPath, KIND_LABELS } from './backupFormat';

const NO_SORT: ServerSort = { id: 'at', desc: true };
const ignore = () => {};

interface TableProps {
  /** Present for an ADMIN: each row gets a "Pulihkan" button. */
  onRestore?: (path: string) => void;
}

function RestoreButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      aria-label={label}
      onClick={onClick}
      data-testid="backup-restore-row"
    >
      Pulihkan
    </button>
  );
}

function timestampCell(iso: string) {
  return (
    <time dateTime={iso} className="nowrap">
      {formatShortTimestamp(iso)}
    </time>
  );
}

/** The backups the audit trail records as made (by anyone, of every kind), newest first. */
export function HistoryTable({ onRestore }: TableProps) {
  const history = useQuery('backup.history', {});
  const columns = useMemo<DataColumn<BackupHistoryEntry>[]>(() => {
    const list: DataColumn<BackupHistoryEntry>[] = [
      {
        id: 'at',
        header: 'Waktu',
        enableSorting: false,
        accessorFn: (row) => row.at,
        cell: ({ row }) => timestampCell(row.original.at),
      },
      {
        id: 'kind',
        header: 'Jenis',
        enableSorting: false,
        accessorFn: (row) => KIND_LABELS[row.kind],
      },
      {
        id: 'file',
        header: 'Berkas',
        enableSorting: false,
        accessorFn: (row) => row.fileName,
        cell: ({ row }) => (
          <span className="cell-stack">
            <span className="cell-primary code">{row.original.fileName}</span>
            <span className="cell-secondary code">{row.original.directory}</span>
          </span>
        ),
      },
      {
        id: 'size',
        header: 'Ukuran',
        enableSorting: false,
        accessorFn: (row) => row.sizeBytes,
        cell: ({ row }) => <span className="nowrap">{formatBytes(row.original.sizeBytes)}</span>,
      },
      {
        id: 'encrypted',
        header: 'Enkripsi',
        enableSorting: false,
        accessorFn: (row) => row.encrypted,
        cell: ({ row }) =>
          row.original.encrypted ? (
            <span className="badge badge-info">Terenkripsi</span>
          ) : (
            <span className="badge badge-muted">Tidak</span>
          ),
      },
      {
        id: 'user',
        header: 'Oleh',
        enableSorting: false,
        accessorFn: (row) => row.username,
        cell: ({ row }) => <span className="code">{row.original.username}</span>,
      },
    ];
    if (onRestore) {
      list.push({
        id: 'actions',
        header: () => <span className="visually-hidden">Tindakan</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <RestoreButton
            label={`Pulihkan dari ${row.original.fileName}`}
            onClick={() => onRestore(joinPath(row.original.directory, row.original.fileName))}
          />
        ),
      });
    }
    return list;
  }, [onRestore]);

  const entries = history.data?.entries;
  return (
    <>
      <p className="card-note">
        Dicatat di jejak audit data ini. Setelah pemulihan, riwayat ini kembali seperti pada saat cadangan
        yang dipulihkan dibuat.
      </p>
      <ErrorBanner message={history.error?.message} onRetry={history.reload} />
      {entries === undefined ? (
        history.loading && <Loading />
      ) : (
        <DataTable
          caption="Riwayat cadangan"
          columns={columns}
          rows={entries}
          total={entries.length}
          page={1}
          pageSize={Math.max(entries.length, 1)}
          sort={NO_SORT}
          onSortChange={ignore}
          onPageChange={ignore}
          getRowId={(row) => String(row.id)}
          rowTestId="backup-history-row"
          loading={history.loading}
          noun="cadangan"
          hidePager
          empty={
            <EmptyState title="Belum pernah dibuat cadangan.">
              Buat cadangan pertama ke flashdisk dengan formulir di atas.
            </EmptyState>
          }
        />
      )}
    </>
  );
}

/** The copies in the data folder's backups/: daily automatic ones and the safety copies. */
export function CopiesTable({ onRestore }: TableProps) {
  const list = useQuery('backup.list', {});
  const columns = useMemo<DataColumn<BackupFileInfo>[]>(
    () => [
      {
        id: 'modifiedAt',
        header: 'Tanggal',
        enableSorting: false,
        accessorFn: (row) => row.modifiedAt,
        cell: ({ row }) => timestampCell(row.original.modifiedAt),
      },
      {
        id: 'kind',
        header: 'Jenis',
        enableSorting: false,
        accessorFn: (row) => KIND_LABELS[row.kind],
      },
      {
        id: 'file',
        header: 'Berkas',
        enableSorting: false,
        accessorFn: (row) => row.fileName,
        cell: ({ row }) => <span className="code">{row.original.fileName}</span>,
      },
      {
        id: 'size',
        header: 'Ukuran',
        enableSorting: false,
        accessorFn: (row) => row.sizeBytes,
        cell: ({ row }) => <span className="nowrap">{formatBytes(row.original.sizeBytes)}</span>,
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Tindakan</span>,
        enableSorting: false,
        cell: ({ row }) =>
          !row.original.restorable ? (
            <span className="badge badge-muted" title="Salinan dari sebelum format cadangan .sipka">
              Format lama
            </span>
          ) : (
            onRestore && (
              <RestoreButton
                label={`Pulihkan dari ${row.original.fileName}`}
                onClick={() => onRestore(row.original.path)}
              />
            )
          ),
      },
    ],
    [onRestore],
  );

  const files = list.data?.files;
  return (
    <>
      <ErrorBanner message={list.error?.message} onRetry={list.reload} />
      {list.data && (
        <p className="card-note">
          Disimpan di <span className="code">{list.data.directory}</span>. Salinan ini ada di komputer yang
          sama dengan datanya: tetap buat cadangan ke flashdisk.
        </p>
      )}
      {files === undefined ? (
        list.loading && <Loading />
      ) : (
        <DataTable
          caption="Salinan otomatis di komputer ini"
          columns={columns}
          rows={files}
          total={files.length}
          page={1}
          pageSize={Math.max(files.length, 1)}
          sort={NO_SORT}
          onSortChange={ignore}
          onPageChange={ignore}
          getRowId={(row) => row.path}
          rowTestId="backup-copy-row"
          loading={list.loading}
          noun="salinan"
          hidePager
          empty={
            <EmptyState title="Belum ada salinan otomatis.">
              SIPKA membuat satu salinan otomatis saat pertama kali dibuka setiap hari.
            </EmptyState>
          }
        />
      )}
    </>
  );
}
