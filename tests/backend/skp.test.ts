import { describe, expect, it } from 'vitest';
import { addRhk, approvedCamatSkp, clientFor, kkw, skpOffice } from './skp-fixture';

describe('SKP: creation and snapshots', () => {
  it('creates an SKP over the whole year with the pegawai, pejabat penilai and atasan penilai as printed', async () => {
    const o = await skpOffice();
    const skp = await o.t.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    expect(skp).toMatchObject({
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      rangeLabel: '1 Januari s.d. 31 Desember 2026',
      approach: 'KUANTITATIF',
      status: 'DRAFT',
      latestRevision: 1,
      inForceRevision: null,
      identityFrozen: false,
      officeName: 'Kecamatan Uji',
      instansiName: 'Pemerintah Kota Uji',
      employee: {
        fullName: 'Ahmad Fauzi',
        nip: '198609262015051003',
        pangkatGolongan: 'Penata Muda (III/a)',
        positionName: 'Pengadministrasi Kependudukan',
        unitName: 'Subbagian Umum',
      },
      appraiser: {
        employeeId: o.ids.kasi,
        fullName: 'Bambang Sutrisno, S.H.',
        pangkatGolongan: 'Penata Tingkat I (III/d)',
      },
      appraiserSupervisor: { employeeId: o.ids.camat, fullName: 'Drs. Hendro Wicaksono, M.Si.' },
      can: { edit: true, submit: true, approve: false, revise: false, delete: true },
    });
    expect(skp.behaviour.map((b) => b.code)).toHaveLength(7);
    expect(skp.behaviour[0]!.guides).toHaveLength(3);
    expect(skp.issues.map((i) => i.code)).toEqual(['NO_UTAMA']);
  });

  it('allows one SKP per part of the year: overlapping ranges are refused, a mid-year move is not', async () => {
    const o = await skpOffice();
    const first = await o.t.ok('skp.create', {
      employeeId: o.ids.staff,
      yearId: o.year.id,
      endDate: '2026-06-30',
    });
    const overlap = await o.t.err('skp.create', {
      employeeId: o.ids.staff,
      yearId: o.year.id,
      startDate: '2026-06-01',
    });
    expect(overlap.code).toBe('CONFLICT');
    expect(overlap.message).toContain('1 Januari s.d. 30 Juni 2026');
    const second = await o.t.ok('skp.create', {
      employeeId: o.ids.staff,
      yearId: o.year.id,
      startDate: '2026-07-01',
    });
    expect([first.rangeLabel, second.rangeLabel]).toEqual([
      '1 Januari s.d. 30 Juni 2026',
      '1 Juli s.d. 31 Desember 2026',
    ]);
    const outside = await o.t.err('skp.create', {
      employeeId: o.ids.staff2,
      yearId: o.year.id,
      endDate: '2027-01-31',
    });
    expect(outside).toMatchObject({
      code: 'VALIDATION',
      fields: { endDate: expect.stringContaining('2026') },
    });
    const reversed = await o.t.err('skp.create', {
      employeeId: o.ids.staff2,
      yearId: o.year.id,
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(reversed.fields).toHaveProperty('endDate');
    const bad = await o.t.err('skp.create', {
      employeeId: o.ids.staff2,
      yearId: o.year.id,
      startDate: '2026-02-30',
    });
    expect(bad.fields).toHaveProperty('startDate');
  });

  it('keeps the approved SKP as signed when the register changes, while a draft follows the register', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    let draft = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    const camat = await o.t.ok('employees.get', { id: o.ids.camat });
    await o.t.ok('employees.update', {
      id: camat.id,
      version: camat.version,
      data: { ...camat, tmtJabatan: camat.tmtJabatan ?? '', golongan: 'IV/c', name: 'Hendro Wicaksana' },
    });
    const after = await o.t.ok('skp.get', { skpId: camatSkp.id });
    expect(after.identityFrozen).toBe(true);
    expect(after.employee).toEqual(camatSkp.employee);
    expect(after.employee).toMatchObject({
      fullName: 'Drs. Hendro Wicaksono, M.Si.',
      pangkatGolongan: 'Pembina Tingkat I (IV/b)',
    });
    draft = await o.t.ok('skp.get', { skpId: draft.id });
    expect(draft.appraiser).toMatchObject({
      fullName: 'Drs. Hendro Wicaksana, M.Si.',
      pangkatGolongan: 'Pembina Utama Muda (IV/c)',
    });
  });

  it('refuses to delete an employee who has an SKP', async () => {
    const o = await skpOffice();
    await o.t.ok('skp.create', { employeeId: o.ids.staff2, yearId: o.year.id });
    const error = await o.t.err('employees.delete', { id: o.ids.staff2 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('memiliki 1 SKP');
  });
});

describe('SKP: hasil kerja', () => {
  it('links Utama RHK to the atasan’s RHK and refuses an RHK outside the atasan’s SKP', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    const lurahSkp = await addRhk(
      o.t,
      await o.t.ok('skp.create', { employeeId: o.ids.lurah, yearId: o.year.id }),
      'Pelayanan kelurahan',
      camatSkp.rhk[0]!.id,
    );
    let kasiSkp = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    const options = await o.t.ok('skp.parentOptions', { skpId: kasiSkp.id });
    expect(options.options.map((p) => p.text)).toEqual(camatSkp.rhk.map((r) => r.text));
    expect(options.options[0]!.iki).toHaveLength(3);

    for (const wrong of [lurahSkp.rhk[0]!.id, 999_999]) {
      const error = await o.t.err('skp.rhk.create', {
        skpId: kasiSkp.id,
        version: kasiSkp.version,
        group: 'UTAMA',
        text: 'Pelayanan administrasi',
        parentRhkId: wrong,
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.parentRhkId).toContain('tidak ada dalam SKP Drs. Hendro Wicaksono, M.Si.');
    }
    kasiSkp = await addRhk(o.t, kasiSkp, 'Pelayanan administrasi', camatSkp.rhk[0]!.id);
    expect(kasiSkp.rhk[0]!.parent).toMatchObject({
      text: camatSkp.rhk[0]!.text,
      employeeName: 'Drs. Hendro Wicaksono, M.Si.',
      ofCurrentAppraiser: true,
    });
    const camatView = await o.t.ok('skp.get', { skpId: camatSkp.id });
    expect(camatView.rhk[0]!.supporters.map((s) => s.employeeName).sort()).toEqual([
      'Bambang Sutrisno, S.H.',
      'Eko Saputro, S.AP.',
    ]);
    const external = await o.t.err('skp.rhk.update', {
      skpId: kasiSkp.id,
      version: kasiSkp.version,
      rhkId: kasiSkp.rhk[0]!.id,
      externalParentText: 'Sesuatu di luar',
    });
    expect(external.fields).toHaveProperty('externalParentText');
  });

  it('says when the atasan has no SKP yet, and lets a Tambahan RHK name none', async () => {
    const o = await skpOffice();
    let skp = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    const options = await o.t.ok('skp.parentOptions', { skpId: skp.id });
    expect(options.options).toEqual([]);
    expect(options.message).toContain(
      'SKP Drs. Hendro Wicaksono, M.Si. (pejabat penilai) tahun 2026 belum ada',
    );
    skp = await addRhk(o.t, skp, 'Tugas tambahan panitia', null, 'TAMBAHAN');
    skp = await addRhk(o.t, skp, 'Pelayanan administrasi', null);
    const orphan = skp.issues.find((i) => i.code === 'UTAMA_WITHOUT_PARENT');
    expect(orphan?.message).toContain('belum ada');
    const submit = await o.t.err('skp.submit', { skpId: skp.id, version: skp.version });
    expect(submit.code).toBe('VALIDATION');
    expect(submit.message).toContain(
      'SKP Drs. Hendro Wicaksono, M.Si. (pejabat penilai) tahun 2026 belum ada',
    );
  });

  it('parses targets and answers bad input beside the field', async () => {
    const o = await skpOffice();
    let skp = await o.t.ok('skp.create', { employeeId: o.ids.camat, yearId: o.year.id });
    skp = await o.t.ok('skp.rhk.create', {
      skpId: skp.id,
      version: skp.version,
      group: 'UTAMA',
      text: 'Pelayanan publik',
      externalParentText: 'RHK Sekda',
    });
    const rhkId = skp.rhk[0]!.id;
    const bad = async (input: { indicator?: string; target?: string }, field: string, text: string) => {
      const error = await o.t.err('skp.iki.create', {
        skpId: skp.id,
        version: skp.version,
        rhkId,
        aspect: 'KUANTITAS',
        indicator: input.indicator ?? 'Jumlah layanan',
        target: input.target ?? '10',
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.[field]).toContain(text);
    };
    await bad({ target: 'sepuluh' }, 'target', 'bukan angka');
    await bad({ target: '90 - 80' }, 'target', 'Batas bawah rentang (90) lebih besar dari batas atas (80)');
    await bad({ target: '100%' }, 'target', 'kolom satuan');
    await bad({ indicator: '   ' }, 'indicator', 'Indikator wajib diisi');
    skp = await o.t.ok('skp.iki.create', {
      skpId: skp.id,
      version: skp.version,
      rhkId,
      aspect: 'WAKTU',
      indicator: 'Rata-rata waktu layanan',
      target: '2,5',
      unitOfMeasure: 'Hari',
    });
    expect(skp.rhk[0]!.iki[0]).toMatchObject({
      target: { low: 2.5, high: 2.5 },
      targetText: '2,5',
      direction: 'LOWER_IS_BETTER',
    });
    const ikiId = skp.rhk[0]!.iki[0]!.id;
    skp = await o.t.ok('skp.iki.update', {
      skpId: skp.id,
      version: skp.version,
      ikiId,
      target: '1.000 – 1.500',
    });
    expect(skp.rhk[0]!.iki[0]!.target).toEqual({ low: 1000, high: 1500 });
    skp = await o.t.ok('skp.iki.update', { skpId: skp.id, version: skp.version, ikiId, aspect: 'KUANTITAS' });
    expect(skp.rhk[0]!.iki[0]!.direction).toBe('HIGHER_IS_BETTER');
    expect(skp.issues.find((i) => i.code === 'MISSING_ASPECTS')).toMatchObject({
      blocksSubmit: false,
      rhkId,
    });
    const stale = await o.t.err('skp.iki.update', {
      skpId: skp.id,
      version: skp.version - 1,
      ikiId,
      target: '5',
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('reorders RHK and IKI, moves an RHK between groups, and deletes', async () => {
    const o = await skpOffice();
    let skp = await o.t.ok('skp.create', { employeeId: o.ids.camat, yearId: o.year.id });
    for (const text of ['Satu', 'Dua', 'Tiga'])
      skp = await addRhk(o.t, skp, text, null, 'UTAMA', 'RHK Sekda');
    const [a, b, c] = skp.rhk.map((r) => r.id);
    skp = await o.t.ok('skp.rhk.reorder', {
      skpId: skp.id,
      version: skp.version,
      group: 'UTAMA',
      rhkIds: [c!, a!, b!],
    });
    expect(skp.rhk.map((r) => r.text)).toEqual(['Tiga', 'Satu', 'Dua']);
    const partial = await o.t.err('skp.rhk.reorder', {
      skpId: skp.id,
      version: skp.version,
      group: 'UTAMA',
      rhkIds: [a!, b!],
    });
    expect(partial.code).toBe('CONFLICT');
    const iki = skp.rhk[1]!.iki.map((i) => i.id);
    skp = await o.t.ok('skp.iki.reorder', {
      skpId: skp.id,
      version: skp.version,
      rhkId: a!,
      ikiIds: [iki[2]!, iki[0]!, iki[1]!],
    });
    expect(skp.rhk[1]!.iki.map((i) => i.aspect)).toEqual(['WAKTU', 'KUANTITAS', 'KUALITAS']);
    skp = await o.t.ok('skp.rhk.update', {
      skpId: skp.id,
      version: skp.version,
      rhkId: c!,
      group: 'TAMBAHAN',
    });
    expect(skp.rhk.map((r) => [r.text, r.group])).toEqual([
      ['Satu', 'UTAMA'],
      ['Dua', 'UTAMA'],
      ['Tiga', 'TAMBAHAN'],
    ]);
    expect(skp.rhk[2]!.externalParentText).toBe('RHK Sekda');
    skp = await o.t.ok('skp.iki.delete', { skpId: skp.id, version: skp.version, ikiId: iki[0]! });
    expect(skp.rhk[0]!.iki).toHaveLength(2);
    skp = await o.t.ok('skp.rhk.delete', { skpId: skp.id, version: skp.version, rhkId: b! });
    expect(skp.rhk.map((r) => r.text)).toEqual(['Satu', 'Tiga']);
    expect(o.t.count('skp_iki')).toBe(5);
    const foreign = await o.t.err('skp.rhk.delete', { skpId: skp.id, version: skp.version, rhkId: 999 });
    expect(foreign.code).toBe('NOT_FOUND');
  });

  it('switching to kualitatif clears aspects, and a kualitatif IKI takes none', async () => {
    const o = await skpOffice();
    let skp = await o.t.ok('skp.create', { employeeId: o.ids.camat, yearId: o.year.id });
    skp = await addRhk(o.t, skp, 'Satu', null, 'UTAMA', 'RHK Sekda');
    skp = await o.t.ok('skp.setApproach', { skpId: skp.id, version: skp.version, approach: 'KUALITATIF' });
    expect(skp.rhk[0]!.iki.map((i) => i.aspect)).toEqual([null, null, null]);
    expect(skp.issues).toEqual([]);
    const error = await o.t.err('skp.iki.create', {
      skpId: skp.id,
      version: skp.version,
      rhkId: skp.rhk[0]!.id,
      aspect: 'BIAYA',
      indicator: 'Anggaran',
    });
    expect(error.fields).toHaveProperty('aspect');
  });

  it('writes nothing when part of a write fails', async () => {
    const o = await skpOffice();
    let skp = await o.t.ok('skp.create', {
      employeeId: o.ids.camat,
      yearId: o.year.id,
      approach: 'KUALITATIF',
    });
    const before = { rhk: o.t.count('skp_rhk'), iki: o.t.count('skp_iki'), audit: o.t.count('audit_log') };
    const error = await o.t.err('skp.rhk.create', {
      skpId: skp.id,
      version: skp.version,
      group: 'UTAMA',
      text: 'Satu',
      externalParentText: 'RHK Sekda',
      iki: [{ indicator: 'Dokumen disetujui' }, { aspect: 'KUALITAS', indicator: 'Mutu' }],
    });
    expect(error.fields).toHaveProperty('aspect');
    expect({ rhk: o.t.count('skp_rhk'), iki: o.t.count('skp_iki'), audit: o.t.count('audit_log') }).toEqual(
      before,
    );
    skp = await o.t.ok('skp.get', { skpId: skp.id, revision: null });
    expect(skp.rhk).toEqual([]);
  });
});

describe('SKP: workflow', () => {
  it('goes draft → diajukan → dikembalikan → diajukan → disetujui, locks, and is revised through approval again', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    // The kasi drafts: two Utama RHK intervening the camat's RHK, and one Tambahan.
    let skp = await o.kasiUser.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    skp = await addRhk(o.kasiUser, skp, 'Terselenggaranya pelayanan administrasi', camatSkp.rhk[0]!.id);
    skp = await addRhk(o.kasiUser, skp, 'Tersusunnya laporan pemerintahan', camatSkp.rhk[1]!.id);
    skp = await addRhk(o.kasiUser, skp, 'Panitia kegiatan hari jadi', null, 'TAMBAHAN');
    expect(skp.issues).toEqual([]);
    skp = await o.kasiUser.ok('skp.submit', { skpId: skp.id, version: skp.version });
    expect(skp).toMatchObject({
      status: 'DIAJUKAN',
      identityFrozen: true,
      can: { edit: false, withdraw: true },
    });
    const whileSubmitted = await o.kasiUser.err('skp.rhk.update', {
      skpId: skp.id,
      version: skp.version,
      rhkId: skp.rhk[0]!.id,
      text: 'Ubah',
    });
    expect(whileSubmitted.code).toBe('LOCKED');

    expect((await o.camatUser.ok('skp.queue', {})).map((r) => r.skpId)).toEqual([skp.id]);
    const asCamat = await o.camatUser.ok('skp.get', { skpId: skp.id, revision: null });
    expect(asCamat.can).toMatchObject({ approve: true, return: true, decideOnBehalf: false, edit: false });
    const noReason = await o.camatUser.err('skp.return', {
      skpId: skp.id,
      version: skp.version,
      reason: ' ',
    });
    expect(noReason.fields).toHaveProperty('reason');
    skp = await o.camatUser.ok('skp.return', {
      skpId: skp.id,
      version: skp.version,
      reason: 'Target kualitas terlalu rendah',
    });
    expect(skp.revision).toMatchObject({
      status: 'DIKEMBALIKAN',
      decisionNote: 'Target kualitas terlalu rendah',
    });
    expect(await o.camatUser.ok('skp.queue', {})).toEqual([]);

    // The kasi fixes and resubmits; the camat approves.
    const quality = skp.rhk[0]!.iki.find((i) => i.aspect === 'KUALITAS')!;
    skp = await o.kasiUser.ok('skp.iki.update', {
      skpId: skp.id,
      version: skp.version,
      ikiId: quality.id,
      target: '95',
    });
    skp = await o.kasiUser.ok('skp.submit', { skpId: skp.id, version: skp.version });
    skp = await o.camatUser.ok('skp.approve', { skpId: skp.id, version: skp.version });
    expect(skp).toMatchObject({
      status: 'DISETUJUI',
      inForceRevision: 1,
      revision: { decidedBy: 'camat', decidedOnBehalfOf: null, inForce: true },
      lock: { reason: 'APPROVED' },
      can: { revise: false, approve: false },
    });
    expect((await o.kasiUser.ok('skp.get', { skpId: skp.id })).can).toMatchObject({
      revise: true,
      edit: false,
    });

    // Approved is frozen: an edit answers LOCKED with the way forward.
    const locked = await o.kasiUser.err('skp.rhk.update', {
      skpId: skp.id,
      version: skp.version,
      rhkId: skp.rhk[0]!.id,
      text: 'Ubah',
    });
    expect(locked.code).toBe('LOCKED');
    expect(locked.message).toContain('buat revisi');
    for (const error of [
      await o.t.err('skp.setLampiran', { skpId: skp.id, version: skp.version, resources: ['Laptop'] }),
      await o.t.err('skp.setApproach', { skpId: skp.id, version: skp.version, approach: 'KUALITATIF' }),
      await o.t.err('skp.iki.delete', { skpId: skp.id, version: skp.version, ikiId: quality.id }),
      await o.camatUser.err('skp.setExpectations', {
        skpId: skp.id,
        version: skp.version,
        expectations: { LOYAL: 'x' },
      }),
    ]) {
      expect(error.code).toBe('LOCKED');
      expect(error.message).toContain('buat revisi');
    }

    // A revision: copy of the one in force, approved again; the first stays readable.
    skp = await o.kasiUser.ok('skp.revise', {
      skpId: skp.id,
      version: skp.version,
      reason: 'Tambah target triwulan',
    });
    expect(skp).toMatchObject({
      status: 'DRAFT',
      latestRevision: 2,
      inForceRevision: 1,
      revision: { number: 2 },
    });
    expect(skp.rhk.map((r) => r.lineageId)).toEqual(
      (await o.t.ok('skp.get', { skpId: skp.id, revision: 1 })).rhk.map((r) => r.lineageId),
    );
    skp = await o.kasiUser.ok('skp.rhk.update', {
      skpId: skp.id,
      version: skp.version,
      rhkId: skp.rhk[0]!.id,
      text: 'Terselenggaranya pelayanan administrasi yang cepat',
    });
    skp = await o.kasiUser.ok('skp.submit', { skpId: skp.id, version: skp.version });
    skp = await o.camatUser.ok('skp.approve', { skpId: skp.id, version: skp.version, note: 'Setuju' });
    expect(skp).toMatchObject({ inForceRevision: 2, latestRevision: 2 });
    const first = await o.t.ok('skp.get', { skpId: skp.id, revision: 1 });
    expect(first).toMatchObject({
      status: 'DISETUJUI',
      revision: { inForce: false },
      lock: { reason: 'OLD_REVISION' },
    });
    expect(first.rhk[0]!.text).toBe('Terselenggaranya pelayanan administrasi');
    expect(skp.revisions.map((r) => [r.number, r.status, r.inForce])).toEqual([
      [1, 'DISETUJUI', false],
      [2, 'DISETUJUI', true],
    ]);

    // Every step is in the audit trail.
    const audit = await o.t.ok('audit.list', { entityType: 'skp_revision', pageSize: 200 });
    const notes = audit.rows.map((r) => r.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Diajukan kepada Drs. Hendro Wicaksono, M.Si.'),
        'Dikembalikan: Target kualitas terlalu rendah',
        'Disetujui.',
        'Revisi 2: Tambah target triwulan',
        'Disetujui: Setuju',
      ]),
    );
  });

  it('lets only the pejabat penilai decide, or an ADMIN "atas nama" with a note', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    expect(camatSkp.revision).toMatchObject({
      decidedOnBehalfOf: 'pejabat penilai di luar SIPKA',
      decidedBy: 'admin',
    });
    let kasiSkp = await addRhk(
      o.t,
      await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id }),
      'Pelayanan',
      camatSkp.rhk[0]!.id,
    );
    kasiSkp = await o.t.ok('skp.submit', { skpId: kasiSkp.id, version: kasiSkp.version });
    let staffSkp = await addRhk(
      o.staffUser,
      await o.staffUser.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id }),
      'Verifikasi berkas',
      kasiSkp.rhk[0]!.id,
    );
    staffSkp = await o.staffUser.ok('skp.submit', { skpId: staffSkp.id, version: staffSkp.version });

    const own = await o.kasiUser.err('skp.approve', { skpId: kasiSkp.id, version: kasiSkp.version });
    expect(own.code).toBe('FORBIDDEN');
    const notPenilai = await o.camatUser.err('skp.approve', {
      skpId: staffSkp.id,
      version: staffSkp.version,
    });
    expect(notPenilai.code).toBe('FORBIDDEN');
    const operator = await o.operator.err('skp.approve', { skpId: staffSkp.id, version: staffSkp.version });
    expect(operator.code).toBe('FORBIDDEN');
    const staffReturns = await o.staffUser.err('skp.return', {
      skpId: staffSkp.id,
      version: staffSkp.version,
      reason: 'x',
    });
    expect(staffReturns.code).toBe('FORBIDDEN');

    const noNote = await o.t.err('skp.approve', { skpId: staffSkp.id, version: staffSkp.version });
    expect(noNote.code).toBe('VALIDATION');
    expect(noNote.fields?.note).toContain('atas nama Bambang Sutrisno, S.H.');
    staffSkp = await o.t.ok('skp.approve', {
      skpId: staffSkp.id,
      version: staffSkp.version,
      note: 'Penilai sedang dinas luar, persetujuan lisan',
    });
    expect(staffSkp.revision).toMatchObject({
      decidedOnBehalfOf: 'Bambang Sutrisno, S.H.',
      decidedBy: 'admin',
    });
    const audit = await o.t.ok('audit.list', {
      entityType: 'skp_revision',
      entityId: String(staffSkp.revision.id),
    });
    expect(audit.rows[0]!.note).toBe(
      'Disetujui atas nama Bambang Sutrisno, S.H.: Penilai sedang dinas luar, persetujuan lisan',
    );
    // The kasi's own SKP goes to the camat, his penilai.
    kasiSkp = await o.camatUser.ok('skp.approve', { skpId: kasiSkp.id, version: kasiSkp.version });
    expect(kasiSkp.status).toBe('DISETUJUI');
  });

  it('lets the pegawai withdraw a submission, and discard a revision that is not approved', async () => {
    const o = await skpOffice();
    let skp = await approvedCamatSkp(o);
    skp = await o.t.ok('skp.revise', { skpId: skp.id, version: skp.version, reason: 'Coba' });
    skp = await o.t.ok('skp.submit', { skpId: skp.id, version: skp.version });
    skp = await o.t.ok('skp.withdraw', { skpId: skp.id, version: skp.version });
    expect(skp.status).toBe('DRAFT');
    const count = o.t.count('skp_rhk');
    skp = await o.t.ok('skp.discardRevision', { skpId: skp.id, version: skp.version });
    expect(skp).toMatchObject({ status: 'DISETUJUI', latestRevision: 1, inForceRevision: 1 });
    expect(o.t.count('skp_rhk')).toBe(count - 2);
    const again = await o.t.err('skp.discardRevision', { skpId: skp.id, version: skp.version });
    expect(again.code).toBe('CONFLICT');
    const deleteApproved = await o.t.err('skp.delete', { skpId: skp.id, version: skp.version });
    expect(deleteApproved.code).toBe('LOCKED');
  });

  it('keeps bawahan links through the atasan’s revisions and refuses to drop an RHK they intervene', async () => {
    const o = await skpOffice();
    let kasiSkp = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    kasiSkp = await o.t.ok('skp.rhk.create', {
      skpId: kasiSkp.id,
      version: kasiSkp.version,
      group: 'TAMBAHAN',
      text: 'Layanan kependudukan',
      iki: kkw('layanan'),
    });
    let staffSkp = await o.t.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    staffSkp = await addRhk(o.t, staffSkp, 'Verifikasi berkas kependudukan', kasiSkp.rhk[0]!.id);
    const rhkId = kasiSkp.rhk[0]!.id;
    const refused = await o.t.err('skp.rhk.delete', { skpId: kasiSkp.id, version: kasiSkp.version, rhkId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Ahmad Fauzi ("Verifikasi berkas kependudukan")');
    const deleteSkp = await o.t.err('skp.delete', { skpId: kasiSkp.id, version: kasiSkp.version });
    expect(deleteSkp.message).toContain('Ahmad Fauzi');

    // Approve the kasi's SKP (Tambahan only is not enough: add an Utama RHK for the camat's).
    const camatSkp = await approvedCamatSkp(o);
    kasiSkp = await addRhk(o.t, kasiSkp, 'Utama kasi', camatSkp.rhk[0]!.id);
    kasiSkp = await o.t.ok('skp.submit', { skpId: kasiSkp.id, version: kasiSkp.version });
    kasiSkp = await o.camatUser.ok('skp.approve', { skpId: kasiSkp.id, version: kasiSkp.version });
    kasiSkp = await o.t.ok('skp.revise', {
      skpId: kasiSkp.id,
      version: kasiSkp.version,
      reason: 'Ubah kalimat',
    });
    const revised = kasiSkp.rhk.find((r) => r.text === 'Layanan kependudukan')!;
    expect(revised.id).not.toBe(rhkId);
    kasiSkp = await o.t.ok('skp.rhk.update', {
      skpId: kasiSkp.id,
      version: kasiSkp.version,
      rhkId: revised.id,
      text: 'Layanan kependudukan yang cepat',
    });
    const inRevision = await o.t.err('skp.rhk.delete', {
      skpId: kasiSkp.id,
      version: kasiSkp.version,
      rhkId: revised.id,
    });
    expect(inRevision.message).toContain('Ahmad Fauzi');
    // Until the revision is approved, the link reads the revision in force; afterwards, the new wording.
    expect((await o.t.ok('skp.get', { skpId: staffSkp.id })).rhk[0]!.parent?.text).toBe(
      'Layanan kependudukan',
    );
    kasiSkp = await o.t.ok('skp.submit', { skpId: kasiSkp.id, version: kasiSkp.version });
    await o.camatUser.ok('skp.approve', { skpId: kasiSkp.id, version: kasiSkp.version });
    staffSkp = await o.t.ok('skp.get', { skpId: staffSkp.id });
    expect(staffSkp.rhk[0]!.parent).toMatchObject({
      text: 'Layanan kependudukan yang cepat',
      rhkId: revised.id,
      ofCurrentAppraiser: true,
    });
    expect(staffSkp.issues).toEqual([]);
    // The staff's link can still be chosen anew from the picker, which shows the revision in force.
    const options = await o.t.ok('skp.parentOptions', { skpId: staffSkp.id });
    expect(options.options.find((p) => p.lineageId === rhkId)).toMatchObject({
      rhkId: revised.id,
      supporterCount: 1,
    });
  });

  it('refuses to approve a revision that drops an RHK a bawahan linked meanwhile', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    let kasi = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
    kasi = await addRhk(o.t, kasi, 'Tetap', camatSkp.rhk[0]!.id);
    kasi = await addRhk(o.t, kasi, 'Akan dihapus', camatSkp.rhk[1]!.id);
    kasi = await o.t.ok('skp.submit', { skpId: kasi.id, version: kasi.version });
    kasi = await o.camatUser.ok('skp.approve', { skpId: kasi.id, version: kasi.version });
    const dropped = kasi.rhk[1]!;
    kasi = await o.t.ok('skp.revise', { skpId: kasi.id, version: kasi.version, reason: 'Sederhanakan' });
    kasi = await o.t.ok('skp.rhk.delete', {
      skpId: kasi.id,
      version: kasi.version,
      rhkId: kasi.rhk.find((r) => r.lineageId === dropped.lineageId)!.id,
    });
    // The picker still offers the revision in force, so the staff can link to the RHK being dropped.
    const staff = await addRhk(
      o.staffUser,
      await o.staffUser.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id }),
      'Bergantung',
      dropped.id,
    );
    expect(staff.rhk[0]!.parent?.lineageId).toBe(dropped.lineageId);
    kasi = await o.t.ok('skp.submit', { skpId: kasi.id, version: kasi.version });
    const refused = await o.camatUser.err('skp.approve', { skpId: kasi.id, version: kasi.version });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Ahmad Fauzi ("Bergantung")');
    expect((await o.t.ok('skp.get', { skpId: kasi.id })).status).toBe('DIAJUKAN');
  });

  it('asks for a new submission when the atasan changed after it was submitted', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    let lurahSkp = await addRhk(
      o.t,
      await o.t.ok('skp.create', { employeeId: o.ids.lurah, yearId: o.year.id }),
      'Pelayanan kelurahan',
      camatSkp.rhk[0]!.id,
    );
    let staff = await o.t.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    const kasiSkp = await addRhk(
      o.t,
      await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id }),
      'Layanan seksi',
      camatSkp.rhk[0]!.id,
    );
    staff = await addRhk(o.t, staff, 'Verifikasi', kasiSkp.rhk[0]!.id);
    staff = await o.t.ok('skp.submit', { skpId: staff.id, version: staff.version });
    // The staff moves under the lurah; the lurah is now the atasan langsung.
    const record = await o.t.ok('employees.get', { id: o.ids.staff });
    await o.t.ok('employees.update', {
      id: record.id,
      version: record.version,
      data: {
        ...record,
        golongan: record.golongan ?? '',
        tmtJabatan: record.tmtJabatan ?? '',
        supervisorId: o.ids.lurah,
      },
    });
    const lurahUser = await clientFor(o.t, 'lurah', 'PEGAWAI', o.ids.lurah);
    const approve = await lurahUser.err('skp.approve', { skpId: staff.id, version: staff.version });
    expect(approve.code).toBe('CONFLICT');
    expect(approve.message).toContain('Bambang Sutrisno, S.H.');
    staff = await lurahUser.ok('skp.return', {
      skpId: staff.id,
      version: staff.version,
      reason: 'Pindah atasan',
    });
    // Editable again, the SKP follows the register: its link now points outside the new penilai's SKP.
    expect(staff.appraiser?.employeeId).toBe(o.ids.lurah);
    expect(staff.issues.map((i) => i.code)).toContain('PARENT_NOT_OF_APPRAISER');
    staff = await o.t.ok('skp.rhk.update', {
      skpId: staff.id,
      version: staff.version,
      rhkId: staff.rhk[0]!.id,
      parentRhkId: lurahSkp.rhk[0]!.id,
    });
    staff = await o.t.ok('skp.submit', { skpId: staff.id, version: staff.version });
    staff = await lurahUser.ok('skp.approve', { skpId: staff.id, version: staff.version });
    expect(staff.appraiser?.fullName).toBe('Eko Saputro, S.AP.');
    lurahSkp = await o.t.ok('skp.get', { skpId: lurahSkp.id });
    expect(lurahSkp.rhk[0]!.supporters.map((s) => s.employeeName)).toEqual(['Ahmad Fauzi']);
  });

  it('lets HR move the dates of an approved SKP (a mutasi) with a reason, the pegawai only while editable', async () => {
    const o = await skpOffice();
    let skp = await approvedCamatSkp(o);
    const range = { startDate: '2026-01-01', endDate: '2026-06-30' };
    const noReason = await o.t.err('skp.setDates', { skpId: skp.id, version: skp.version, ...range });
    expect(noReason.fields).toHaveProperty('reason');
    const self = await o.camatUser.err('skp.setDates', {
      skpId: skp.id,
      version: skp.version,
      ...range,
      reason: 'x',
    });
    expect(self.code).toBe('LOCKED');
    skp = await o.t.ok('skp.setDates', {
      skpId: skp.id,
      version: skp.version,
      ...range,
      reason: 'Mutasi 1 Juli',
    });
    expect(skp).toMatchObject({ rangeLabel: '1 Januari s.d. 30 Juni 2026', status: 'DISETUJUI' });
    const next = await o.t.ok('skp.create', {
      employeeId: o.ids.camat,
      yearId: o.year.id,
      startDate: '2026-07-01',
    });
    expect(next.startDate).toBe('2026-07-01');
    const overlap = await o.t.err('skp.setDates', {
      skpId: skp.id,
      version: skp.version,
      startDate: '2026-01-01',
      endDate: '2026-07-15',
      reason: 'x',
    });
    expect(overlap.code).toBe('CONFLICT');
  });

  it('lets the pejabat penilai set the ekspektasi khusus, also while submitted, but not the pegawai', async () => {
    const o = await skpOffice();
    const camatSkp = await approvedCamatSkp(o);
    let skp = await addRhk(
      o.kasiUser,
      await o.kasiUser.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id }),
      'Pelayanan',
      camatSkp.rhk[0]!.id,
    );
    const self = await o.kasiUser.err('skp.setExpectations', {
      skpId: skp.id,
      version: skp.version,
      expectations: { LOYAL: 'Sendiri' },
    });
    expect(self.code).toBe('FORBIDDEN');
    skp = await o.kasiUser.ok('skp.submit', { skpId: skp.id, version: skp.version });
    skp = await o.camatUser.ok('skp.setExpectations', {
      skpId: skp.id,
      version: skp.version,
      expectations: {
        BERORIENTASI_PELAYANAN: 'Menjadi panutan pelayanan prima',
        KOMPETEN: 'Membimbing staf baru',
      },
    });
    skp = await o.camatUser.ok('skp.setExpectations', {
      skpId: skp.id,
      version: skp.version,
      expectations: { KOMPETEN: '' },
    });
    expect(
      skp.behaviour.filter((b) => b.specialExpectation !== '').map((b) => [b.code, b.specialExpectation]),
    ).toEqual([['BERORIENTASI_PELAYANAN', 'Menjadi panutan pelayanan prima']]);
  });

  it('keeps lampiran as ordered lists', async () => {
    const o = await skpOffice();
    let skp = await o.staffUser.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    skp = await o.staffUser.ok('skp.setLampiran', {
      skpId: skp.id,
      version: skp.version,
      resources: ['Laptop', '', 'Jaringan internet'],
      consequences: ['Teguran'],
    });
    expect(skp.lampiran).toEqual({
      resources: ['Laptop', 'Jaringan internet'],
      accountability: [],
      consequences: ['Teguran'],
    });
    skp = await o.staffUser.ok('skp.setLampiran', {
      skpId: skp.id,
      version: skp.version,
      accountability: ['Bulanan'],
    });
    expect(skp.lampiran.resources).toEqual(['Laptop', 'Jaringan internet']);
    expect(skp.lampiran.accountability).toEqual(['Bulanan']);
  });
});

describe('SKP: who may do what', () => {
  it('lets a pegawai work on their own SKP only, and a penilai read the bawahan’s', async () => {
    const o = await skpOffice();
    const mine = await o.staffUser.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    const other = await o.staffUser.err('skp.create', { employeeId: o.ids.staff2, yearId: o.year.id });
    expect(other.code).toBe('FORBIDDEN');
    const theirs = await o.t.ok('skp.create', { employeeId: o.ids.staff2, yearId: o.year.id });
    for (const error of [
      await o.staffUser.err('skp.get', { skpId: theirs.id }),
      await o.staffUser.err('skp.rhk.create', {
        skpId: theirs.id,
        version: theirs.version,
        group: 'TAMBAHAN',
        text: 'x',
      }),
      await o.kasiUser.err('skp.rhk.create', {
        skpId: mine.id,
        version: mine.version,
        group: 'TAMBAHAN',
        text: 'x',
      }),
      await o.kasiUser.err('skp.submit', { skpId: mine.id, version: mine.version }),
      await o.staffUser.err('skp.matrix', { yearId: o.year.id, appraiserEmployeeId: o.ids.kasi }),
    ]) {
      expect(error.code).toBe('FORBIDDEN');
    }
    // The penilai and everyone above read it; the operator edits it.
    expect((await o.kasiUser.ok('skp.get', { skpId: mine.id })).can).toMatchObject({
      edit: false,
      setExpectations: true,
    });
    expect((await o.camatUser.ok('skp.get', { skpId: mine.id })).can).toMatchObject({
      edit: false,
      setExpectations: false,
    });
    await o.operator.ok('skp.rhk.create', {
      skpId: mine.id,
      version: mine.version,
      group: 'TAMBAHAN',
      text: 'Piket',
    });
    expect((await o.staffUser.ok('skp.mine', { yearId: o.year.id })).skps.map((s) => s.skpId)).toEqual([
      mine.id,
    ]);
    const listed = await o.kasiUser.ok('skp.list', { yearId: o.year.id, pageSize: 50 });
    expect(listed.rows.map((r) => r.fullName).sort()).toEqual([
      'Ahmad Fauzi',
      'Bambang Sutrisno, S.H.',
      'Joko Santoso',
    ]);
    expect(listed.counts).toMatchObject({ DRAFT: 2, BELUM_ADA: 1, total: 3 });
  });

  it('resolves an SKP named in the input to its pegawai for the access check', async () => {
    const o = await skpOffice();
    expect((await o.staffUser.err('skp.get', { skpId: 999 })).code).toBe('FORBIDDEN');
    expect((await o.t.err('skp.get', { skpId: 999 })).code).toBe('NOT_FOUND');
    const mine = await o.staffUser.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
    expect((await o.staffUser.ok('skp.get', { skpId: mine.id })).employeeId).toBe(o.ids.staff);
    expect((await o.camatUser.ok('skp.get', { skpId: mine.id })).employeeId).toBe(o.ids.staff);
    expect((await o.staffUser.err('skp.delete', { skpId: mine.id + 1, version: 1 })).code).toBe('FORBIDDEN');
    await o.staffUser.ok('skp.delete', { skpId: mine.id, version: mine.version });
    expect(o.t.count('skps')).toBe(0);
    expect(o.t.count('skp_revisions')).toBe(0);
  });

  it('locks every SKP write of a closed year, with the way forward', async () => {
    const o = await skpOffice();
    let skp = await approvedCamatSkp(o);
    const draft = await o.t.ok('skp.create', { employeeId: o.ids.lurah, yearId: o.year.id });
    const year = await o.t.ok('years.get', { id: o.year.id });
    const blocked = await o.t.err('years.close', { id: year.id, version: year.version });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.message).toContain('Eko Saputro');
    await o.t.ok('skp.delete', { skpId: draft.id, version: draft.version });
    const closed = await o.t.ok('years.close', {
      id: year.id,
      version: year.version,
      note: 'Evaluasi final',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', closedBy: 'admin', closeNote: 'Evaluasi final' });
    skp = await o.t.ok('skp.get', { skpId: skp.id });
    expect(skp.lock?.reason).toBe('YEAR_CLOSED');
    expect(skp.can).toMatchObject({ revise: false, edit: false });
    for (const error of [
      await o.t.err('skp.revise', { skpId: skp.id, version: skp.version, reason: 'x' }),
      await o.t.err('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id }),
      await o.t.err('skp.rhk.create', { skpId: skp.id, version: skp.version, group: 'TAMBAHAN', text: 'x' }),
    ]) {
      expect(error.code).toBe('LOCKED');
      expect(error.message).toContain('buat revisi');
    }
    const reopened = await o.t.ok('years.reopen', {
      id: closed.id,
      version: closed.version,
      reason: 'Koreksi',
    });
    expect(reopened.status).toBe('OPEN');
    await o.t.ok('skp.revise', { skpId: skp.id, version: skp.version, reason: 'Koreksi' });
  });
});
