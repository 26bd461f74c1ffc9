import type { SkpDetail } from '../../../../../shared/ipc/methods/skp';
import { IdentityPerson } from '../../../components/IdentityPerson';

/** Pegawai yang dinilai, pejabat penilai kinerja and atasan pejabat penilai, as the SKP records them. */
export function Identity({ detail }: { detail: SkpDetail }) {
  return (
    <section className="card identity" aria-label="Identitas SKP">
      <div className="identity-grid">
        <IdentityPerson
          title="Pegawai yang dinilai"
          person={detail.employee}
          empty="—"
          testId="identity-employee"
        />
        <IdentityPerson
          title="Pejabat penilai kinerja"
          person={detail.appraiser}
          empty="Tidak ada atasan di SIPKA (pejabat di luar kecamatan)."
          testId="identity-appraiser"
        />
        <IdentityPerson
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
