import { describe, expect, it } from 'vitest';
import { GAYUNGAN_OFFICE } from '../../electron/backend/seed/gayungan';
import { ADMIN, openTestBackend } from './helpers';

const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('settings and first run', () => {
  it('needs set-up while no user exists, creates the first admin once, signs them in, loads the demo office', async () => {
    const t = await openTestBackend({ signedIn: false });
    expect(await t.ok('setup.status', {})).toEqual({
      needsSetup: true,
      officeName: '',
      logoDataUrl: null,
      unitCount: 0,
      employeeCount: 0,
    });
    expect((await t.err('settings.get', {})).code).toBe('UNAUTHENTICATED');
    const done = await t.ok('setup.complete', { admin: ADMIN, office: GAYUNGAN_OFFICE, loadDemo: true });
    expect(done).toMatchObject({
      setupCompleted: true,
      officeName: 'Kecamatan Gayungan',
      placeName: 'Surabaya',
    });
    expect((await t.ok('auth.session', {})).user).toMatchObject({
      username: 'admin',
      role: 'ADMIN',
      mustChangePassword: false,
    });
    const status = await t.ok('setup.status', {});
    expect(status).toMatchObject({ needsSetup: false, officeName: 'Kecamatan Gayungan', unitCount: 12 });
    expect(status.employeeCount).toBeGreaterThanOrEqual(40);
    const again = await t.err('setup.complete', {
      admin: { ...ADMIN, username: 'penyusup' },
      office: GAYUNGAN_OFFICE,
    });
    expect(again.code).toBe('CONFLICT');
    expect(t.count('users')).toBe(1);
  });

  it('rolls the whole set-up back (no admin, no settings) when the demo cannot be loaded', async () => {
    const t = await openTestBackend({ signedIn: false });
    t.backend.ctx.sqlite
      .prepare("INSERT INTO units (name, kind) VALUES ('Kecamatan Lain', 'KECAMATAN')")
      .run();
    const refused = await t.err('setup.complete', { admin: ADMIN, office: GAYUNGAN_OFFICE, loadDemo: true });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('kosong') });
    expect(t.count('users')).toBe(0);
    expect(t.count('settings')).toBe(0);
    expect(t.count('audit_log')).toBe(0);
    expect(t.session.token).toBeNull();
  });

  it('refuses a weak or unconfirmed first password', async () => {
    const t = await openTestBackend({ signedIn: false });
    const short = await t.err('setup.complete', {
      admin: { ...ADMIN, password: 'pendek', passwordConfirm: 'pendek' },
      office: GAYUNGAN_OFFICE,
    });
    expect(short.fields).toEqual({ 'admin.password': 'Kata sandi paling sedikit 8 karakter' });
    const mismatch = await t.err('setup.complete', {
      admin: { ...ADMIN, passwordConfirm: 'lain-lain-1' },
      office: GAYUNGAN_OFFICE,
    });
    expect(mismatch.fields).toEqual({ 'admin.passwordConfirm': 'Konfirmasi kata sandi tidak sama' });
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
