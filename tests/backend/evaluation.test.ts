import { describe, expect, it } from 'vitest';
import type { Rating } from '../../shared/domain/predikat';
import { evaluationOffice as office, ORG_SOURCE as ORG, rateAs } from './evaluation-fixture';
import { ikiLineages } from './realisasi-fixture';

/**
 * Ratings and predikat end to end through dispatch, on the small office of the evaluation fixture: camat → kasi
 * → two staff, and a lurah under the camat, everyone with an approved SKP for 2026.
 */
describe('evaluation: ratings and predikat', () => {
  it('lets the penilai rate, an ADMIN rate "atas nama" with a note, and refuses everyone else', async () => {
    const o = await office();
    const ref = { skpId: o.staffSkp.id, periodId: o.q1.id };
    const rating = { ...ref, version: 0, ratingHasil: 'SESUAI', ratingPerilaku: 'DI_ATAS' } as const;

    // The pegawai themselves, an OPERATOR, and the atasan's atasan (camat) may not rate the staff.
    expect((await o.staffUser.err('evaluation.rate', rating)).code).toBe('FORBIDDEN');
    expect((await o.operator.err('evaluation.rate', rating)).code).toBe('FORBIDDEN');
    expect((await o.camatUser.err('evaluation.rate', rating)).code).toBe('FORBIDDEN');
    // An ADMIN who is not the penilai must write a note: the rating is recorded on their behalf.
    const noNote = await o.t.err('evaluation.rate', rating);
    expect(noNote).toMatchObject({
      code: 'VALIDATION',
      fields: { note: expect.stringContaining('atas nama') },
    });
    expect(o.t.count('evaluations')).toBe(0);

    const screen = await o.kasiUser.ok('evaluation.rate', rating);
    expect(screen.evaluation).toMatchObject({
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'DI_ATAS',
      predikat: 'BAIK',
      skpRevisionNumber: 1,
      ratedBy: 'kasi',
      ratedOnBehalfOf: null,
      version: 1,
    });
    expect(screen.sheet.skpId).toBe(o.staffSkp.id);
    expect(screen.can).toEqual({ rate: true, rateOnBehalf: false, exclude: false });
    const unit = o.t.backend.ctx.sqlite
      .prepare('SELECT unit_id AS unitId, skp_revision_id AS revisionId FROM evaluations')
      .get() as { unitId: number; revisionId: number };
    expect(unit.unitId).toBe(o.units.subbag.id);

    // A stale version is refused; the ADMIN's correction names the penilai it stands for.
    expect((await o.kasiUser.err('evaluation.rate', rating)).code).toBe('CONFLICT');
    const corrected = await o.t.ok('evaluation.rate', {
      ...rating,
      version: 1,
      ratingHasil: 'DI_BAWAH',
      note: 'Dicatat dari berita acara penilaian',
    });
    expect(corrected.evaluation).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      ratedBy: 'Admin Kepegawaian',
      ratedOnBehalfOf: 'Bambang Sutrisno, S.H.',
      note: 'Dicatat dari berita acara penilaian',
      version: 2,
    });
    expect(corrected.can).toMatchObject({ rate: false, rateOnBehalf: true, exclude: true });

    // Every cell of the matrix through dispatch.
    const matrix: [Rating, Rating, string][] = [
      ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
      ['DI_ATAS', 'SESUAI', 'BAIK'],
      ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
      ['SESUAI', 'SESUAI', 'BAIK'],
      ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ];
    let version = 2;
    for (const [hasil, perilaku, predikat] of matrix) {
      const rated = await rateAs(o.kasiUser, ref.skpId, ref.periodId, hasil, perilaku, version);
      expect(rated.evaluation.predikat, `${hasil} × ${perilaku}`).toBe(predikat);
      version = rated.evaluation.version;
    }

    // The pegawai sees their own evaluation, read-only; the audit trail holds old and new values.
    const own = await o.staffUser.ok('evaluation.get', ref);
    expect(own.evaluation.predikat).toBe('SANGAT_KURANG');
    expect(own.can).toEqual({ rate: false, rateOnBehalf: false, exclude: false });
    const audit = await o.t.ok('audit.list', { entityType: 'evaluation', pageSize: 50 });
    const adminEntry = audit.rows.find((r) => r.username === 'admin')!;
    expect(adminEntry.changes).toMatchObject({
      ratingHasil: { from: 'SESUAI', to: 'DI_BAWAH' },
      predikat: { from: 'BAIK', to: 'BUTUH_PERBAIKAN' },
      ratedOnBehalfOf: { from: null, to: 'Bambang Sutrisno, S.H.' },
    });
    expect(adminEntry.note).toContain('atas nama Bambang Sutrisno, S.H. Triwulan I 2026');
  });

  it("makes the camat's Rating Hasil Kerja follow the org rating", async () => {
    const o = await office();
    const ref = { skpId: o.camatSkp.id, periodId: o.q1.id };
    const note = 'Penilaian oleh Sekretaris Daerah';
    const before = await o.t.err('evaluation.rate', {
      ...ref,
      version: 0,
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      note,
    });
    expect(before.fields?.ratingHasil).toContain('catat dahulu capaian kinerja organisasi');
    await o.t.ok('orgRating.set', { ...ORG, periodId: o.q1.id, rating: 'ISTIMEWA' });
    expect((await o.t.ok('evaluation.get', ref)).ratingHasilFromOrg).toBe('DI_ATAS');
    const wrong = await o.t.err('evaluation.rate', {
      ...ref,
      version: 0,
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      note,
    });
    expect(wrong.fields?.ratingHasil).toBe(
      'Rating hasil kerja kepala unit mengikuti capaian kinerja organisasi (Istimewa): Di atas ekspektasi.',
    );
    const rated = await o.t.ok('evaluation.rate', {
      ...ref,
      version: 0,
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      note,
    });
    expect(rated.evaluation).toMatchObject({
      predikat: 'SANGAT_BAIK',
      ratedOnBehalfOf: 'pejabat penilai di luar SIPKA',
    });
    // Nobody else is the head: the kasi's screen has no rating from the org rating.
    expect(
      (await o.t.ok('evaluation.get', { skpId: o.kasiSkp.id, periodId: o.q1.id })).ratingHasilFromOrg,
    ).toBeNull();
  });

  it('lists the bawahan with their progress, and HR everyone of a unit subtree', async () => {
    const o = await office();
    const [kuantitas, kualitas] = ikiLineages(o.staffSkp);
    await o.staffUser.ok('realisasi.set', {
      skpId: o.staffSkp.id,
      periodId: o.q1.id,
      entries: [
        { ikiLineageId: kuantitas!, value: 3 },
        { ikiLineageId: kualitas!, value: 95 },
      ],
    });
    await o.kasiUser.ok('feedback.add', {
      skpId: o.staffSkp.id,
      periodId: o.q1.id,
      rhkLineageId: o.staffSkp.rhk[0]!.lineageId,
      text: 'Pertahankan ketepatan waktu layanan.',
    });
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q1.id, 'SESUAI', 'SESUAI');

    const mine = await o.kasiUser.ok('evaluation.list', { periodId: o.q1.id });
    expect(mine.rows.map((r) => r.fullName)).toEqual(['Ahmad Fauzi', 'Joko Santoso']);
    expect(mine.doneCount).toBe(1);
    const ahmad = mine.rows[0]!;
    expect(ahmad).toMatchObject({
      filledCount: 2,
      ikiCount: 6,
      evidenceCount: 0,
      feedbackCount: 1,
      appraiserName: 'Bambang Sutrisno, S.H.',
      unitName: 'Subbagian Umum',
      evaluation: { predikat: null, version: 0 },
    });
    // Capaian 3 ÷ 12 and 95 within 90–100: the mean of the two known, as the sheet shows it.
    const sheet = await o.kasiUser.ok('realisasi.sheet', { skpId: o.staffSkp.id, periodId: o.q1.id });
    expect(ahmad.averageCapaian).toBeCloseTo(sheet.averageCapaian!, 10);
    expect(ahmad.averageCapaian).toBeCloseTo((0.25 + 1) / 2, 10);
    expect(mine.rows[1]!.evaluation.predikat).toBe('BAIK');

    expect((await o.staffUser.ok('evaluation.list', { periodId: o.q1.id })).rows).toEqual([]);
    expect((await o.staffUser.err('evaluation.list', { periodId: o.q1.id, scope: 'all' })).code).toBe(
      'FORBIDDEN',
    );
    const all = await o.operator.ok('evaluation.list', { periodId: o.q1.id, scope: 'all' });
    expect(all.rows).toHaveLength(5);
    const kelurahan = await o.operator.ok('evaluation.list', {
      periodId: o.q1.id,
      scope: 'all',
      unitId: o.units.kel.id,
    });
    expect(kelurahan.rows.map((r) => r.fullName)).toEqual(['Eko Saputro, S.AP.']);
    const sekretariat = await o.t.ok('evaluation.list', {
      periodId: o.q1.id,
      scope: 'all',
      unitId: o.units.sekr.id,
    });
    expect(sekretariat.rows).toHaveLength(3);
  });

  it('shows the periodic history on the annual screen', async () => {
    const o = await office();
    const [kuantitas] = ikiLineages(o.staffSkp);
    await o.staffUser.ok('realisasi.set', {
      skpId: o.staffSkp.id,
      periodId: o.q2.id,
      entries: [{ ikiLineageId: kuantitas!, value: 6 }],
    });
    await o.kasiUser.ok('feedback.add', {
      skpId: o.staffSkp.id,
      periodId: o.q2.id,
      coreValue: 'KOLABORATIF',
      text: 'Bagus dalam kerja sama tim.',
    });
    await rateAs(o.kasiUser, o.staffSkp.id, o.q1.id, 'SESUAI', 'SESUAI');
    await rateAs(o.kasiUser, o.staffSkp.id, o.q2.id, 'DI_ATAS', 'DI_ATAS');
    const annual = await o.kasiUser.ok('evaluation.get', { skpId: o.staffSkp.id, periodId: o.annual.id });
    expect(annual.history.map((h) => h.period.shortLabel)).toEqual([
      'Triwulan I',
      'Triwulan II',
      'Triwulan III',
      'Triwulan IV',
    ]);
    expect(annual.history.map((h) => h.evaluation?.predikat ?? null)).toEqual([
      'BAIK',
      'SANGAT_BAIK',
      null,
      null,
    ]);
    expect(annual.history[1]!.averageCapaian).toBeCloseTo(0.5, 10);
    expect(annual.history[1]!.feedback.map((f) => f.text)).toEqual(['Bagus dalam kerja sama tim.']);
    expect(annual.history[0]!.averageCapaian).toBeNull();
    expect(
      (await o.kasiUser.ok('evaluation.get', { skpId: o.staffSkp.id, periodId: o.q1.id })).history,
    ).toEqual([]);
    // The annual rating is set like any other.
    const rated = await rateAs(o.kasiUser, o.staffSkp.id, o.annual.id, 'SESUAI', 'DI_ATAS');
    expect(rated.evaluation.predikat).toBe('BAIK');
  });

  it('refuses an SKP that is not in force for the period, and bad input in Bahasa Indonesia', async () => {
    const o = await office();
    // After a move, Joko's SKP covers the second half of the year only: Triwulan I is outside it.
    const later = await o.t.ok('skp.setDates', {
      skpId: o.staff2Skp.id,
      version: o.staff2Skp.version,
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      reason: 'Mutasi masuk 1 Juli 2026',
    });
    const outside = await o.kasiUser.err('evaluation.rate', {
      skpId: later.id,
      periodId: o.q1.id,
      version: 0,
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
    });
    expect(outside).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('di luar periode penilaian'),
    });
    const bad = await o.kasiUser.call('evaluation.rate', {
      skpId: o.staffSkp.id,
      periodId: o.q1.id,
      version: 0,
      ratingHasil: 'BAGUS' as Rating,
      ratingPerilaku: 'SESUAI',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { ratingHasil: 'Pilih rating' } },
    });
    expect((await o.t.err('evaluation.get', { skpId: 9999, periodId: o.q1.id })).code).toBe('NOT_FOUND');
  });
});
