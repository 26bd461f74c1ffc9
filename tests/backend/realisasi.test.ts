import { describe, expect, it } from 'vitest';
import { loadRealisasiSheet } from '../../electron/backend/realisasi/sheet';
import { systemContext } from '../../electron/backend/context';
import { finalise, ikiLineages, realisasiOffice } from './realisasi-fixture';

describe('realisasi sheet', () => {
  it('shows the revision in force with targets, entries, capaian, counts and who entered each value', async () => {
    const o = await realisasiOffice();
    const [kuantitas, kualitas, waktu, arsip] = ikiLineages(o.staffSkp);
    const ref = { skpId: o.staffSkp.id, periodId: o.q1.id };

    const empty = await o.t.ok('realisasi.sheet', ref);
    expect(empty).toMatchObject({
      skpId: o.staffSkp.id,
      revisionNumber: 1,
      period: { label: 'Triwulan I 2026', rangeLabel: '1 Januari s.d. 31 Maret 2026' },
      employee: { fullName: 'Ahmad Fauzi' },
      appraiser: { fullName: 'Bambang Sutrisno, S.H.' },
      filledCount: 0,
      ikiCount: 6,
      averageCapaian: null,
      lock: null,
      can: { enterRealisasi: true, addEvidence: true, giveFeedback: false },
      evidenceMaxBytes: 20 * 1024 * 1024,
      feedback: [],
    });
    expect(empty.rhk.map((r) => [r.text, r.parentText])).toEqual([
      ['Terlayaninya dokumen kependudukan', 'Terselenggaranya pelayanan administrasi pemerintahan'],
      ['Tersusunnya arsip surat masuk', 'Terselenggaranya pelayanan administrasi pemerintahan'],
    ]);
    expect(empty.rhk[0]!.iki[0]).toMatchObject({ targetText: '12', unitOfMeasure: 'Dokumen', entry: null });

    // The pegawai, the penilai and an operator each enter one value; the entry says who and as what.
    const self = await o.staffUser.ok('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: 6, note: 'Januari–Maret' }],
    });
    await o.kasiUser.ok('realisasi.set', { ...ref, entries: [{ ikiLineageId: kualitas!, value: 95 }] });
    const sheet = await o.operator.ok('realisasi.set', {
      ...ref,
      entries: [
        { ikiLineageId: waktu!, value: 3 },
        { ikiLineageId: arsip!, value: 18 },
      ],
    });
    expect(self.rhk[0]!.iki[0]!.entry).toMatchObject({
      value: 6,
      note: 'Januari–Maret',
      enteredBy: 'staf',
      enteredAs: 'PEGAWAI',
      version: 1,
    });
    const rows = sheet.rhk.flatMap((r) => r.iki);
    expect(rows.map((r) => r.entry?.enteredAs ?? null)).toEqual([
      'PEGAWAI',
      'PENILAI',
      'OPERATOR',
      'OPERATOR',
      null,
      null,
    ]);
    expect(rows.map((r) => r.capaian)).toEqual([0.5, 1, expect.closeTo(1.75, 5), 1.5, null, null]);
    expect(sheet.filledCount).toBe(4);
    expect(sheet.averageCapaian).toBeCloseTo((0.5 + 1 + 1.75 + 1.5) / 4, 5);
    const admin = await o.t.ok('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: 7 }],
    });
    expect(admin.rhk[0]!.iki[0]!.entry).toMatchObject({
      value: 7,
      note: 'Januari–Maret',
      enteredAs: 'ADMIN',
      version: 2,
    });

    // The camat sees the sheet (above in the chain) but may not write to it.
    const viewed = await o.camatUser.ok('realisasi.sheet', ref);
    expect(viewed.can).toEqual({ enterRealisasi: false, addEvidence: false, giveFeedback: false });
    expect(
      (await o.camatUser.err('realisasi.set', { ...ref, entries: [{ ikiLineageId: arsip!, value: 1 }] }))
        .code,
    ).toBe('FORBIDDEN');
    // The shared loader answers the same as the method.
    const loaded = loadRealisasiSheet(systemContext(o.t.backend.ctx, 'uji'), ref.skpId, ref.periodId);
    expect(loaded.rhk).toEqual(admin.rhk);

    const audit = await o.t.ok('audit.list', { entityType: 'realisasi', pageSize: 50 });
    expect(audit.total).toBe(5);
    expect(audit.rows[0]!.changes).toMatchObject({ value: { from: 6, to: 7 } });
  });

  it('keeps a note when only values are sent, deletes an entry emptied of both, and skips unchanged entries', async () => {
    const o = await realisasiOffice();
    const [kuantitas] = ikiLineages(o.staffSkp);
    const ref = { skpId: o.staffSkp.id, periodId: o.q2.id };
    await o.staffUser.ok('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: 3, note: 'Catatan' }],
    });
    let sheet = await o.staffUser.ok('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: null }],
    });
    expect(sheet.rhk[0]!.iki[0]!.entry).toMatchObject({ value: null, note: 'Catatan', version: 2 });
    expect(sheet.filledCount).toBe(0);
    const auditBefore = o.t.count('audit_log');
    await o.staffUser.ok('realisasi.set', { ...ref, entries: [{ ikiLineageId: kuantitas!, value: null }] });
    expect(o.t.count('audit_log')).toBe(auditBefore);
    sheet = await o.staffUser.ok('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: null, note: '' }],
    });
    expect(sheet.rhk[0]!.iki[0]!.entry).toBeNull();
    expect(o.t.count('realisasi')).toBe(0);
  });

  it('refuses a whole batch naming an IKI outside the SKP in force, a repeated IKI, or a bad number', async () => {
    const o = await realisasiOffice();
    const [kuantitas] = ikiLineages(o.staffSkp);
    const [kasiIki] = ikiLineages(o.kasiSkp);
    const ref = { skpId: o.staffSkp.id, periodId: o.q1.id };
    const foreign = await o.staffUser.err('realisasi.set', {
      ...ref,
      entries: [
        { ikiLineageId: kuantitas!, value: 5 },
        { ikiLineageId: kasiIki!, value: 5 },
      ],
    });
    expect(foreign.code).toBe('VALIDATION');
    expect(foreign.message).toMatch(/^IKI ".+" tidak ada dalam SKP yang berlaku/);
    const twice = await o.staffUser.err('realisasi.set', {
      ...ref,
      entries: [
        { ikiLineageId: kuantitas!, value: 5 },
        { ikiLineageId: kuantitas!, value: 6 },
      ],
    });
    expect(twice.message).toContain('lebih dari sekali');
    const negative = await o.staffUser.err('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: -1 }],
    });
    expect(negative).toMatchObject({ code: 'VALIDATION', message: 'Realisasi tidak boleh negatif' });
    const text = await o.staffUser.err('realisasi.set', {
      ...ref,
      entries: [{ ikiLineageId: kuantitas!, value: '12' as unknown as number }],
    });
    expect(text.message).toBe('Realisasi harus berupa angka');
    expect(o.t.count('realisasi')).toBe(0);
  });

  it('lets only the pegawai, their penilai and HR write: a pegawai cannot enter for someone else', async () => {
    const o = await realisasiOffice();
    const [kasiIki] = ikiLineages(o.kasiSkp);
    const error = await o.staffUser.err('realisasi.set', {
      skpId: o.kasiSkp.id,
      periodId: o.q1.id,
      entries: [{ ikiLineageId: kasiIki!, value: 1 }],
    });
    expect(error.code).toBe('FORBIDDEN');
    expect((await o.staffUser.err('realisasi.sheet', { skpId: o.kasiSkp.id, periodId: o.q1.id })).code).toBe(
      'FORBIDDEN',
    );
    // The camat is the kasi's penilai.
    const sheet = await o.camatUser.ok('realisasi.set', {
      skpId: o.kasiSkp.id,
      periodId: o.q1.id,
      entries: [{ ikiLineageId: kasiIki!, value: 1 }],
    });
    expect(sheet.rhk[0]!.iki[0]!.entry?.enteredAs).toBe('PENILAI');
  });

  it('locks a period outside the SKP dates, of another year, or before approval', async () => {
    const o = await realisasiOffice();
    const [kuantitas] = ikiLineages(o.staffSkp);
    const skp = await o.t.ok('skp.setDates', {
      skpId: o.staffSkp.id,
      version: o.staffSkp.version,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
      reason: 'Mutasi 1 Juli',
    });
    const outside = await o.t.ok('realisasi.sheet', { skpId: skp.id, periodId: o.q3.id });
    expect(outside.lock).toMatchObject({ reason: 'OUTSIDE_SKP' });
    expect(outside.lock!.message).toContain('di luar masa SKP ini (1 Januari s.d. 30 Juni 2026)');
    expect(outside.can.enterRealisasi).toBe(false);
    const refused = await o.t.err('realisasi.set', {
      skpId: skp.id,
      periodId: o.q3.id,
      entries: [{ ikiLineageId: kuantitas!, value: 1 }],
    });
    expect(refused).toMatchObject({ code: 'LOCKED', message: outside.lock!.message });
    expect((await o.t.ok('realisasi.sheet', { skpId: skp.id, periodId: o.annual.id })).lock).toBeNull();

    const other = await o.t.ok('years.open', { year: 2027 });
    const wrongYear = await o.t.err('realisasi.sheet', { skpId: skp.id, periodId: other.periods[0]!.id });
    expect(wrongYear.code).toBe('VALIDATION');
    expect(wrongYear.message).toContain('bukan bagian dari tahun penilaian 2026');
    expect((await o.t.err('realisasi.sheet', { skpId: skp.id, periodId: 99_999 })).code).toBe('NOT_FOUND');

    const draft = await o.t.ok('skp.create', { employeeId: o.ids.staff2, yearId: o.year.id });
    const unapproved = await o.t.ok('realisasi.sheet', { skpId: draft.id, periodId: o.q1.id });
    expect(unapproved).toMatchObject({
      revisionNumber: 0,
      rhk: [],
      ikiCount: 0,
      lock: { reason: 'NO_APPROVED_SKP' },
    });
    expect(unapproved.employee.fullName).toBe('Joko Santoso');
    const noSkp = await o.t.err('realisasi.set', {
      skpId: draft.id,
      periodId: o.q1.id,
      entries: [{ ikiLineageId: kuantitas!, value: 1 }],
    });
    expect(noSkp.code).toBe('LOCKED');
    expect(o.t.count('realisasi')).toBe(0);
  });

  it('locks a finalised period until an admin reopens it for correction, and a closed year', async () => {
    const o = await realisasiOffice();
    const [kuantitas] = ikiLineages(o.staffSkp);
    const ref = { skpId: o.staffSkp.id, periodId: o.q1.id };
    const set = { ...ref, entries: [{ ikiLineageId: kuantitas!, value: 4 }] };
    await o.staffUser.ok('realisasi.set', set);
    finalise(o, o.q1.id);
    const sheet = await o.staffUser.ok('realisasi.sheet', ref);
    expect(sheet.lock).toMatchObject({ reason: 'FINALISED' });
    expect(sheet.can).toEqual({ enterRealisasi: false, addEvidence: false, giveFeedback: false });
    expect(
      (await o.staffUser.err('realisasi.set', { ...set, entries: [{ ikiLineageId: kuantitas!, value: 5 }] }))
        .code,
    ).toBe('LOCKED');
    expect(
      (await o.kasiUser.err('feedback.add', { ...ref, coreValue: 'AKUNTABEL', text: 'Bagus' })).code,
    ).toBe('LOCKED');
    // Other periods stay open.
    await o.staffUser.ok('realisasi.set', { ...set, periodId: o.q2.id });
    finalise(o, o.q1.id, true);
    expect(
      (await o.staffUser.ok('realisasi.set', { ...set, entries: [{ ikiLineageId: kuantitas!, value: 5 }] }))
        .lock,
    ).toBeNull();

    // A period open for correction keeps the year from closing; finalised again, it lets it close.
    finalise(o, o.q1.id);
    const year = await o.t.ok('years.get', { id: o.year.id });
    await o.t.ok('years.close', { id: year.id, version: year.version });
    const closed = await o.staffUser.ok('realisasi.sheet', { ...ref, periodId: o.q3.id });
    expect(closed.lock).toMatchObject({ reason: 'YEAR_CLOSED' });
    const error = await o.staffUser.err('realisasi.set', { ...set, periodId: o.q3.id });
    expect(error.code).toBe('LOCKED');
    expect(error.message).toContain('Tahun penilaian 2026 sudah ditutup');
  });
});

describe('umpan balik', () => {
  it('is written by the penilai only, appended on one RHK in force or one core value, oldest first', async () => {
    const o = await realisasiOffice();
    const ref = { skpId: o.staffSkp.id, periodId: o.q1.id };
    const rhk = o.staffSkp.rhk[1]!.lineageId;
    expect((await o.kasiUser.ok('realisasi.sheet', ref)).can.giveFeedback).toBe(true);
    await o.kasiUser.ok('feedback.add', { ...ref, rhkLineageId: rhk, text: 'Arsip Maret belum lengkap.' });
    const sheet = await o.kasiUser.ok('feedback.add', {
      ...ref,
      coreValue: 'KOLABORATIF',
      text: 'Bantu rekan di loket saat antrean panjang.',
    });
    expect(sheet.feedback).toMatchObject([
      { rhkLineageId: rhk, coreValue: null, text: 'Arsip Maret belum lengkap.', authorName: 'kasi' },
      { rhkLineageId: null, coreValue: 'KOLABORATIF', authorName: 'kasi' },
    ]);

    for (const client of [o.staffUser, o.operator, o.camatUser, o.t]) {
      const error = await client.err('feedback.add', { ...ref, coreValue: 'LOYAL', text: 'Contoh' });
      expect(error.code).toBe('FORBIDDEN');
    }
    const both = await o.kasiUser.err('feedback.add', {
      ...ref,
      rhkLineageId: rhk,
      coreValue: 'LOYAL',
      text: 'x',
    });
    expect(both.message).toBe('Pilih satu RHK atau satu nilai perilaku untuk umpan balik ini');
    const neither = await o.kasiUser.err('feedback.add', { ...ref, text: 'x' });
    expect(neither.code).toBe('VALIDATION');
    const foreign = await o.kasiUser.err('feedback.add', {
      ...ref,
      rhkLineageId: o.kasiSkp.rhk[0]!.lineageId,
      text: 'x',
    });
    expect(foreign.message).toContain('RHK ini tidak ada dalam SKP yang berlaku');
    expect(o.t.count('feedback')).toBe(2);
    const audit = await o.t.ok('audit.list', { entityType: 'feedback', pageSize: 10 });
    expect(audit.total).toBe(2);
  });
});
