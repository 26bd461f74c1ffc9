import { describe, expect, it } from 'vitest';
import type { SkpDetail } from '../../shared/ipc/methods/skp';
import { systemContext } from '../../electron/backend/context';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { openTestBackend } from './helpers';
import { addRhk, approvedCamatSkp, skpOffice, type SkpOffice } from './skp-fixture';

/** The camat's approved SKP (2 Utama), the kasi's with one Utama under the camat's first RHK, one staff SKP. */
async function cascade(o: SkpOffice) {
  const camat = await approvedCamatSkp(o);
  let kasi = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
  kasi = await addRhk(o.t, kasi, 'Terselenggaranya pelayanan administrasi', camat.rhk[0]!.id);
  kasi = await addRhk(o.t, kasi, 'Panitia hari jadi kota', null, 'TAMBAHAN');
  kasi = await o.t.ok('skp.setLampiran', { skpId: kasi.id, version: kasi.version, resources: ['Laptop'] });
  kasi = await o.t.ok('skp.submit', { skpId: kasi.id, version: kasi.version });
  kasi = await o.camatUser.ok('skp.approve', { skpId: kasi.id, version: kasi.version });
  let staff = await o.t.ok('skp.create', { employeeId: o.ids.staff, yearId: o.year.id });
  staff = await addRhk(o.t, staff, 'Terverifikasinya berkas kependudukan', kasi.rhk[0]!.id);
  return { camat, kasi, staff };
}

describe('cascade views', () => {
  it('builds the matrix of an atasan: RHK as columns, bawahan as rows, gaps flagged', async () => {
    const o = await skpOffice();
    const { camat } = await cascade(o);
    const matrix = await o.camatUser.ok('skp.matrix', {
      yearId: o.year.id,
      appraiserEmployeeId: o.ids.camat,
    });
    expect(matrix.appraiserSkp?.id).toBe(camat.id);
    expect(matrix.columns.map((c) => [c.text, c.supporterCount, c.unsupported])).toEqual([
      ['Meningkatnya kualitas pelayanan publik kecamatan', 1, false],
      ['Terwujudnya tata kelola kecamatan yang akuntabel', 0, true],
    ]);
    expect(
      matrix.rows.map((r) => [r.fullName, r.flags, r.cells.map((c) => c.map((x) => x.text)), r.other.length]),
    ).toEqual([
      ['Bambang Sutrisno, S.H.', [], [['Terselenggaranya pelayanan administrasi'], []], 1],
      ['Eko Saputro, S.AP.', ['NO_SKP'], [[], []], 0],
    ]);
    expect(matrix.summary).toEqual({ bawahan: 2, withoutSkp: 1, withoutUtama: 0, unsupportedColumns: 1 });

    const kasiMatrix = await o.kasiUser.ok('skp.matrix', {
      yearId: o.year.id,
      appraiserEmployeeId: o.ids.kasi,
    });
    expect(kasiMatrix.rows.map((r) => [r.fullName, r.skp?.status ?? null, r.flags])).toEqual([
      ['Ahmad Fauzi', 'DRAFT', []],
      ['Joko Santoso', null, ['NO_SKP']],
    ]);
  });

  it('flags a bawahan whose SKP has no Utama RHK', async () => {
    const o = await skpOffice();
    await approvedCamatSkp(o);
    let lurah = await o.t.ok('skp.create', { employeeId: o.ids.lurah, yearId: o.year.id });
    lurah = await addRhk(o.t, lurah, 'Kampung Pancasila', null, 'TAMBAHAN');
    const matrix = await o.t.ok('skp.matrix', { yearId: o.year.id, appraiserEmployeeId: o.ids.camat });
    expect(matrix.rows.find((r) => r.employeeId === o.ids.lurah)).toMatchObject({ flags: ['NO_UTAMA'] });
    expect(matrix.summary.withoutUtama).toBe(1);
    expect(lurah.issues.map((i) => i.code)).toContain('NO_UTAMA');
  });

  it('draws the tree from the camat down, and a pegawai’s own subtree', async () => {
    const o = await skpOffice();
    const { camat, kasi, staff } = await cascade(o);
    const tree = await o.t.ok('skp.tree', { yearId: o.year.id });
    expect(tree.skpCount).toBe(3);
    expect(tree.roots.map((n) => n.skp.id)).toEqual([camat.id]);
    const kasiNode = tree.roots[0]!.children[0]!;
    expect(kasiNode).toMatchObject({
      fullName: 'Bambang Sutrisno, S.H.',
      skp: { id: kasi.id, status: 'DISETUJUI' },
    });
    expect(kasiNode.rhk[0]!.parentLineageId).toBe(camat.rhk[0]!.lineageId);
    expect(kasiNode.children.map((n) => n.skp.id)).toEqual([staff.id]);
    const own = await o.kasiUser.ok('skp.tree', { yearId: o.year.id });
    expect(own.roots.map((n) => n.skp.id)).toEqual([kasi.id]);
    expect((await o.staffUser.err('skp.tree', { yearId: o.year.id, rootSkpId: camat.id })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('lets an atasan hand a bawahan starting RHK from the matrix', async () => {
    const o = await skpOffice();
    const { kasi } = await cascade(o);
    const rhk = [
      { parentRhkId: kasi.rhk[0]!.id, text: 'Terarsipnya dokumen layanan' },
      { parentRhkId: kasi.rhk[0]!.id, text: 'Terinputnya data layanan' },
    ];
    const refused = await o.staffUser.err('skp.handDown', {
      appraiserSkpId: kasi.id,
      employeeId: o.ids.staff2,
      rhk,
    });
    expect(refused.code).toBe('FORBIDDEN');
    let given = await o.kasiUser.ok('skp.handDown', {
      appraiserSkpId: kasi.id,
      employeeId: o.ids.staff2,
      rhk,
    });
    expect(given).toMatchObject({ employeeId: o.ids.staff2, status: 'DRAFT' });
    expect(given.rhk.map((r) => [r.group, r.text, r.parent?.rhkId])).toEqual([
      ['UTAMA', 'Terarsipnya dokumen layanan', kasi.rhk[0]!.id],
      ['UTAMA', 'Terinputnya data layanan', kasi.rhk[0]!.id],
    ]);
    given = await o.kasiUser.ok('skp.handDown', { appraiserSkpId: kasi.id, employeeId: o.ids.staff2, rhk });
    expect(given.rhk).toHaveLength(2);
    const notBawahan = await o.t.err('skp.handDown', {
      appraiserSkpId: kasi.id,
      employeeId: o.ids.lurah,
      rhk,
    });
    expect(notBawahan.fields?.employeeId).toContain('bukan bawahan langsung');
    const skps = o.t.count('skps');
    const wrongParent = await o.t.err('skp.handDown', {
      appraiserSkpId: kasi.id,
      employeeId: o.ids.staff,
      rhk: [{ parentRhkId: 999_999, text: 'Lain' }],
    });
    expect(wrongParent.code).toBe('VALIDATION');
    expect(o.t.count('skps')).toBe(skps);
  });

  it('lists SKP with status counts and filters, and the penilai’s queue', async () => {
    const o = await skpOffice();
    const { staff } = await cascade(o);
    const submitted = await o.t.ok('skp.submit', { skpId: staff.id, version: staff.version });
    const all = await o.t.ok('skp.list', { yearId: o.year.id, pageSize: 50 });
    expect(all.counts).toEqual({
      DRAFT: 0,
      DIAJUKAN: 1,
      DIKEMBALIKAN: 0,
      DISETUJUI: 2,
      BELUM_ADA: 2,
      total: 5,
    });
    expect(all.rows.map((r) => [r.fullName, r.status, r.utamaCount, r.tambahanCount])).toEqual([
      ['Ahmad Fauzi', 'DIAJUKAN', 1, 0],
      ['Bambang Sutrisno, S.H.', 'DISETUJUI', 1, 1],
      ['Eko Saputro, S.AP.', 'BELUM_ADA', 0, 0],
      ['Drs. Hendro Wicaksono, M.Si.', 'DISETUJUI', 2, 0],
      ['Joko Santoso', 'BELUM_ADA', 0, 0],
    ]);
    const missing = await o.t.ok('skp.list', { yearId: o.year.id, status: 'BELUM_ADA' });
    expect(missing.rows.map((r) => [r.skpId, r.fullName, r.appraiserName])).toEqual([
      [null, 'Eko Saputro, S.AP.', 'Drs. Hendro Wicaksono, M.Si.'],
      [null, 'Joko Santoso', 'Bambang Sutrisno, S.H.'],
    ]);
    expect(missing.total).toBe(2);
    const unit = await o.t.ok('skp.list', { yearId: o.year.id, unitId: o.units.sekr.id });
    expect(unit.rows.map((r) => r.fullName)).toEqual([
      'Ahmad Fauzi',
      'Bambang Sutrisno, S.H.',
      'Joko Santoso',
    ]);
    const byNip = await o.t.ok('skp.list', { yearId: o.year.id, query: '19860926 201505 1 003' });
    expect(byNip.rows.map((r) => r.fullName)).toEqual(['Ahmad Fauzi']);
    const byName = await o.t.ok('skp.list', { yearId: o.year.id, query: 'bambang', approach: 'KUANTITATIF' });
    expect(byName.rows.map((r) => r.appraiserName)).toEqual(['Drs. Hendro Wicaksono, M.Si.']);
    const page = await o.t.ok('skp.list', { yearId: o.year.id, pageSize: 2, page: 2, sort: 'status' });
    expect(page.rows.map((r) => r.status)).toEqual(['DIAJUKAN', 'DISETUJUI']);
    const queue = await o.kasiUser.ok('skp.queue', { yearId: o.year.id });
    expect(queue.map((r) => [r.skpId, r.status, r.submittedAt])).toEqual([
      [submitted.id, 'DIAJUKAN', submitted.revision.submittedAt],
    ]);
    expect(await o.operator.ok('skp.queue', {})).toEqual([]);
    const year = await o.t.ok('years.get', { id: o.year.id });
    expect(year.skpCounts).toEqual(all.counts);
  });
});

describe('copy forward', () => {
  async function nextYear(o: SkpOffice) {
    return o.t.ok('years.open', { year: 2027 });
  }

  it('starts a new year from last year’s SKP and re-links by the atasan’s RHK text', async () => {
    const o = await skpOffice();
    const { kasi } = await cascade(o);
    const y2027 = await nextYear(o);
    // The camat's 2027 SKP keeps the first RHK's text; the kasi's link must find it again.
    const camat = await o.t.ok('skp.copyFromPreviousYear', { employeeId: o.ids.camat, yearId: y2027.id });
    expect(camat.copied).toMatchObject({ fromYear: 2026, rhk: 2, iki: 6, unlinked: 0 });
    expect(camat.skp.rhk.map((r) => r.externalParentText)).toEqual(['RHK Sekda', 'RHK Sekda']);
    const copied = await o.kasiUser.ok('skp.copyFromPreviousYear', {
      employeeId: o.ids.kasi,
      yearId: y2027.id,
    });
    const skp: SkpDetail = copied.skp;
    expect(skp).toMatchObject({
      year: { year: 2027 },
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      status: 'DRAFT',
      lampiran: { resources: ['Laptop'] },
    });
    expect(skp.behaviour.every((b) => b.specialExpectation === '')).toBe(true);
    expect(skp.rhk.map((r) => [r.group, r.text, r.parent?.text ?? null])).toEqual([
      [
        'UTAMA',
        'Terselenggaranya pelayanan administrasi',
        'Meningkatnya kualitas pelayanan publik kecamatan',
      ],
      ['TAMBAHAN', 'Panitia hari jadi kota', null],
    ]);
    expect(skp.rhk[0]!.parent?.skpId).toBe(camat.skp.id);
    expect(skp.rhk[0]!.lineageId).not.toBe(kasi.rhk[0]!.lineageId);
    expect(skp.rhk[0]!.iki.map((i) => [i.aspect, i.targetText, i.unitOfMeasure])).toEqual([
      ['KUANTITAS', '12', 'Dokumen'],
      ['KUALITAS', '90 – 100', '%'],
      ['WAKTU', '12', 'Bulan'],
    ]);
    const twice = await o.t.err('skp.copyFromPreviousYear', { employeeId: o.ids.kasi, yearId: y2027.id });
    expect(twice.code).toBe('CONFLICT');
    const nothing = await o.t.err('skp.copyFromPreviousYear', { employeeId: o.ids.lurah, yearId: y2027.id });
    expect(nothing).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('tidak memiliki SKP tahun 2026'),
    });
    const audit = await o.t.ok('audit.list', { entityType: 'skp', entityId: String(skp.id) });
    expect(audit.rows[0]!.note).toContain('Disalin dari SKP tahun 2026');
  });

  it('leaves a link empty with a warning when the atasan’s RHK changed', async () => {
    const o = await skpOffice();
    await cascade(o);
    const y2027 = await nextYear(o);
    const camat = await o.t.ok('skp.create', { employeeId: o.ids.camat, yearId: y2027.id });
    await addRhk(o.t, camat, 'Sasaran yang baru sama sekali', null, 'UTAMA', 'RHK Sekda');
    const copied = await o.t.ok('skp.copyFromPreviousYear', { employeeId: o.ids.kasi, yearId: y2027.id });
    expect(copied.copied.unlinked).toBe(1);
    expect(copied.skp.rhk[0]!.parent).toBeNull();
    expect(copied.skp.issues.map((i) => i.code)).toContain('UTAMA_WITHOUT_PARENT');
  });

  it('copies the whole office atasan first, in resumable batches, counting what it passed over', async () => {
    const o = await skpOffice();
    const { staff } = await cascade(o);
    // The lurah has an SKP in 2026 but is no longer active; the second staff already has a 2027 SKP.
    const lurah = await o.t.ok('skp.create', { employeeId: o.ids.lurah, yearId: o.year.id });
    await addRhk(o.t, lurah, 'Kampung', null, 'TAMBAHAN');
    const lurahRecord = await o.t.ok('employees.get', { id: o.ids.lurah });
    await o.t.ok('employees.setActivity', {
      id: o.ids.lurah,
      version: lurahRecord.version,
      activity: 'PENSIUN',
      since: '2026-10-01',
    });
    await o.t.ok('skp.create', { employeeId: o.ids.staff2, yearId: o.year.id });
    const y2027 = await nextYear(o);
    await o.t.ok('skp.create', { employeeId: o.ids.staff2, yearId: y2027.id });

    const first = await o.operator.ok('skp.copyForwardAll', {
      fromYearId: o.year.id,
      toYearId: y2027.id,
      batchSize: 10,
      maxBatches: 1,
    });
    expect(first).toMatchObject({
      created: 3,
      skipped: { alreadyHasSkp: 1, inactive: 1 },
      remaining: 0,
      done: true,
      batches: 1,
      unlinked: 0,
    });
    const list = await o.t.ok('skp.list', { yearId: y2027.id, pageSize: 50 });
    expect(list.counts).toMatchObject({ DRAFT: 4, BELUM_ADA: 0 });
    const staff2027 = list.rows.find((r) => r.employeeId === o.ids.staff)!;
    const detail = await o.t.ok('skp.get', { skpId: staff2027.skpId! });
    expect(detail.rhk[0]!.parent?.text).toBe('Terselenggaranya pelayanan administrasi');
    expect(detail.rhk[0]!.text).toBe(staff.rhk[0]!.text);
    const again = await o.t.ok('skp.copyForwardAll', { fromYearId: o.year.id, toYearId: y2027.id });
    expect(again).toMatchObject({ created: 0, skipped: { alreadyHasSkp: 4, inactive: 1 }, done: true });
  });

  it('copies the demo office in several batches, resuming where it stopped, every link found again', async () => {
    const t = await openTestBackend();
    loadDemoData(systemContext(t.backend.ctx, 'seed'));
    const [current] = await t.ok('years.list', {});
    const next = await t.ok('years.open', { year: current!.year + 1 });
    const first = await t.ok('skp.copyForwardAll', {
      fromYearId: current!.id,
      toYearId: next.id,
      batchSize: 10,
      maxBatches: 2,
    });
    expect(first).toMatchObject({ created: 20, batches: 2, done: false, unlinked: 0 });
    expect(first.remaining).toBe(current!.skpCounts.total - 20);
    const rest = await t.ok('skp.copyForwardAll', {
      fromYearId: current!.id,
      toYearId: next.id,
      batchSize: 10,
    });
    expect(rest).toMatchObject({ created: first.remaining, remaining: 0, done: true, unlinked: 0 });
    expect(rest.skipped.alreadyHasSkp).toBe(20);
    const matrix = await t.ok('skp.matrix', { yearId: next.id, appraiserEmployeeId: 1 });
    expect(matrix.summary).toMatchObject({ withoutSkp: 0, withoutUtama: 0 });
    const list = await t.ok('skp.list', { yearId: next.id, pageSize: 200 });
    for (const row of list.rows) {
      const skp = await t.ok('skp.get', { skpId: row.skpId! });
      expect(
        skp.issues.filter((i) => i.blocksSubmit),
        row.fullName,
      ).toEqual([]);
    }
  });
});
