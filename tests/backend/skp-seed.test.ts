import { describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/backend/context';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { todayIso } from '../../shared/domain/dates';
import { openTestBackend } from './helpers';

describe('demo SKP for Kecamatan Gayungan', () => {
  it('opens the current year and gives every active employee an approved SKP cascading from the camat', async () => {
    const t = await openTestBackend();
    loadDemoData(systemContext(t.backend.ctx, 'seed'));
    const years = await t.ok('years.list', {});
    expect(years).toHaveLength(1);
    const year = years[0]!;
    expect(year).toMatchObject({
      year: Number(todayIso().slice(0, 4)),
      periodType: 'QUARTER',
      isCurrent: true,
    });
    const employees = await t.ok('employees.list', { pageSize: 200 });
    expect(year.skpCounts).toMatchObject({
      DISETUJUI: employees.total,
      BELUM_ADA: 0,
      total: employees.total,
    });

    const list = await t.ok('skp.list', { yearId: year.id, pageSize: 200 });
    let expectations = 0;
    for (const row of list.rows) {
      const skp = await t.ok('skp.get', { skpId: row.skpId! });
      expect(skp.status, row.fullName).toBe('DISETUJUI');
      expect(
        skp.issues.filter((i) => i.blocksSubmit || i.code === 'MISSING_ASPECTS'),
        row.fullName,
      ).toEqual([]);
      const utama = skp.rhk.filter((r) => r.group === 'UTAMA');
      expect(utama.length, row.fullName).toBeGreaterThanOrEqual(2);
      expect(utama.length, row.fullName).toBeLessThanOrEqual(5);
      for (const rhk of utama) {
        expect(rhk.iki.map((i) => i.aspect)).toEqual(
          expect.arrayContaining(['KUANTITAS', 'KUALITAS', 'WAKTU']),
        );
        if (skp.appraiser === null) expect(rhk.externalParentText).not.toBe('');
        else expect(rhk.parent, `${row.fullName}: ${rhk.text}`).toMatchObject({ ofCurrentAppraiser: true });
      }
      expect(skp.lampiran.resources.length).toBeGreaterThan(0);
      expectations += skp.behaviour.filter((b) => b.specialExpectation !== '').length;
    }
    expect(expectations).toBeGreaterThanOrEqual(3);
    expect(list.rows.filter((r) => r.tambahanCount > 0).length).toBeGreaterThanOrEqual(3);

    const tree = await t.ok('skp.tree', { yearId: year.id });
    expect(tree.roots.map((n) => n.positionName)).toEqual(['Camat Gayungan']);
    expect(tree.skpCount).toBe(employees.total);
    const depth = (nodes: typeof tree.roots): number =>
      nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depth(n.children)));
    expect(depth(tree.roots)).toBe(4);
    const camat = tree.roots[0]!;
    const matrix = await t.ok('skp.matrix', { yearId: year.id, appraiserEmployeeId: camat.skp.employeeId });
    expect(matrix.summary).toMatchObject({
      bawahan: 9,
      withoutSkp: 0,
      withoutUtama: 0,
      unsupportedColumns: 0,
    });
    const texts = matrix.columns.map((c) => c.text).join(' ');
    for (const work of ['administrasi kependudukan', 'ketertiban', 'pemberdayaan masyarakat', 'sarana']) {
      expect(texts).toContain(work);
    }
  });
});
