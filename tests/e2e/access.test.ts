import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, completeSetup, openNav, signIn } from './flows';
import { launchBrowser, newPage, shot, startApp, type RunningApp } from './support';

const JOURNEY = 'access';
const OPERATOR = {
  username: 'operator.budi',
  displayName: 'Budi Operator',
  initial: 'Sandi-Awal-123',
  own: 'Sandi-Budi-2026',
};

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-submit').waitFor();
}

describe('users, roles, sessions and the audit trail in the browser', () => {
  it('walks the access journey end to end', async () => {
    await completeSetup(page, app.url, JOURNEY);

    // Sign out and back in; a wrong password gets the same answer as a wrong username.
    await signOut(page);
    await signIn(page, ADMIN.username, 'bukan-sandinya');
    await page.getByTestId('page-error').waitFor();
    expect(await page.getByTestId('page-error').textContent()).toContain(
      'Nama pengguna atau kata sandi salah.',
    );
    await shot(page, JOURNEY, '04-masuk-salah');
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('navigation').getByRole('link', { name: 'Pengguna' }).waitFor();

    // The admin creates an OPERATOR.
    await openNav(page, 'Pengguna');
    await page.getByTestId('user-add').click();
    await page.locator('dialog input[name="username"]').fill(OPERATOR.username);
    await page.locator('dialog input[name="displayName"]').fill(OPERATOR.displayName);
    await page.getByTestId('user-role-OPERATOR').check();
    await page.locator('dialog input[name="password"]').fill(OPERATOR.initial);
    await page.locator('dialog input[name="passwordConfirm"]').fill(OPERATOR.initial);
    await shot(page, JOURNEY, '05-tambah-operator');
    await page.getByTestId('user-save').click();
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(2);
    await shot(page, JOURNEY, '06-daftar-pengguna');

    // The operator signs in and must change the initial password first.
    await signOut(page);
    await signIn(page, OPERATOR.username, OPERATOR.initial);
    await page.locator('input[name="currentPassword"]').fill(OPERATOR.initial);
    await page.locator('input[name="password"]').fill(OPERATOR.own);
    await page.locator('input[name="passwordConfirm"]').fill(OPERATOR.own);
    await shot(page, JOURNEY, '07-ganti-sandi');
    await page.getByTestId('password-save').click();
    await page.getByRole('navigation').getByRole('link', { name: 'Pegawai' }).waitFor();

    // No Pengguna page for an operator: not in the menu, refused by URL, refused by the backend.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await page.goto(`${app.url}#/pengguna`);
    await page.getByText('Halaman ini tidak tersedia untuk peran Anda.').waitFor();
    await shot(page, JOURNEY, '08-pengguna-ditolak');
    const direct = await page.evaluate(async () => {
      const response = await fetch('/rpc/users.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sipka-Request': '1' },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean; error?: { code: string } };
    });
    expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The operator makes a change…
    await openNav(page, 'Unit Kerja');
    await page.getByTestId('unit-node').filter({ hasText: 'Kecamatan Gayungan' }).click();
    await page.getByRole('button', { name: 'Tambah sub-unit' }).click();
    await page.locator('dialog input[name="name"]').fill('Seksi Pelayanan Terpadu');
    await page.locator('dialog select[name="kind"]').selectOption('SEKSI');
    await page.getByTestId('unit-create-save').click();
    await page.getByTestId('unit-node').filter({ hasText: 'Seksi Pelayanan Terpadu' }).waitFor();

    // …and finds it in Jejak Audit, with its diff, and the chain verified intact.
    await openNav(page, 'Jejak Audit');
    const own = page
      .getByTestId('audit-row')
      .filter({ hasText: OPERATOR.username })
      .filter({ hasText: 'Seksi Pelayanan Terpadu' });
    await expect.poll(() => own.count()).toBe(1);
    await own.click();
    await page.getByTestId('audit-diff').waitFor();
    expect(await page.getByTestId('audit-diff').textContent()).toContain('Seksi Pelayanan Terpadu');
    await shot(page, JOURNEY, '09-jejak-audit-rincian');
    await page.keyboard.press('Escape');
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verdict').waitFor();
    expect(await page.getByTestId('audit-verdict').textContent()).toContain('utuh');
    await shot(page, JOURNEY, '10-verifikasi-utuh');

    // An idle session locks; the password unlocks it and the half-typed form is still there.
    await openNav(page, 'Pegawai');
    await page.getByTestId('employee-add').click();
    await page.locator('input[name="name"]').fill('Nama Yang Belum Disimpan');
    app.advanceClock(16 * 60_000);
    await page.locator('input[name="supervisorId"]').fill('Sri');
    await page.getByTestId('unlock-submit').waitFor();
    await shot(page, JOURNEY, '11-layar-terkunci');
    await page.locator('dialog input[name="password"]').fill(OPERATOR.own);
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('unlock-submit').waitFor({ state: 'detached' });
    expect(await page.locator('input[name="name"]').inputValue()).toBe('Nama Yang Belum Disimpan');

    const entries = app.backend.ctx.sqlite
      .prepare("SELECT username, note FROM audit_log WHERE entity_type = 'user' ORDER BY id")
      .all() as { username: string; note: string }[];
    expect(entries.map((e) => e.note)).toEqual(
      expect.arrayContaining([
        'admin masuk.',
        `${OPERATOR.username} masuk.`,
        `${OPERATOR.username} mengganti kata sandinya.`,
      ]),
    );
  });
});
