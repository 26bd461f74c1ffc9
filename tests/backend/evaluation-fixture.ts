import type { Rating } from '../../shared/domain/predikat';
import type { SkpDetail } from '../../shared/ipc/methods/skp';
import { realisasiOffice, type RealisasiOffice } from './realisasi-fixture';
import { addRhk, type Client } from './skp-fixture';

/**
 * The small office of the realisasi fixture with every pegawai's SKP approved for 2026: the camat (head, no
 * atasan in SIPKA) → kasi (Sekretariat) → two staff (Subbagian Umum), and a lurah (Kelurahan Uji) under the camat.
 */
export async function evaluationOffice() {
  const o = await realisasiOffice();
  const approved = async (employeeId: number, parentRhkId: number, approver: RealisasiOffice['kasiUser']) => {
    let skp: SkpDetail = await o.t.ok('skp.create', { employeeId, yearId: o.year.id });
    skp = await addRhk(o.t, skp, 'Tersusunnya laporan kegiatan', parentRhkId);
    skp = await o.t.ok('skp.submit', { skpId: skp.id, version: skp.version });
    return approver.ok('skp.approve', { skpId: skp.id, version: skp.version });
  };
  const staff2Skp = await approved(o.ids.staff2, o.kasiSkp.rhk[0]!.id, o.kasiUser);
  const lurahSkp = await approved(o.ids.lurah, o.camatSkp.rhk[0]!.id, o.camatUser);
  return { ...o, staff2Skp, lurahSkp };
}

export type EvaluationOffice = Awaited<ReturnType<typeof evaluationOffice>>;

/** A plausible penetapan for `orgRating.set` (the kecamatan, first recording). */
export const ORG_SOURCE = {
  unitId: null,
  version: 0,
  sourceNumber: '800/12/436.3/2026',
  sourceDate: '2026-04-10',
} as const;

export async function rateAs(
  client: Pick<Client, 'ok'>,
  skpId: number,
  periodId: number,
  ratingHasil: Rating,
  ratingPerilaku: Rating,
  version = 0,
  note = '',
) {
  return client.ok('evaluation.rate', { skpId, periodId, version, ratingHasil, ratingPerilaku, note });
}

const ADMIN_NOTE = 'Penilaian oleh Sekretaris Daerah';

/**
 * Rates everyone in a period: the camat by ADMIN "atas nama" (rating hasil `camatHasil`, which must follow the
 * org rating), the others by their atasan. `ratings` maps kasi, staff, staff2, lurah.
 */
export async function rateEveryone(
  o: EvaluationOffice,
  periodId: number,
  camat: readonly [Rating, Rating],
  ratings: Record<'kasi' | 'staff' | 'staff2' | 'lurah', readonly [Rating, Rating]>,
): Promise<void> {
  await rateAs(o.t, o.camatSkp.id, periodId, camat[0], camat[1], 0, ADMIN_NOTE);
  await rateAs(o.camatUser, o.kasiSkp.id, periodId, ...ratings.kasi);
  await rateAs(o.kasiUser, o.staffSkp.id, periodId, ...ratings.staff);
  await rateAs(o.kasiUser, o.staff2Skp.id, periodId, ...ratings.staff2);
  await rateAs(o.camatUser, o.lurahSkp.id, periodId, ...ratings.lurah);
}
