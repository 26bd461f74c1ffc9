import { describe, expect, it } from 'vitest';
import { openTestBackend, pnsInput, seedUnits, type TestBackend } from './helpers';

async function office(t: TestBackend) {
  const units = await seedUnits(t);
  const camat = await t.ok(
    'employees.create',
    pnsInput({
      unitId: units.kec.id,
      nip: '19760412 200003 1 002',
      name: 'Hendro Wicaksono',
      frontTitle: 'Drs.',
      backTitle: 'M.Si.',
      birthDate: '1976-04-12',
      golongan: 'IV/b',
      positionName: 'Camat',
      positionType: 'ADMINISTRATOR',
    }),
  );
  const sekcam = await t.ok(
    'employees.create',
    pnsInput({
      unitId: units.sekr.id,
      nip: '197908232003122003',
      name: 'Retno Palupi',
      gender: 'P',
      birthDate: '1979-08-23',
      golongan: 'iv/a',
      positionName: 'Sekretaris Kecamatan',
      positionType: 'ADMINISTRATOR',
      supervisorId: camat.id,
    }),
  );
  return { ...units, camat, sekcam };
}

describe('employees', () => {
  it('creates a PNS with normalised NIP and golongan, and a PPPK whose digits 13–14 are not a month', async () => {
    const t = await openTestBackend();
    const { camat, sekcam, kel } = await office(t);
    expect(camat).toMatchObject({
      nip: '197604122000031002',
      fullName: 'Drs. Hendro Wicaksono, M.Si.',
      version: 1,
    });
    expect(sekcam).toMatchObject({
      golongan: 'IV/a',
      supervisor: { id: camat.id, fullName: 'Drs. Hendro Wicaksono, M.Si.' },
    });
    const pppk = await t.ok(
      'employees.create',
      pnsInput({
        unitId: kel.id,
        nip: '198409102022212020',
        name: 'Ayu Lestari',
        gender: 'P',
        birthDate: '1984-09-10',
        status: 'PPPK',
        golongan: 'IX',
        positionName: 'Penyuluh Sosial Ahli Pertama',
        positionType: 'FUNGSIONAL',
        functionalLevel: 'AHLI_PERTAMA',
      }),
    );
    expect(pppk).toMatchObject({ status: 'PPPK', golongan: 'IX', functionalLevel: 'AHLI_PERTAMA' });
    const detail = await t.ok('employees.get', { id: camat.id });
    expect(detail.subordinates.map((s) => s.fullName)).toEqual(['Retno Palupi, S.STP.']);
  });

  it('rejects a wrong NIP beside the field, naming the wrong part, and writes nothing', async () => {
    const t = await openTestBackend();
    const { kel } = await seedUnits(t);
    const cases: [string, string][] = [
      ['198609262015131001', 'bulan TMT CPNS (digit 13–14) harus 01–12'],
      ['19860926201505100', '18'],
      ['198609262015053001', 'digit 15'],
      ['198609262015051000', '000'],
    ];
    for (const [nip, part] of cases) {
      const error = await t.err('employees.create', pnsInput({ unitId: kel.id, nip }));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields?.nip).toContain(part);
    }
    const wrongGender = await t.err('employees.create', pnsInput({ unitId: kel.id, gender: 'P' }));
    expect(wrongGender.fields?.nip).toContain('jenis kelamin');
    const wrongBirth = await t.err('employees.create', pnsInput({ unitId: kel.id, birthDate: '1986-09-27' }));
    expect(wrongBirth.fields?.nip).toContain('tanggal lahir');
    const badGolongan = await t.err('employees.create', pnsInput({ unitId: kel.id, golongan: 'V/a' }));
    expect(badGolongan.fields?.golongan).toBeDefined();
    const noLevel = await t.err('employees.create', pnsInput({ unitId: kel.id, positionType: 'FUNGSIONAL' }));
    expect(noLevel.fields?.functionalLevel).toBe('Pilih jenjang jabatan fungsional.');
    expect(t.count('employees')).toBe(0);
  });

  it('answers CONFLICT naming the holder of a duplicate NIP', async () => {
    const t = await openTestBackend();
    const { kel, camat } = await office(t);
    const duplicate = await t.err(
      'employees.create',
      pnsInput({ unitId: kel.id, nip: '197604122000031002', birthDate: '1976-04-12' }),
    );
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.message).toContain(camat.fullName);
    expect(duplicate.fields?.nip).toBe(`NIP 197604122000031002 sudah terdaftar atas nama ${camat.fullName}`);
    expect(t.count('employees')).toBe(2);
  });

  it('answers VALIDATION for an unknown unit or atasan', async () => {
    const t = await openTestBackend();
    const { kel } = await seedUnits(t);
    expect((await t.err('employees.create', pnsInput({ unitId: 999 }))).fields).toEqual({
      unitId: 'Unit kerja tidak ditemukan.',
    });
    expect((await t.err('employees.create', pnsInput({ unitId: kel.id, supervisorId: 999 }))).fields).toEqual(
      {
        supervisorId: 'Atasan langsung tidak ditemukan.',
      },
    );
    expect(t.count('employees')).toBe(0);
  });

  it('refuses an atasan chain with a cycle, and leaves the record as it was', async () => {
    const t = await openTestBackend();
    const { camat, sekcam, kec } = await office(t);
    const self = await t.err('employees.update', {
      id: camat.id,
      version: camat.version,
      data: pnsInput({
        unitId: kec.id,
        nip: camat.nip,
        name: camat.name,
        birthDate: camat.birthDate,
        golongan: 'IV/b',
        supervisorId: camat.id,
        positionType: 'ADMINISTRATOR',
      }),
    });
    expect(self.fields?.supervisorId).toContain('dirinya sendiri');
    const cycle = await t.err('employees.update', {
      id: camat.id,
      version: camat.version,
      data: pnsInput({
        unitId: kec.id,
        nip: camat.nip,
        name: camat.name,
        birthDate: camat.birthDate,
        golongan: 'IV/b',
        supervisorId: sekcam.id,
        positionType: 'ADMINISTRATOR',
      }),
    });
    expect(cycle).toMatchObject({
      code: 'VALIDATION',
      fields: { supervisorId: expect.stringContaining('melingkar') },
    });
    const after = await t.ok('employees.get', { id: camat.id });
    expect(after.supervisor).toBeNull();
    expect(after.version).toBe(1);
  });

  it('refuses a stale edit with CONFLICT and applies a fresh one', async () => {
    const t = await openTestBackend();
    const { sekcam, sekr, camat } = await office(t);
    const data = pnsInput({
      unitId: sekr.id,
      nip: sekcam.nip,
      name: 'Retno Palupi',
      gender: 'P',
      birthDate: '1979-08-23',
      golongan: 'IV/a',
      supervisorId: camat.id,
      backTitle: 'S.Sos., M.M.',
    });
    const updated = await t.ok('employees.update', { id: sekcam.id, version: 1, data });
    expect(updated).toMatchObject({ version: 2, fullName: 'Retno Palupi, S.Sos., M.M.' });
    const stale = await t.err('employees.update', {
      id: sekcam.id,
      version: 1,
      data: { ...data, backTitle: 'S.E.' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.ok('employees.get', { id: sekcam.id })).backTitle).toBe('S.Sos., M.M.');
  });

  it('finds by name (any case, any word order of parts) and by NIP typed with spaces, with filters, sort and paging', async () => {
    const t = await openTestBackend();
    const { camat, sekcam, sekr } = await office(t);
    const byName = await t.ok('employees.list', { query: 'wicak HENDRO' });
    expect(byName.rows.map((r) => r.id)).toEqual([camat.id]);
    const byNip = await t.ok('employees.list', { query: '19790823 200312' });
    expect(byNip.rows.map((r) => r.id)).toEqual([sekcam.id]);
    expect(byNip.rows[0]).toMatchObject({ unitName: 'Sekretariat', fullName: 'Retno Palupi, S.STP.' });
    expect((await t.ok('employees.list', { query: '100%' })).total).toBe(0);
    const inSekr = await t.ok('employees.list', { unitId: sekr.id });
    expect(inSekr.rows.map((r) => r.id)).toEqual([sekcam.id]);
    const wholeKecamatan = await t.ok('employees.list', { unitId: camat.unitId, includeSubunits: true });
    expect(wholeKecamatan.total).toBe(2);
    expect((await t.ok('employees.list', { unitId: camat.unitId, includeSubunits: false })).total).toBe(1);
    const sorted = await t.ok('employees.list', { sort: 'name', direction: 'desc' });
    expect(sorted.rows.map((r) => r.id)).toEqual([sekcam.id, camat.id]);
    const page2 = await t.ok('employees.list', { sort: 'name', pageSize: 1, page: 2 });
    expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1, rows: [{ id: sekcam.id }] });
    expect((await t.ok('employees.list', { status: 'PPPK' })).total).toBe(0);
    expect((await t.ok('employees.list', { positionType: 'ADMINISTRATOR' })).total).toBe(2);
  });

  it('deactivates with a date, keeps the inactive in history, and reactivates', async () => {
    const t = await openTestBackend();
    const { sekcam } = await office(t);
    const noDate = await t.err('employees.setActivity', {
      id: sekcam.id,
      version: 1,
      activity: 'MUTASI_KELUAR',
      since: '',
      note: '',
    });
    expect(noDate.fields?.since).toContain('wajib');
    const moved = await t.ok('employees.setActivity', {
      id: sekcam.id,
      version: 1,
      activity: 'MUTASI_KELUAR',
      since: '2026-07-01',
      note: 'Mutasi ke Kecamatan Wonokromo',
    });
    expect(moved).toMatchObject({ activity: 'MUTASI_KELUAR', inactiveSince: '2026-07-01', version: 2 });
    expect((await t.ok('employees.list', {})).total).toBe(1);
    expect((await t.ok('employees.list', { activity: 'INACTIVE' })).rows.map((r) => r.id)).toEqual([
      sekcam.id,
    ]);
    expect((await t.ok('employees.list', { activity: 'ALL' })).total).toBe(2);
    const back = await t.ok('employees.setActivity', {
      id: sekcam.id,
      version: 2,
      activity: 'AKTIF',
      since: '',
      note: '',
    });
    expect(back).toMatchObject({ activity: 'AKTIF', inactiveSince: null, inactiveNote: '' });
  });

  it('refuses to set an inactive employee as atasan', async () => {
    const t = await openTestBackend();
    const { camat, kel } = await office(t);
    await t.ok('employees.setActivity', {
      id: camat.id,
      version: 1,
      activity: 'PENSIUN',
      since: '2026-05-01',
      note: '',
    });
    const error = await t.err('employees.create', pnsInput({ unitId: kel.id, supervisorId: camat.id }));
    expect(error.fields?.supervisorId).toContain('tidak aktif');
  });

  it('deletes only an employee nothing refers to, and says who depends on them', async () => {
    const t = await openTestBackend();
    const { camat, sekcam } = await office(t);
    const refused = await t.err('employees.delete', { id: camat.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Retno Palupi');
    expect(refused.message).toContain('Nonaktifkan');
    await t.ok('employees.delete', { id: sekcam.id });
    await t.ok('employees.delete', { id: camat.id });
    expect(t.count('employees')).toBe(0);
    expect((await t.err('employees.get', { id: camat.id })).code).toBe('NOT_FOUND');
  });
});

describe('employee list order', () => {
  it('sorts golongan by rank, PNS before PPPK, not as text', async () => {
    const t = await openTestBackend();
    const { kel } = await seedUnits(t);
    const people = [
      {
        nip: '198409102022212020',
        birthDate: '1984-09-10',
        gender: 'P' as const,
        status: 'PPPK' as const,
        golongan: 'VII',
        name: 'Ayu',
      },
      {
        nip: '198409102022211021',
        birthDate: '1984-09-10',
        gender: 'L' as const,
        status: 'PPPK' as const,
        golongan: 'IX',
        name: 'Budi',
      },
      {
        nip: '197604122000031002',
        birthDate: '1976-04-12',
        gender: 'L' as const,
        status: 'PNS' as const,
        golongan: 'IV/b',
        name: 'Candra',
      },
      {
        nip: '198609262015051001',
        birthDate: '1986-09-26',
        gender: 'L' as const,
        status: 'PNS' as const,
        golongan: 'III/c',
        name: 'Dedi',
      },
    ];
    for (const p of people) {
      await t.ok('employees.create', pnsInput({ unitId: kel.id, ...p, positionType: 'PELAKSANA' }));
    }
    const sorted = await t.ok('employees.list', { sort: 'golongan', direction: 'asc' });
    expect(sorted.rows.map((r) => r.golongan)).toEqual(['III/c', 'IV/b', 'VII', 'IX']);
  });
});
