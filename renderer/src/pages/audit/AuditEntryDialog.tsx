import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { AuditEntryDto } from '../../../../shared/ipc/methods/audit';
import { useQuery } from '../../api/hooks';
import { Banner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { formatTimestamp } from '../../lib/format';
import { ActionBadge } from './AuditTable';
import {
  displayValue,
  entityLabel,
  fieldLabel,
  orderedFields,
  shortHash,
  type DisplayValue,
  type ValueContext,
} from './labels';

function Value({ value }: { value: DisplayValue }) {
  const className = [
    value.muted ? 'diff-muted' : '',
    value.multiline ? 'diff-multiline' : '',
    value.mono ? 'nip' : '',
  ]
    .join(' ')
    .trim();
  if (value.employeeId !== undefined) {
    return <Link to={`/pegawai/${value.employeeId}`}>{value.text}</Link>;
  }
  return <span className={className || undefined}>{value.text}</span>;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function EntityValue({ entry }: { entry: AuditEntryDto }) {
  const label = entityLabel(entry);
  if (entry.entityType === 'employee' && entry.entityId !== null && entry.action !== 'DELETE') {
    return <Link to={`/pegawai/${entry.entityId}`}>{label}</Link>;
  }
  return <>{label}</>;
}

/** Kolom | Sebelum | Sesudah for the fields one entry changed. */
export function AuditDiffTable({ entry }: { entry: AuditEntryDto }) {
  const units = useQuery('units.list', {});
  const context = useMemo<ValueContext>(() => {
    const names = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
    return { unitName: (id) => names.get(id) };
  }, [units.data]);
  const fields = orderedFields(entry.entityType, Object.keys(entry.changes)).filter(
    (field) => !(field === 'id' && entry.action === 'CREATE'),
  );

  if (fields.length === 0) {
    return <p className="card-note">Entri ini tidak mencatat perubahan kolom.</p>;
  }
  return (
    <div className="table-scroll diff-scroll">
      <table className="table diff-table" data-testid="audit-diff">
        <caption className="visually-hidden">Perubahan per kolom</caption>
        <thead>
          <tr>
            <th scope="col">Kolom</th>
            <th scope="col">Sebelum</th>
            <th scope="col">Sesudah</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const change = entry.changes[field] ?? {};
            return (
              <tr key={field}>
                <th scope="row">{fieldLabel(entry.entityType, field)}</th>
                <td className={'from' in change ? 'diff-before' : undefined}>
                  {'from' in change ? (
                    <Value value={displayValue(entry.entityType, field, change.from, context)} />
                  ) : (
                    <span className="diff-muted">—</span>
                  )}
                </td>
                <td className={'to' in change ? 'diff-after' : undefined}>
                  {'to' in change ? (
                    <Value value={displayValue(entry.entityType, field, change.to, context)} />
                  ) : (
                    <span className="diff-muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function AuditEntryDetails({ entry, warning }: { entry: AuditEntryDto; warning?: string | null }) {
  return (
    <div className="form-stack" data-testid="audit-detail">
      {warning && (
        <Banner tone="error" title="Entri ini gagal verifikasi">
          {warning} Isi yang tampil di bawah mungkin bukan isi aslinya.
        </Banner>
      )}
      <dl className="dl-grid dl-grid-3">
        <Item label="Waktu">
          <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
        </Item>
        <Item label="Pengguna">{entry.username}</Item>
        <Item label="Tindakan">
          <ActionBadge action={entry.action} />
        </Item>
        <Item label="Entitas">
          <EntityValue entry={entry} />
        </Item>
        <Item label="Perintah">
          <code className="code">{entry.method}</code>
        </Item>
        <Item label="Hash">
          <code className="code" title={entry.hash} data-testid="audit-hash">
            {shortHash(entry.hash)}…
          </code>
        </Item>
        {entry.note !== '' && (
          <div className="dl-item dl-span">
            <dt>Catatan</dt>
            <dd data-testid="audit-note">{entry.note}</dd>
          </div>
        )}
      </dl>
      <AuditDiffTable entry={entry} />
    </div>
  );
}

interface AuditEntryDialogProps {
  entry: AuditEntryDto | null;
  onClose: () => void;
  /** Shown above the details, e.g. when the last verification named this entry. */
  warning?: string | null;
}

export function AuditEntryDialog({ entry, onClose, warning }: AuditEntryDialogProps) {
  return (
    <Dialog
      open={entry !== null}
      onClose={onClose}
      title={entry ? `Entri jejak audit #${entry.id}` : 'Entri jejak audit'}
      size="large"
    >
      {entry && <AuditEntryDetails entry={entry} warning={warning} />}
    </Dialog>
  );
}
