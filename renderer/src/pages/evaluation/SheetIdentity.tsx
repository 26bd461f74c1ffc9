import type { ReactNode } from 'react';
import type { RealisasiSheet } from '../../../../shared/ipc/methods/realisasi';
import { IdentityPerson } from '../../components/IdentityPerson';
import { Banner } from '../../components/Banner';

/** Who is evaluated, by whom, for which period, from which SKP revision. */
export function SheetIdentity({ sheet, extra }: { sheet: RealisasiSheet; extra?: ReactNode }) {
  return (
    <section className="card identity" aria-label="Identitas penilaian" data-testid="sheet-identity">
      <div className="identity-grid">
        <IdentityPerson title="Pegawai yang dinilai" person={sheet.employee} empty="—" />
        <IdentityPerson
          title="Pejabat penilai kinerja"
          person={sheet.appraiser}
          empty="Tidak ada atasan di SIPKA (pejabat di luar kecamatan)."
        />
        <div className="identity-person">
          <p className="identity-title">Periode</p>
          <p className="identity-name">{sheet.period.label}</p>
          <p className="identity-line">{sheet.period.rangeLabel}</p>
          <p className="identity-line muted">SKP revisi {sheet.revisionNumber} (yang berlaku)</p>
          {extra}
        </div>
      </div>
    </section>
  );
}

/** Why the sheet is read-only now, in the backend's words. */
export function SheetLockBanner({ sheet }: { sheet: RealisasiSheet }) {
  if (!sheet.lock) return null;
  const title =
    sheet.lock.reason === 'FINALISED'
      ? 'Penilaian periode ini sudah final'
      : sheet.lock.reason === 'YEAR_CLOSED'
        ? 'Tahun penilaian sudah ditutup'
        : 'Realisasi tidak dapat diisi';
  return (
    <Banner tone={sheet.lock.reason === 'FINALISED' ? 'info' : 'warning'} title={title} testId="sheet-lock">
      {sheet.lock.message}
    </Banner>
  );
}
