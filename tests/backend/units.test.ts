import { describe, expect, it } from 'vitest';
import { openTestBackend, pnsInput, seedUnits } from './helpers';

describe('units', () => {
  it('builds a tree with counts and refuses a second top unit', async () => {
    const t = await openTestBackend();
    const { kec, sekr, subbag } = await seedUnits(t);
    const list = await t.ok('units.list', {});
    expect(list.map((u) => u.name)).toEqual([
      'Kecamatan Uji',
      'Sekretariat',
      'Kelurahan Uji',
      'Subbagian Umum',
    ]);
    expect(list.find((u) => u.id === kec.id)).toMatchObject({ parentId: null, childCount: 2 });
    expect(list.find((u) => u.id === subbag.id)).toMatchObject({ parentId: sekr.id, childCount: 0 });
    const second = await t.err('units.create', { name: 'Kecamatan Lain', kind: 'KECAMATAN', parentId: null });
    expect(second).toMatchObject({
      code: 'VALIDATION',
      fields: { parentId: expect.stringContaining('Sudah ada') },
    });
    const orphan = await t.err('units.create', { name: 'Seksi Yatim', kind: 'SEKSI', parentId: 999 });
    expect(orphan).toMatchObject({ code: 'VALIDATION', fields: { parentId: 'Unit induk tidak ditemukan.' } });
  });

  it('renames, refusing a name already used by a sibling (case-insensitive)', async () => {
    const t = await openTestBackend();
    const { sekr, kel } = await seedUnits(t);
    expect((await t.ok('units.rename', { id: sekr.id, name: 'Sekretariat Kecamatan' })).name).toBe(
      'Sekretariat Kecamatan',
    );
    const taken = await t.err('units.rename', { id: kel.id, name: 'sekretariat kecamatan' });
    expect(taken).toMatchObject({
      code: 'VALIDATION',
      fields: { name: expect.stringContaining('Sudah ada unit') },
    });
    expect((await t.err('units.rename', { id: 404, name: 'X' })).code).toBe('NOT_FOUND');
  });

  it('moves a unit but never into itself or below itself, and never the top unit', async () => {
    const t = await openTestBackend();
    const { kec, sekr, subbag, kel } = await seedUnits(t);
    const moved = await t.ok('units.move', { id: subbag.id, parentId: kel.id });
    expect(moved.parentId).toBe(kel.id);
    await t.ok('units.move', { id: subbag.id, parentId: sekr.id });
    for (const parentId of [sekr.id, subbag.id]) {
      const cycle = await t.err('units.move', { id: sekr.id, parentId });
      expect(cycle).toMatchObject({
        code: 'VALIDATION',
        fields: { parentId: expect.stringContaining('sub-unit') },
      });
    }
    expect((await t.err('units.move', { id: kec.id, parentId: kel.id })).code).toBe('VALIDATION');
    const after = await t.ok('units.list', {});
    expect(after.find((u) => u.id === sekr.id)?.parentId).toBe(kec.id);
  });

  it('deletes only an empty unit and says what is still inside', async () => {
    const t = await openTestBackend();
    const { sekr, subbag, kel } = await seedUnits(t);
    const withChild = await t.err('units.delete', { id: sekr.id });
    expect(withChild).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 sub-unit') });
    const employee = await t.ok('employees.create', pnsInput({ unitId: kel.id }));
    await t.ok('employees.setActivity', {
      id: employee.id,
      version: employee.version,
      activity: 'PENSIUN',
      since: '2026-01-01',
      note: '',
    });
    const withInactive = await t.err('units.delete', { id: kel.id });
    expect(withInactive.message).toContain('1 pegawai (termasuk yang tidak aktif)');
    await t.ok('units.delete', { id: subbag.id });
    expect(t.count('units')).toBe(3);
  });
});
