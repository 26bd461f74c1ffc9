import type { PeriodDto } from '../../shared/ipc/methods/years';
import type { SkpDetail } from '../../shared/ipc/methods/skp';
import { addRhk, approvedCamatSkp, skpOffice, type SkpOffice } from './skp-fixture';

/**
 * The small office of skp-fixture with approved SKP down one branch: camat → kasi → staff (Ahmad Fauzi), each
 * approved by their atasan, and the periods of 2026 (Triwulan I–IV, Akhir).
 */
export async function realisasiOffice() {
  const o = await skpOffice();
  const camatSkp = await approvedCamatSkp(o);
  let kasiSkp = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
  kasiSkp = await addRhk(
    o.t,
    kasiSkp,
    'Terselenggaranya pelayanan administrasi pemerintahan',
    camatSkp.rhk[0]!.id,
  );
  kasiSkp = await approve(o, kasiSkp, o.camatUser);
  let staffSkp = await o.t.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
  staffSkp = await addRhk(o.t, staffSkp, 'Terlayaninya dokumen kependudukan', kasiSkp.rhk[0]!.id);
  staffSkp = await addRhk(o.t, staffSkp, 'Tersusunnya arsip surat masuk', kasiSkp.rhk[0]!.id);
  staffSkp = await approve(o, staffSkp, o.kasiUser);
  const periods = o.year.periods;
  const period = (shortLabel: string): PeriodDto => periods.find((p) => p.shortLabel === shortLabel)!;
  return {
    ...o,
    camatSkp,
    kasiSkp,
    staffSkp,
    q1: period('Triwulan I'),
    q2: period('Triwulan II'),
    q3: period('Triwulan III'),
    q4: period('Triwulan IV'),
    annual: period('Akhir'),
  };
}

export type RealisasiOffice = Awaited<ReturnType<typeof realisasiOffice>>;

async function approve(o: SkpOffice, skp: SkpDetail, approver: SkpOffice['camatUser']): Promise<SkpDetail> {
  const submitted = await o.t.ok('skp.submit', { skpId: skp.id, version: skp.version });
  return approver.ok('skp.approve', { skpId: submitted.id, version: submitted.version });
}

/** The IKI lineages of an SKP, in order. */
export function ikiLineages(skp: SkpDetail): number[] {
  return skp.rhk.flatMap((r) => r.iki.map((i) => i.lineageId));
}

/** Marks a period finalised for the kecamatan, as finalisation.finalise leaves it. */
export function finalise(o: RealisasiOffice, periodId: number, reopened = false): void {
  o.t.backend.ctx.sqlite
    .prepare(
      `INSERT INTO finalisations (period_id, unit_id, revision, finalised_at, finalised_by, recap, reopened_at)
       VALUES (?, ?, (SELECT count(*) + 1 FROM finalisations WHERE period_id = ?), ?, 'admin', '{}', ?)`,
    )
    .run(
      periodId,
      o.units.kec.id,
      periodId,
      new Date().toISOString(),
      reopened ? new Date().toISOString() : null,
    );
}
