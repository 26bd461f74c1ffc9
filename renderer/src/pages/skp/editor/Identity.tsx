import { formatNip } from '../../../../../shared/domain/nip';
import type { PersonSnapshot, SkpDetail } from '../../../../../shared/ipc/methods/skp';

function Person({
  title,
  person,
  empty,
  testId,
}: {
  title: string;
  person: PersonSnapshot | null;
  empty: string;
  testId: string;
}) {
  return (
    <div className="identity-person" data-testid={testId}>
      <p className="identity-title">{title}</p>
      {person ? (
        <>
          <p className="identity-name">{person.fullName}</p>
          <p className="identity-line nip">NIP {formatNip(person.nip)}</p>
          {person.pangkatGolongan && <p className="identity-line">{person.pangkatGolongan}</p>}
          <p className="identity-line">{person.positionName}</p>
          <p className="identity-line muted">{person.unitName}</p>
        </>
      ) : (
        <p className="identity-line muted">{empty}</p>
      )}
    </div>
  );
}

/** Pegawai yang dinilai, pejabat penilai kinerja and atasan pejabat penilai, as the SKP records them. */
export function Identity({ detail }: { detail: SkpDetail }) {
  return (
    <section className="card identity" aria-label="Identitas SKP">
      <div className="identity-grid">
        <Person title="Pegawai yang dinilai" person={detail.employee} empty="—" testId="identity-employee" />
        <Person
          title="Pejabat penilai kinerja"
          person={detail.appraiser}
          empty="Tidak ada atasan di SIPKA (pejabat di luar kecamatan)."
          testId="identity-appraiser"
        />
        <Person
          title="Atasan pejabat penilai kinerja"
          person={detail.appraiserSupervisor}
          empty="Tidak ada di SIPKA."
          testId="identity-appraiser-supervisor"
        />
      </div>
      <p className="identity-note">
        {detail.identityFrozen
          ? 'Identitas dibekukan saat SKP diajukan: perubahan data pegawai sesudahnya tidak mengubah dokumen ini.'
          : 'Identitas diambil dari data pegawai saat ini dan dibekukan saat SKP diajukan.'}
      </p>
    </section>
  );
}
