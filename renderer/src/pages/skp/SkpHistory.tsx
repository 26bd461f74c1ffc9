import { useId, useState } from 'react';
import type { SkpDetail } from '../../../../shared/ipc/methods/skp';
import { EntityHistory } from '../audit/EntityHistory';
import { statusLabel } from './status';

type Subject = { entityType: 'skp_revision' | 'skp' | 'skp_rhk'; entityId: string; label: string };

/**
 * "Riwayat perubahan" of an SKP. The backend records the workflow, lampiran and perilaku of each revision under
 * that revision, the SKP's dates under the SKP, and each RHK and IKI under its own id; one record is shown at a
 * time.
 */
export function SkpHistory({ detail }: { detail: SkpDetail }) {
  const selectId = useId();
  const subjects: Subject[] = [
    ...[...detail.revisions].reverse().map((r) => ({
      entityType: 'skp_revision' as const,
      entityId: String(r.id),
      label: `Revisi ${r.number} (${statusLabel(r.status).toLowerCase()}${r.inForce ? ', berlaku' : ''}): pengajuan, persetujuan, lampiran, perilaku`,
    })),
    { entityType: 'skp', entityId: String(detail.id), label: 'SKP: pembuatan dan rentang tanggal' },
    ...detail.rhk.map((r) => ({
      entityType: 'skp_rhk' as const,
      entityId: String(r.id),
      label: `RHK ${r.group === 'UTAMA' ? 'utama' : 'tambahan'} ${r.order}: ${r.text.length > 70 ? `${r.text.slice(0, 67)}…` : r.text}`,
    })),
  ];
  const [chosen, setChosen] = useState(`skp_revision:${detail.revision.id}`);
  const subject = subjects.find((s) => `${s.entityType}:${s.entityId}` === chosen) ?? subjects[0]!;
  return (
    <div className="form-stack">
      <div className="field history-subject">
        <label className="field-label" htmlFor={selectId}>
          Tampilkan riwayat
        </label>
        <select
          id={selectId}
          className="input select"
          value={`${subject.entityType}:${subject.entityId}`}
          onChange={(event) => setChosen(event.target.value)}
          data-testid="history-subject"
        >
          {subjects.map((s) => (
            <option key={`${s.entityType}:${s.entityId}`} value={`${s.entityType}:${s.entityId}`}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <EntityHistory
        key={`${subject.entityType}:${subject.entityId}`}
        entityType={subject.entityType}
        entityId={subject.entityId}
        subject={
          subject.entityType === 'skp_rhk'
            ? 'RHK ini'
            : subject.entityType === 'skp'
              ? 'SKP ini'
              : 'revisi ini'
        }
      />
    </div>
  );
}
