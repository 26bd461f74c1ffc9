import { describe, expect, it } from 'vitest';
import { evaluationOffice, ORG_SOURCE, rateAs, rateEveryone } from './evaluation-fixture';
import { ikiLineages } from './realisasi-fixture';

const ALL_BAIK = {
  kasi: ['SESUAI', 'SESUAI'],
  staff: ['SESUAI', 'SESUAI'],
  staff2: ['SESUAI', 'DI_ATAS'],
  lurah: ['DI_ATAS', 'SESUAI'],
} as const;

describe('finalisation of a period', () => {
  it('blocks until org rating, ratings and a reason for a deviation are there; then locks; reopens for a correction', async () => {
    const o = await evaluationOffice();
    const q1 = { periodId: o.q1.id };

    const noOrg = await o.t.err('finalisation.finalise', q1);
    expect(noOrg).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Capaian kinerja organisasi belum dicatat'),
    });
    expect((await o.operator.err('finalisation.finalise', q1)).code).toBe('FORBIDDEN');
    await o.t.ok('orgRating.set', { ...ORG_SOURCE, ...q1, rating: 'BAIK' });
    await rateAs(o.kasiUser, o.staffSkp.id, o.q1.id, 'SESUAI', 'SESUAI');
    const unrated = await o.t.err('finalisation.finalise', q1);
    expect(unrated).toMatchObject({ code: 'CONFLICT' });
    expect(unrated.message).toContain('4 pegawai belum dinilai atau dikecualikan');
    expect(unrated.message).toContain('Joko Santoso');

    await rateAs(o.t, o.camatSkp.id, o.q1.id, 'SESUAI', 'SESUAI', 0, 'Penilaian oleh Sekretaris Daerah');
    await rateAs(o.camatUser, o.kasiSkp.id, o.q1.id, ...ALL_BAIK.kasi);
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q1.id, ...ALL_BAIK.staff2);
    await rateAs(o.camatUser, o.lurahSkp.id, o.q1.id, ...ALL_BAIK.lurah);
    const deviation = await o.t.err('finalisation.finalise', q1);
    expect(deviation.code).toBe('VALIDATION');
    expect(deviation.fields?.deviationReason).toContain('Baik paling banyak 70 % (3 dari 5 pegawai)');
    expect(o.t.count('finalisations')).toBe(0);

    const reason = 'Seluruh pegawai mencapai target layanan; kurva diterapkan mulai Triwulan II.';
    const final = await o.t.ok('finalisation.finalise', { ...q1, deviationReason: reason });
    expect(final.state).toBe('FINAL');
    expect(final.finalisations).toHaveLength(1);
    const first = final.finalisations[0]!;
    expect(first).toMatchObject({
      revision: 1,
      deviationReason: reason,
      finalisedBy: 'Admin Kepegawaian',
      reopenedAt: null,
    });
    expect(first.recap.orgRating).toBe('BAIK');
    expect(first.recap.counts.BAIK).toBe(5);
    expect(first.recap.violations.map((v) => v.code)).toEqual([
      'BAIK_ABOVE_MAX',
      'BUTUH_PERBAIKAN_OR_KURANG_MISSING',
    ]);
    expect(first.recap.rows.map((r) => [r.fullName, r.predikat])).toEqual([
      ['Ahmad Fauzi', 'BAIK'],
      ['Bambang Sutrisno, S.H.', 'BAIK'],
      ['Eko Saputro, S.AP.', 'BAIK'],
      ['Drs. Hendro Wicaksono, M.Si.', 'BAIK'],
      ['Joko Santoso', 'BAIK'],
    ]);
    expect(final.blockers[0]).toContain('sudah difinalisasi');
    expect((await o.t.err('finalisation.finalise', { ...q1, deviationReason: reason })).code).toBe(
      'CONFLICT',
    );

    // Every write to the period now answers LOCKED; other periods stay open.
    const staff2 = { skpId: o.staff2Skp.id, periodId: o.q1.id };
    const locked = [
      await o.kasiUser.err('evaluation.rate', {
        ...staff2,
        version: 1,
        ratingHasil: 'DI_BAWAH',
        ratingPerilaku: 'SESUAI',
      }),
      await o.t.err('evaluation.rate', {
        ...staff2,
        version: 1,
        ratingHasil: 'DI_BAWAH',
        ratingPerilaku: 'SESUAI',
        note: 'Koreksi',
      }),
      await o.t.err('evaluation.exclude', { ...staff2, version: 1, reason: 'CUTI' }),
      await o.t.err('orgRating.set', { ...ORG_SOURCE, ...q1, version: 1, rating: 'ISTIMEWA' }),
      await o.staffUser.err('realisasi.set', {
        skpId: o.staffSkp.id,
        periodId: o.q1.id,
        entries: [{ ikiLineageId: ikiLineages(o.staffSkp)[0]!, value: 3 }],
      }),
      await o.kasiUser.err('feedback.add', {
        skpId: o.staffSkp.id,
        periodId: o.q1.id,
        rhkLineageId: o.staffSkp.rhk[0]!.lineageId,
        text: 'Terlambat',
      }),
    ];
    expect(locked.map((e) => e.code)).toEqual(['LOCKED', 'LOCKED', 'LOCKED', 'LOCKED', 'LOCKED', 'LOCKED']);
    expect(locked[0]!.message).toContain('sudah difinalisasi');
    expect((await o.kasiUser.ok('evaluation.get', staff2)).can).toEqual({
      rate: false,
      rateOnBehalf: false,
      exclude: false,
    });
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q2.id, 'SESUAI', 'SESUAI');

    // Reopen: ADMIN only, with a reason; the first recap stays readable.
    expect((await o.kasiUser.err('finalisation.reopen', { ...q1, reason: 'Koreksi' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await o.t.err('finalisation.reopen', { ...q1, reason: '  ' })).fields?.reason).toBe(
      'Alasan koreksi wajib diisi',
    );
    const reopened = await o.t.ok('finalisation.reopen', {
      ...q1,
      reason: 'Keberatan Joko Santoso dikabulkan sebagian',
    });
    expect(reopened.state).toBe('CORRECTION');
    expect(reopened.finalisations[0]).toMatchObject({
      revision: 1,
      reopenedBy: 'Admin Kepegawaian',
      reopenReason: 'Keberatan Joko Santoso dikabulkan sebagian',
    });
    expect(reopened.finalisations[0]!.reopenedAt).not.toBeNull();
    expect(reopened.finalisations[0]!.recap).toEqual(first.recap);
    expect((await o.t.err('finalisation.reopen', { ...q1, reason: 'Lagi' })).code).toBe('CONFLICT');

    // Corrections are allowed again; finalising re-runs the kurva check and makes revision 2.
    await rateAs(o.kasiUser, o.staff2Skp.id, o.q1.id, 'DI_BAWAH', 'SESUAI', 1);
    await rateAs(o.camatUser, o.kasiSkp.id, o.q1.id, 'DI_ATAS', 'DI_ATAS', 1);
    const second = await o.t.ok('finalisation.finalise', q1);
    expect(second.state).toBe('FINAL');
    expect(second.violations).toEqual([]);
    expect(second.finalisations.map((f) => f.revision)).toEqual([2, 1]);
    expect(second.finalisations[0]).toMatchObject({ deviationReason: '', reopenedAt: null });
    expect(second.finalisations[0]!.recap.counts).toMatchObject({
      SANGAT_BAIK: 1,
      BAIK: 3,
      BUTUH_PERBAIKAN: 1,
    });
    const joko = (f: (typeof second.finalisations)[number]) =>
      f.recap.rows.find((r) => r.fullName === 'Joko Santoso')!.predikat;
    expect(second.finalisations.map(joko)).toEqual(['BUTUH_PERBAIKAN', 'BAIK']);
    expect(second.finalisations[1]!.recap).toEqual(first.recap);

    // The audit trail holds both values of the corrected rating, and the three finalisation steps.
    const evaluationId = (
      o.t.backend.ctx.sqlite
        .prepare('SELECT id FROM evaluations WHERE skp_id = ? AND period_id = ?')
        .get(o.staff2Skp.id, o.q1.id) as { id: number }
    ).id;
    const trail = await o.t.ok('audit.list', { entityType: 'evaluation', entityId: String(evaluationId) });
    expect(trail.rows[0]!.changes).toMatchObject({
      ratingHasil: { from: 'SESUAI', to: 'DI_BAWAH' },
      predikat: { from: 'BAIK', to: 'BUTUH_PERBAIKAN' },
    });
    const steps = await o.t.ok('audit.list', { entityType: 'finalisation' });
    expect(steps.rows.map((r) => r.note).reverse()).toEqual([
      'Penilaian Triwulan I 2026 difinalisasi.',
      'Penilaian Triwulan I 2026 (revisi 1) dibuka untuk koreksi: Keberatan Joko Santoso dikabulkan sebagian',
      'Penilaian Triwulan I 2026 difinalisasi ulang (revisi 2).',
    ]);
  });

  it('keeps a closed year read-only for ratings, org ratings and finalisation', async () => {
    const o = await evaluationOffice();
    await o.t.ok('orgRating.set', { ...ORG_SOURCE, periodId: o.q1.id, rating: 'BAIK' });
    await rateEveryone(o, o.q1.id, ['SESUAI', 'SESUAI'], {
      ...ALL_BAIK,
      kasi: ['DI_ATAS', 'DI_ATAS'],
      staff2: ['DI_BAWAH', 'SESUAI'],
    });
    const year = await o.t.ok('years.get', { id: o.year.id });
    const unfinished = await o.t.err('years.close', { id: year.id, version: year.version, note: '' });
    expect(unfinished).toMatchObject({ code: 'CONFLICT' });
    expect(unfinished.message).toContain('penilaian Triwulan I 2026 belum difinalisasi');
    await o.t.ok('finalisation.finalise', { periodId: o.q1.id });
    await o.t.ok('finalisation.reopen', { periodId: o.q1.id, reason: 'Koreksi sebelum tahun ditutup' });
    const correcting = await o.t.err('years.close', { id: year.id, version: year.version, note: '' });
    expect(correcting.message).toContain('Triwulan I 2026');
    await o.t.ok('finalisation.finalise', { periodId: o.q1.id });
    await o.t.ok('years.close', { id: year.id, version: year.version, note: '' });
    const errors = [
      await rateAs(o.kasiUser, o.staffSkp.id, o.q2.id, 'SESUAI', 'SESUAI').catch((e: Error) => e.message),
      (await o.t.err('orgRating.set', { ...ORG_SOURCE, periodId: o.q2.id, rating: 'BAIK' })).code,
      (await o.t.err('finalisation.finalise', { periodId: o.q1.id })).code,
    ];
    expect(errors[0]).toContain('LOCKED');
    expect(errors.slice(1)).toEqual(['LOCKED', 'LOCKED']);
    const view = await o.t.ok('kurva.get', { periodId: o.q1.id });
    expect(view.blockers[0]).toContain('sudah ditutup');
  });
});
