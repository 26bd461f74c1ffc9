import { useState } from 'react';
import type { AuditEntryDto } from '../../../../shared/ipc/methods/audit';
import { useQuery } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { AuditEntryDialog } from './AuditEntryDialog';
import { AuditTable } from './AuditTable';
import type { EntityType } from './labels';

const HISTORY_PAGE_SIZE = 15;

interface EntityHistoryProps {
  entityType: EntityType;
  entityId: string;
  /** "pegawai ini" in the empty message. */
  subject: string;
}

/** "Riwayat perubahan": the audit entries of one record, newest first, each opening its diff. */
export function EntityHistory({ entityType, entityId, subject }: EntityHistoryProps) {
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditEntryDto | null>(null);
  const list = useQuery(
    'audit.list',
    { entityType, entityId, page, pageSize: HISTORY_PAGE_SIZE },
    { keepPrevious: true },
  );
  const data = list.data;

  return (
    <div className="form-stack">
      <p className="card-note">
        Setiap perubahan data {subject} tercatat di jejak audit: siapa, kapan, dan kolom apa yang berubah.
        Pilih satu baris untuk melihat nilai sebelum dan sesudahnya.
      </p>
      <ErrorBanner message={list.error?.message} onRetry={list.reload} />
      {data === undefined ? (
        list.loading && <Loading />
      ) : (
        <AuditTable
          caption={`Riwayat perubahan ${subject}`}
          rows={data.rows}
          total={data.total}
          page={data.page}
          pageSize={HISTORY_PAGE_SIZE}
          onPageChange={setPage}
          onOpen={setOpen}
          rowTestId="history-row"
          showEntity={false}
          loading={list.loading}
          empty={<EmptyState title={`Belum ada perubahan yang tercatat untuk ${subject}.`} />}
        />
      )}
      <AuditEntryDialog entry={open} onClose={() => setOpen(null)} />
    </div>
  );
}
