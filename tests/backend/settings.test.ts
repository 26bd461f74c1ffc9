import { describe, expect, it } from 'vitest';
import { GAYUNGAN_OFFICE } from '../../electron/backend/seed/gayungan';
import { openTestBackend } from './helpers';

const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('settings and first run', () => {
  it('needs set-up on an empty database, and completes it once with the demo office', async () => {
    const t = await openTestBackend();
    expect(await t.ok('setup.status', {})).toEqual({ needsSetup: true, unitCount: 0, employeeCount: 0 });
    const done = await t.ok('setup.complete', { office: GAYUNGAN_OFFICE, loadDemo: true });
    expect(done).toMatchObject({
      setupCompleted: true,
      officeName: 'Kecamatan Gayungan',
      placeName: 'Surabaya',
    });
    const status = await t.ok('setup.status', {});
    expect(status.needsSetup).toBe(false);
    expect(status.unitCount).toBe(12);
    expect(status.employeeCount).toBeGreaterThanOrEqual(40);
    expect((await t.err('setup.complete', { office: GAYUNGAN_OFFICE, loadDemo: false })).code).toBe(
      'CONFLICT',
    );
  });

  it('rolls the whole set-up back when the demo cannot be loaded', async () => {
    const t = await openTestBackend();
    await t.ok('units.create', { name: 'Kecamatan Lain', kind: 'KECAMATAN', parentId: null });
    const refused = await t.err('setup.complete', { office: GAYUNGAN_OFFICE, loadDemo: true });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('kosong') });
    expect(t.count('settings')).toBe(0);
    expect(t.count('units')).toBe(1);
    expect(t.count('employees')).toBe(0);
  });

  it('stores office settings and a logo whose bytes really are an image', async () => {
    const t = await openTestBackend();
    const saved = await t.ok('settings.update', {
      ...GAYUNGAN_OFFICE,
      letterheadLines: ['A', '', 'B'],
      logoDataUrl: PNG_1X1,
    });
    expect(saved.letterheadLines).toEqual(['A', 'B']);
    expect((await t.ok('settings.get', {})).logoDataUrl).toBe(PNG_1X1);
    const fake = `data:image/png;base64,${Buffer.from('bukan gambar sama sekali').toString('base64')}`;
    const refused = await t.err('settings.update', { ...GAYUNGAN_OFFICE, logoDataUrl: fake });
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      fields: { logoDataUrl: expect.stringContaining('bukan gambar') },
    });
    const missing = await t.err('settings.update', { ...GAYUNGAN_OFFICE, officeName: '  ' });
    expect(missing.fields).toEqual({ officeName: 'Nama kecamatan wajib diisi' });
    expect((await t.ok('settings.get', {})).logoDataUrl).toBe(PNG_1X1);
  });
});
