import { describe, expect, it } from 'vitest';
import { checkKurvaDistribusi, kurvaBand } from '../../shared/domain/kurva';
import { evaluationOffice, ORG_SOURCE, rateAs, rateEveryone } from './evaluation-fixture';

/** The kurva through dispatch with five pegawai; the rules themselves are tested in tests/unit/domain. */
describe('kurva distribusi', () => {
  it('counts rated pegawai, lists the unrated, and explains what blocks finalisation', async () => {
    const o = await evaluationOffice();
    const empty = await o.t.ok('kurva.get', { periodId: o.q2.id });
    expect(empty).toMatchObject({
      unitId: o.units.kec.id,
      unitName: 'Kecamatan Uji',
      orgRating: null,
      total: 0,
      excludedCount: 0,
      violations: [],
      state: 'OPEN',
      finalisations: [],
    });
    expect(empty.unrated.map((u) => u.fullName)).toEqual([
      'Ahmad Fauzi',
      'Bambang Sutrisno, S.H.',
      'Eko Saputro, S.AP.',
      'Drs. Hendro Wicaksono, M.Si.',
      'Joko Santoso',
    ]);
    expect(empty.unrated.find((u) => u.fullName === 'Ahmad Fauzi')!.appraiserName).toBe(
      'Bambang Sutrisno, S.H.',
    );
    expect(empty.blockers).toEqual([
      'Capaian kinerja organisasi belum dicatat.',
      '5 pegawai belum dinilai atau dikecualikan: Ahmad Fauzi, Bambang Sutrisno, S.H., Eko Saputro, S.AP., Drs. Hendro Wicaksono, M.Si., Joko Santoso.',
    ]);
    expect(Object.values(empty.band).every((b) => b.min === null && b.max === null)).toBe(true);

    // Everyone Baik: without an org rating there is no violation, with Baik two rules break.
    await rateAs(o.kasiUser, o.staffSkp.id, o.q2.id, 'SESUAI', 'SESUAI');
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q2.id, 'SESUAI', 'DI_ATAS');
    await rateAs(o.camatUser, o.kasiSkp.id, o.q2.id, 'DI_ATAS', 'SESUAI');
    await rateAs(o.camatUser, o.lurahSkp.id, o.q2.id, 'SESUAI', 'SESUAI');
    const unratedCamat = await o.t.ok('kurva.get', { periodId: o.q2.id });
    expect(unratedCamat).toMatchObject({ total: 4, violations: [] });
    expect(unratedCamat.counts.BAIK).toBe(4);
    await o.t.ok('orgRating.set', {
      ...ORG_SOURCE,
      periodId: o.q2.id,
      sourceDate: '2026-07-10',
      rating: 'BAIK',
    });
    await rateAs(o.t, o.camatSkp.id, o.q2.id, 'SESUAI', 'SESUAI', 0, 'Penilaian oleh Sekretaris Daerah');
    const allBaik = await o.operator.ok('kurva.get', { periodId: o.q2.id });
    expect(allBaik.counts).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 5,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(allBaik.violations).toEqual(checkKurvaDistribusi('BAIK', allBaik.counts));
    expect(allBaik.violations.map((v) => v.code)).toEqual([
      'BAIK_ABOVE_MAX',
      'BUTUH_PERBAIKAN_OR_KURANG_MISSING',
    ]);
    expect(allBaik.band).toEqual(kurvaBand('BAIK', 5));
    expect(allBaik.band.BAIK.max).toBe(3);
    expect(allBaik.unrated).toEqual([]);
    expect(allBaik.blockers).toEqual([
      'Sebaran predikat tidak sesuai kurva distribusi: tulis alasan penyimpangan untuk tetap memfinalisasi.',
    ]);

    // Excluding one pegawai takes them out of n; a note is needed for "lainnya"; only an ADMIN excludes.
    const staff2 = { skpId: o.staff2Skp.id, periodId: o.q2.id };
    expect((await o.kasiUser.err('evaluation.exclude', { ...staff2, version: 1, reason: 'CUTI' })).code).toBe(
      'FORBIDDEN',
    );
    const lainnya = await o.t.err('evaluation.exclude', { ...staff2, version: 1, reason: 'LAINNYA' });
    expect(lainnya).toMatchObject({
      code: 'VALIDATION',
      fields: { note: 'Tulis keterangan alasan pengecualian.' },
    });
    const excluded = await o.t.ok('evaluation.exclude', {
      ...staff2,
      version: 1,
      reason: 'TUGAS_BELAJAR',
      note: 'Tugas belajar S2 sejak Mei 2026',
    });
    expect(excluded.evaluation).toMatchObject({
      excludedReason: 'TUGAS_BELAJAR',
      predikat: 'BAIK',
      version: 2,
    });
    // An excluded pegawai is not rated until taken back.
    expect(
      (
        await o.kasiUser.err('evaluation.rate', {
          ...staff2,
          version: 2,
          ratingHasil: 'DI_BAWAH',
          ratingPerilaku: 'SESUAI',
        })
      ).message,
    ).toContain('dikecualikan');
    const afterExclusion = await o.t.ok('kurva.get', { periodId: o.q2.id });
    expect(afterExclusion).toMatchObject({ total: 4, excludedCount: 1 });
    expect(afterExclusion.counts.BAIK).toBe(4);
    await o.t.ok('evaluation.exclude', { ...staff2, version: 2, reason: null });
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q2.id, 'DI_BAWAH', 'SESUAI', 3);
    await rateAs(o.camatUser, o.kasiSkp.id, o.q2.id, 'DI_ATAS', 'DI_ATAS', 1);
    const kept = await o.t.ok('kurva.get', { periodId: o.q2.id });
    expect(kept).toMatchObject({ total: 5, excludedCount: 0, violations: [], blockers: [] });
    expect(kept.counts).toMatchObject({ SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 1 });
    expect((await o.staffUser.err('kurva.get', { periodId: o.q2.id })).code).toBe('FORBIDDEN');
  });

  it('narrows to a unit subtree by the unit recorded at rating time, with the kecamatan org rating', async () => {
    const o = await evaluationOffice();
    await o.t.ok('orgRating.set', { ...ORG_SOURCE, periodId: o.q1.id, rating: 'BAIK' });
    await rateEveryone(o, o.q1.id, ['SESUAI', 'DI_ATAS'], {
      kasi: ['DI_ATAS', 'DI_ATAS'],
      staff: ['SESUAI', 'SESUAI'],
      staff2: ['SESUAI', 'SESUAI'],
      lurah: ['DI_BAWAH', 'SESUAI'],
    });
    const sekretariat = await o.t.ok('kurva.get', { periodId: o.q1.id, unitId: o.units.sekr.id });
    expect(sekretariat).toMatchObject({ unitName: 'Sekretariat', total: 3, orgRating: { rating: 'BAIK' } });
    expect(sekretariat.counts).toMatchObject({ SANGAT_BAIK: 1, BAIK: 2 });
    // Its own kurva misses a Butuh Perbaikan, shown but not blocking: the kecamatan's kurva gates finalisation.
    expect(sekretariat.violations.map((v) => v.code)).toEqual(['BUTUH_PERBAIKAN_OR_KURANG_MISSING']);
    expect(sekretariat.blockers).toEqual([]);
    const kelurahan = await o.t.ok('kurva.get', { periodId: o.q1.id, unitId: o.units.kel.id });
    expect(kelurahan.counts.BUTUH_PERBAIKAN).toBe(1);
    expect(kelurahan.total).toBe(1);

    // Moving the staff to the kelurahan later does not move their rating.
    const staff = await o.t.ok('employees.get', { id: o.ids.staff });
    await o.t.ok('employees.update', {
      id: o.ids.staff,
      version: staff.version,
      data: {
        nip: staff.nip,
        name: staff.name,
        frontTitle: staff.frontTitle,
        backTitle: staff.backTitle,
        gender: staff.gender,
        birthPlace: staff.birthPlace,
        birthDate: staff.birthDate,
        status: staff.status,
        golongan: staff.golongan ?? '',
        positionName: staff.positionName,
        positionType: staff.positionType,
        functionalLevel: staff.functionalLevel,
        unitId: o.units.kel.id,
        supervisorId: staff.supervisor?.id ?? null,
        tmtJabatan: staff.tmtJabatan ?? '',
      },
    });
    expect((await o.t.ok('kurva.get', { periodId: o.q1.id, unitId: o.units.sekr.id })).total).toBe(3);
    expect((await o.t.ok('kurva.get', { periodId: o.q1.id, unitId: o.units.kel.id })).total).toBe(1);
    // A unit's own org rating, when recorded, governs its kurva.
    await o.t.ok('orgRating.set', {
      ...ORG_SOURCE,
      periodId: o.q1.id,
      unitId: o.units.sekr.id,
      rating: 'ISTIMEWA',
    });
    const own = await o.t.ok('kurva.get', { periodId: o.q1.id, unitId: o.units.sekr.id });
    expect(own.orgRating).toMatchObject({ rating: 'ISTIMEWA', unitId: o.units.sekr.id });
    expect(own.violations.map((v) => v.code)).toEqual(['SANGAT_BAIK_NOT_LARGEST']);
  });

  it('waits only for pegawai active in the period', async () => {
    const o = await evaluationOffice();
    const joko = await o.t.ok('employees.get', { id: o.ids.staff2 });
    await o.t.ok('employees.setActivity', {
      id: o.ids.staff2,
      version: joko.version,
      activity: 'PENSIUN',
      since: '2026-05-01',
      note: 'Pensiun',
    });
    const names = async (periodId: number) =>
      (await o.t.ok('kurva.get', { periodId })).unrated.map((u) => u.fullName);
    expect(await names(o.q1.id)).toContain('Joko Santoso');
    expect(await names(o.q2.id)).not.toContain('Joko Santoso');
    expect(await names(o.q2.id)).toHaveLength(4);
  });
});
