import { describe, expect, it } from 'vitest';
import { ADMIN, clientAs, openTestBackend } from './helpers';

function clock(start = '2026-11-30T08:00:00Z') {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
}

async function withOperator(options: { now?: () => Date } = {}) {
  const t = await openTestBackend(options);
  await t.ok('users.create', {
    username: 'Operator.Satu',
    displayName: 'Operator Satu',
    role: 'OPERATOR',
    password: 'sandi-awal-1',
    passwordConfirm: 'sandi-awal-1',
  });
  return t;
}

describe('sign-in', () => {
  it('gives the same answer for a wrong username and a wrong password', async () => {
    const t = await withOperator();
    const wrongUser = await t.err('auth.login', { username: 'tidak.ada', password: 'sandi-awal-1' });
    const wrongPassword = await t.err('auth.login', { username: 'operator.satu', password: 'salah-sekali' });
    expect(wrongUser).toEqual({ code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' });
    expect(wrongPassword).toEqual(wrongUser);
  });

  it('locks the account for 5 minutes after 5 wrong passwords, says until when, then lets the right one in', async () => {
    const c = clock();
    const t = await withOperator({ now: c.now });
    for (let i = 1; i <= 4; i++) {
      expect(
        (await t.err('auth.login', { username: 'operator.satu', password: `salah-${i}-xx` })).message,
      ).toBe('Nama pengguna atau kata sandi salah.');
    }
    const fifth = await t.err('auth.login', { username: 'operator.satu', password: 'salah-5-xx' });
    expect(fifth.message).toMatch(
      /terkunci karena 5 kali salah kata sandi\. Coba lagi setelah pukul \d\d\.\d\d\./,
    );
    const rightButLocked = await t.err('auth.login', { username: 'operator.satu', password: 'sandi-awal-1' });
    expect(rightButLocked.message).toContain('terkunci');
    c.advance(4);
    expect(
      (await t.err('auth.login', { username: 'operator.satu', password: 'sandi-awal-1' })).message,
    ).toContain('terkunci');
    c.advance(1.1);
    const user = await t.ok('auth.login', { username: 'operator.satu', password: 'sandi-awal-1' });
    expect(user).toMatchObject({ username: 'operator.satu', role: 'OPERATOR', mustChangePassword: true });
    const notes = t.backend.ctx.sqlite
      .prepare("SELECT note FROM audit_log WHERE entity_type = 'user' ORDER BY id")
      .pluck()
      .all() as string[];
    expect(notes.filter((n) => n.includes('gagal'))).toHaveLength(5 + 0);
    expect(notes.some((n) => n.includes('terkunci sampai'))).toBe(true);
    expect(notes.at(-1)).toBe('operator.satu masuk.');
  });

  it('makes a new user change the password before anything else', async () => {
    const t = await withOperator();
    const op = await clientAs(t, 'operator.satu', 'sandi-awal-1');
    const blocked = await op.call('employees.list', {});
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'MUST_CHANGE_PASSWORD' },
    });
    const same = await op.call('auth.changePassword', {
      currentPassword: 'sandi-awal-1',
      password: 'sandi-awal-1',
      passwordConfirm: 'sandi-awal-1',
    });
    expect(same).toMatchObject({
      ok: false,
      error: { fields: { password: 'Kata sandi baru harus berbeda dari yang lama' } },
    });
    const wrongOld = await op.call('auth.changePassword', {
      currentPassword: 'bukan-ini-1',
      password: 'sandi-baru-22',
      passwordConfirm: 'sandi-baru-22',
    });
    expect(wrongOld).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: 'Kata sandi lama salah.' } },
    });
    const changed = await op.call('auth.changePassword', {
      currentPassword: 'sandi-awal-1',
      password: 'sandi-baru-22',
      passwordConfirm: 'sandi-baru-22',
    });
    expect(changed).toMatchObject({ ok: true, data: { mustChangePassword: false } });
    expect(await op.call('employees.list', {})).toMatchObject({ ok: true });
    expect((await t.err('auth.login', { username: 'operator.satu', password: 'sandi-awal-1' })).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('locks an idle session without ending it, and unlocks it with the password', async () => {
    const c = clock();
    const t = await withOperator({ now: c.now });
    await t.ok('settings.update', { ...(await t.ok('settings.get', {})), idleLockMinutes: 10 });
    c.advance(9);
    expect(await t.call('units.list', {})).toMatchObject({ ok: true });
    c.advance(11);
    const locked = await t.call('units.list', {});
    expect(locked).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', reason: 'SESSION_LOCKED' } });
    expect(await t.ok('auth.session', {})).toMatchObject({ locked: true, user: { username: 'admin' } });
    const wrong = await t.err('auth.unlock', { password: 'bukan-sandi' });
    expect(wrong.fields).toEqual({ password: 'Kata sandi salah.' });
    await t.ok('auth.unlock', { password: ADMIN.password });
    expect(await t.call('units.list', {})).toMatchObject({ ok: true });
  });

  it('ends a session after 12 hours and refuses a forged token', async () => {
    const c = clock();
    const t = await openTestBackend({ now: c.now });
    await t.ok('settings.update', { ...(await t.ok('settings.get', {})), idleLockMinutes: 240 });
    for (let i = 0; i < 4; i++) {
      c.advance(179);
      await t.ok('units.list', {});
    }
    c.advance(60);
    expect(await t.call('units.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' },
    });
    const forged = await t.backend.dispatch('units.list', {}, { token: 'A'.repeat(43) });
    expect(forged).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(t.count('units')).toBe(0);
  });

  it('refuses a deactivated user even with the right password, and signs them out at once', async () => {
    const t = await withOperator();
    const op = await clientAs(t, 'operator.satu', 'sandi-awal-1');
    const [user] = (await t.ok('users.list', {})).filter((u) => u.username === 'operator.satu');
    await t.ok('users.update', {
      id: user!.id,
      version: user!.version,
      displayName: 'Operator Satu',
      role: 'OPERATOR',
      employeeId: null,
      active: false,
    });
    expect(
      await op.call('auth.changePassword', {
        currentPassword: 'sandi-awal-1',
        password: 'sandi-baru-22',
        passwordConfirm: 'sandi-baru-22',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(
      (await t.err('auth.login', { username: 'operator.satu', password: 'sandi-awal-1' })).message,
    ).toContain('dinonaktifkan');
  });
});

describe('users', () => {
  it('refuses bad usernames and duplicates with clear messages', async () => {
    const t = await withOperator();
    const base = {
      displayName: 'X',
      role: 'OPERATOR' as const,
      password: 'sandi-awal-1',
      passwordConfirm: 'sandi-awal-1',
    };
    expect((await t.err('users.create', { ...base, username: 'pakai spasi' })).fields?.username).toContain(
      'tanpa spasi',
    );
    expect((await t.err('users.create', { ...base, username: 'ab' })).fields?.username).toContain(
      'paling sedikit 3',
    );
    expect((await t.err('users.create', { ...base, username: 'x'.repeat(33) })).fields?.username).toContain(
      'paling banyak 32',
    );
    expect((await t.err('users.create', { ...base, username: 'bäd' })).fields?.username).toBeDefined();
    expect((await t.err('users.create', { ...base, username: 'OPERATOR.SATU' })).fields?.username).toContain(
      'sudah dipakai',
    );
    expect(
      (await t.err('users.create', { ...base, username: 'baru', displayName: '' })).fields?.displayName,
    ).toBeDefined();
    expect(
      (
        await t.err('users.create', {
          ...base,
          username: 'baru',
          password: 'x'.repeat(129),
          passwordConfirm: 'x'.repeat(129),
        })
      ).fields?.password,
    ).toContain('paling banyak');
    expect(
      (await t.err('users.create', { ...base, username: 'baru', role: 'PEGAWAI' })).fields?.employeeId,
    ).toContain('harus ditautkan');
    expect(t.count('users')).toBe(2);
  });

  it('keeps at least one active admin', async () => {
    const t = await openTestBackend();
    const [admin] = await t.ok('users.list', {});
    const demote = await t.err('users.update', {
      id: admin!.id,
      version: admin!.version,
      displayName: 'A',
      role: 'OPERATOR',
      employeeId: null,
      active: true,
    });
    expect(demote).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('paling sedikit satu admin'),
    });
  });

  it('lets an admin reset a password, which must then be changed at sign-in', async () => {
    const t = await withOperator();
    const op = (await t.ok('users.list', {})).find((u) => u.username === 'operator.satu')!;
    await t.ok('users.resetPassword', {
      id: op.id,
      password: 'sandi-reset-1',
      passwordConfirm: 'sandi-reset-1',
    });
    const client = await clientAs(t, 'operator.satu', 'sandi-reset-1');
    expect(client.user.mustChangePassword).toBe(true);
  });
});
