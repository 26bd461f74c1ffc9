import { describe, expect, it } from 'vitest';
import { parseNip } from '../../shared/domain/nip';
import { parseGolongan } from '../../shared/domain/golongan';
import { openTestBackend } from './helpers';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { systemContext } from '../../electron/backend/context';

describe('demo data for Kecamatan Gayungan', () => {
  it('fills the unit tree and about 40 valid employees in a realistic hierarchy', async () => {
    const t = await openTestBackend();
    const result = loadDemoData(systemContext(t.backend.ctx, 'seed'));
    expect(result.units).toBe(12);
    expect(result.employees).toBeGreaterThanOrEqual(38);
    const units = await t.ok('units.list', {});
    const root = units.filter((u) => u.parentId === null);
    expect(root.map((u) => u.name)).toEqual(['Kecamatan Gayungan']);
    expect(
      units
        .filter((u) => u.kind === 'KELURAHAN')
        .map((u) => u.name)
        .sort(),
    ).toEqual([
      'Kelurahan Dukuh Menanggal',
      'Kelurahan Gayungan',
      'Kelurahan Ketintang',
      'Kelurahan Menanggal',
    ]);
    const all = await t.ok('employees.list', { pageSize: 200 });
    expect(all.total).toBe(result.employees);
    const pppk = all.rows.filter((r) => r.status === 'PPPK');
    expect(pppk.length).toBeGreaterThanOrEqual(5);
    for (const row of all.rows) {
      expect(parseNip(row.nip, row.status).ok, row.nip).toBe(true);
      expect(parseGolongan(row.golongan ?? '', row.status), row.fullName).not.toBeNull();
    }
    const tops = [];
    for (const row of all.rows) {
      const detail = await t.ok('employees.get', { id: row.id });
      if (detail.supervisor === null) tops.push(detail);
    }
    expect(tops.map((e) => e.positionName)).toEqual(['Camat Gayungan']);
    const camat = await t.ok('employees.get', { id: tops[0]!.id });
    expect(camat.subordinates.map((s) => s.positionName)).toContain('Sekretaris Kecamatan');
    expect(camat.subordinates.filter((s) => s.positionName.startsWith('Lurah'))).toHaveLength(4);
    expect(() => loadDemoData(systemContext(t.backend.ctx, 'seed'))).toThrow('kosong');
  });
});
