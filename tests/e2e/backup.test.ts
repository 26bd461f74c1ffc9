import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exclusive } from '../../electron/backend/backup/queue';
import { tempDir } from '../support/temp-dir';
import { ADMIN, completeSetup, errorOf, openNav, selectByText, signIn } from './flows';
import { launchBrowser, newPage, shot, startApp, type RunningApp } from './support';

const JOURNEY = 'backup';
const OFFICE = 'Kecamatan Gayungan';
const NEW_NIP = '199502142020031004';
const NEW_NAME = 'Galang Prakoso';

let app: RunningApp;
let browser: Browser;
let page: Page;
let stick: string;
let secondStick: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await newPage(browser);
  // Stands in for the flashdisk: a folder on the "server" the web build writes to.
  stick = tempDir('sipka-e2e-flashdisk-');
  secondStick = tempDir('sipka-e2e-flashdisk-');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  for (const dir of [stick, secondStick]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function employeesWithNip(nip: string): number {
  return app.backend.ctx.sqlite
    .prepare('SELECT count(*) FROM employees WHERE nip = ?')
    .pluck()
    .get(nip) as number;
}

async function addEmployee(page: Page) {
  await openNav(page, 'Pegawai');
  await page.getByTestId('employee-add').click();
  await page.locator('select[name="status"]').selectOption('PNS');
  await page.locator('input[name="nip"]').fill(NEW_NIP);
  await page.locator('input[name="name"]').fill(NEW_NAME);
  await page.locator('select[name="gender"]').selectOption('L');
  await page.locator('input[name="birthDate"]').fill('1995-02-14');
  await page.locator('input[name="positionName"]').fill('Pengadministrasi Umum');
  await page.locator('select[name="positionType"]').selectOption('PELAKSANA');
  await page.locator('select[name="golongan"]').selectOption('II/c');
  await selectByText(page, 'unitId', 'Seksi Kesejahteraan Rakyat');
  await page.getByTestId('employee-save').click();
  await page.getByTestId('employee-nip').waitFor();
}

async function searchNip(page: Page, nip: string) {
  await openNav(page, 'Pegawai');
  await page.getByTestId('employee-search').fill(nip);
}

describe('backup and restore in the browser', () => {
  it('backs up, restores over a later change, and refuses a file that is no backup', async () => {
    await completeSetup(page, app.url, JOURNEY);

    // No backup yet: the Beranda warns and links to the page.
    await page.getByTestId('backup-reminder').waitFor();
    expect(await page.getByTestId('backup-reminder').textContent()).toContain('Belum ada cadangan');
    await shot(page, JOURNEY, '04-beranda-peringatan');
    await page.getByTestId('backup-reminder-link').click();
    await page.getByRole('heading', { name: 'Cadangan & Pemulihan', level: 1 }).waitFor();
    await page.getByTestId('backup-create').waitFor();
    // The web build offers the data folder's own copies as a target and prefills the first suggestion.
    expect(await page.locator('input[name="directory"]').inputValue()).not.toBe('');
    await shot(page, JOURNEY, '05-halaman-cadangan');

    // A passphrase that is too short is refused beside its field, before anything is written.
    await page.locator('input[name="directory"]').fill(stick);
    await page.getByLabel('Enkripsi cadangan dengan frasa sandi').check();
    await page.locator('input[name="passphrase"]').fill('pendek');
    await page.locator('input[name="passphraseConfirm"]').fill('pendek');
    await page.getByTestId('backup-create').click();
    expect(await errorOf(page, 'passphrase')).toContain('paling sedikit 10 karakter');
    await shot(page, JOURNEY, '06-frasa-sandi-pendek');
    expect(fs.readdirSync(stick)).toEqual([]);

    // An unencrypted backup into the "flashdisk". It waits behind an automatic copy held half-way, so the
    // page shows what a long backup looks like: the button off, the step and how far it has come.
    await page.getByLabel('Enkripsi cadangan dengan frasa sandi').uncheck();
    let release = () => {};
    const held = exclusive(
      app.dataDir,
      'auto',
      () => new Date(),
      async (progress) => {
        progress.step('Menyalin berkas bukti', 1000);
        progress.add(400);
        await new Promise<void>((resolve) => (release = resolve));
      },
    );
    await page.getByTestId('backup-create').click();
    await expect.poll(() => page.getByTestId('backup-progress').textContent()).toContain('(40%)');
    expect(await page.getByTestId('backup-create').isDisabled()).toBe(true);
    expect(await page.getByTestId('backup-create').textContent()).toBe('Sedang membuat cadangan…');
    await page.getByTestId('backup-progress').scrollIntoViewIfNeeded();
    await shot(page, JOURNEY, '07-sedang-mencadangkan');
    release();
    await held;
    await page.getByTestId('backup-result').waitFor();
    const result = (await page.getByTestId('backup-result').textContent()) ?? '';
    expect(result).toContain('Cadangan berhasil dan sudah diperiksa');
    const fileName = ((await page.getByTestId('backup-result-file').textContent()) ?? '').trim();
    expect(fileName).toMatch(/^SIPKA-kecamatan-gayungan-\d{8}-\d{4}\.sipka$/);
    expect(fs.readdirSync(stick)).toEqual([fileName]);
    await expect.poll(() => page.getByTestId('backup-history-row').count()).toBe(1);
    expect(await page.getByTestId('backup-history-row').first().textContent()).toContain(fileName);
    await shot(page, JOURNEY, '08-cadangan-berhasil');

    // The Beranda now shows the date of the last backup instead of the warning.
    await openNav(page, 'Beranda');
    await expect
      .poll(() => page.getByTestId('backup-reminder').textContent())
      .toContain('Cadangan terakhir:');
    await shot(page, JOURNEY, '09-beranda-sudah-dicadangkan');

    // Work done after the backup: a new pegawai.
    await addEmployee(page);
    expect(employeesWithNip(NEW_NIP)).toBe(1);
    await searchNip(page, NEW_NIP);
    await expect.poll(() => page.getByTestId('employee-row').count()).toBe(1);
    await shot(page, JOURNEY, '10-pegawai-baru');

    // A text file named .sipka is refused where it was chosen, and nothing is asked or changed.
    const foreign = path.join(stick, 'catatan.sipka');
    fs.writeFileSync(foreign, 'Ini hanya catatan, bukan cadangan.\n');
    await openNav(page, 'Cadangan & Pemulihan');
    await page.locator('input[name="path"]').fill(foreign);
    await page.getByTestId('restore-inspect').click();
    expect(await errorOf(page, 'path')).toContain('bukan cadangan SIPKA');
    expect(await page.getByTestId('restore-dialog').count()).toBe(0);
    await page.getByTestId('error-path').scrollIntoViewIfNeeded();
    await shot(page, JOURNEY, '11-bukan-cadangan');
    expect(employeesWithNip(NEW_NIP)).toBe(1);

    // Restore the backup from its history row: the manifest first, then the office name typed.
    await page
      .getByTestId('backup-history-row')
      .filter({ hasText: fileName })
      .getByTestId('backup-restore-row')
      .click();
    await page.getByTestId('restore-manifest').waitFor();
    const manifest = (await page.getByTestId('restore-manifest').textContent()) ?? '';
    expect(manifest).toContain(fileName);
    expect(manifest).toContain(OFFICE);
    expect(manifest).toContain('Tidak terenkripsi');
    await shot(page, JOURNEY, '12-isi-cadangan');

    await page.locator('dialog input[name="confirmOfficeName"]').fill('Kecamatan Gayungan Baru');
    await page.getByTestId('restore-confirm').click();
    expect(await errorOf(page, 'confirmOfficeName')).toContain(
      `persis seperti tercatat di cadangan: ${OFFICE}`,
    );
    await shot(page, JOURNEY, '13-nama-kantor-salah');
    expect(employeesWithNip(NEW_NIP)).toBe(1);

    await page.locator('dialog input[name="confirmOfficeName"]').fill(OFFICE);
    await page.getByTestId('restore-confirm').click();
    await page.getByTestId('restore-done').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beranda');
    expect(await page.getByTestId('restore-done').textContent()).toContain(
      `Data telah dipulihkan dari ${fileName}`,
    );
    await shot(page, JOURNEY, '14-pemulihan-berhasil');

    // The pegawai added after the backup is gone, in the list and in the database.
    expect(employeesWithNip(NEW_NIP)).toBe(0);
    await searchNip(page, NEW_NIP);
    await page.getByText('Tidak ada pegawai yang cocok').waitFor();
    expect(await page.getByTestId('employee-row').count()).toBe(0);
    await shot(page, JOURNEY, '15-pegawai-hilang');

    // Jejak Audit records the restore, and the safety copy of the replaced data is listed on the page.
    await openNav(page, 'Jejak Audit');
    const entry = page.getByTestId('audit-row').filter({ hasText: `Pemulihan dari ${fileName}` });
    await expect.poll(() => entry.count()).toBe(1);
    await shot(page, JOURNEY, '16-jejak-audit-pemulihan');

    await openNav(page, 'Cadangan & Pemulihan');
    await expect
      .poll(() => page.getByTestId('backup-copy-row').filter({ hasText: 'Sebelum pemulihan' }).count())
      .toBe(1);
    await page.getByRole('heading', { name: 'Salinan otomatis di komputer ini' }).scrollIntoViewIfNeeded();
    await shot(page, JOURNEY, '17-salinan-pengaman');
  });

  it('uses the desktop dialogs, encrypts, refuses a wrong passphrase, and signs out an admin the backup lacks', async () => {
    const SECOND = {
      username: 'admin.dua',
      displayName: 'Admin Kedua',
      initial: 'Sandi-Awal-2026',
      own: 'Sandi-Dua-2026',
    };
    const PASSPHRASE = 'flashdisk kantor gayungan';

    // The desktop app's preload, stood in for: rpc over HTTP as before, and dialogs that answer what the test
    // puts in window.__dialogAnswer (null: the user cancelled).
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    await context.addInitScript(() => {
      const answers = window as unknown as { __dialogAnswer?: string | null };
      const rpc = async (method: string, input: unknown) => {
        const response = await fetch(`/rpc/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Sipka-Request': '1' },
          body: JSON.stringify(input),
          credentials: 'same-origin',
        });
        return response.json();
      };
      const answer = async () => answers.__dialogAnswer ?? null;
      Object.assign(window, { sipka: { rpc, pickFolder: answer, pickBackupFile: answer } });
    });
    const desk = await context.newPage();
    desk.setDefaultTimeout(15_000);
    const answerDialog = (value: string | null) =>
      desk.evaluate((v) => Object.assign(window, { __dialogAnswer: v }), value);

    await desk.goto(app.url);
    await signIn(desk, ADMIN.username, ADMIN.password);
    await openNav(desk, 'Cadangan & Pemulihan');
    const directory = desk.locator('input[name="directory"]');
    await directory.waitFor();
    expect(await directory.getAttribute('readonly')).not.toBeNull();
    const suggested = await directory.inputValue();

    // Cancelling the folder dialog changes nothing; choosing a folder fills it in.
    await answerDialog(null);
    await desk.getByTestId('backup-pick-folder').click();
    expect(await directory.inputValue()).toBe(suggested);
    await answerDialog(secondStick);
    await desk.getByTestId('backup-pick-folder').click();
    await expect.poll(() => directory.inputValue()).toBe(secondStick);
    await shot(desk, JOURNEY, '18-desktop-folder-dipilih');

    await desk.getByLabel('Enkripsi cadangan dengan frasa sandi').check();
    await desk.locator('input[name="passphrase"]').fill(PASSPHRASE);
    await desk.locator('input[name="passphraseConfirm"]').fill(PASSPHRASE);
    await desk.getByTestId('backup-create').click();
    await desk.getByTestId('backup-result').waitFor();
    expect(await desk.getByTestId('backup-result').textContent()).toContain('Terenkripsi dengan frasa sandi');
    const [encrypted] = fs.readdirSync(secondStick);
    expect(encrypted).toMatch(/\.sipka$/);
    await shot(desk, JOURNEY, '19-desktop-cadangan-terenkripsi');

    // A second admin, made after the backup, signs in and changes the initial password.
    const session = { token: null as string | null };
    const login = await app.backend.dispatch(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      session,
    );
    expect(login.ok).toBe(true);
    const created = await app.backend.dispatch(
      'users.create',
      {
        username: SECOND.username,
        displayName: SECOND.displayName,
        role: 'ADMIN',
        employeeId: null,
        password: SECOND.initial,
        passwordConfirm: SECOND.initial,
      },
      session,
    );
    expect(created.ok).toBe(true);
    await desk.getByTestId('logout').click();
    await signIn(desk, SECOND.username, SECOND.initial);
    await desk.locator('input[name="currentPassword"]').fill(SECOND.initial);
    await desk.locator('input[name="password"]').fill(SECOND.own);
    await desk.locator('input[name="passwordConfirm"]').fill(SECOND.own);
    await desk.getByTestId('password-save').click();
    await openNav(desk, 'Cadangan & Pemulihan');

    // The file dialog hands over the encrypted backup: its public manifest shows, then a passphrase is asked.
    await answerDialog(path.join(secondStick, encrypted!));
    await desk.getByTestId('restore-pick-file').click();
    await desk.getByTestId('restore-manifest').waitFor();
    expect(await desk.getByTestId('restore-manifest').textContent()).toContain('Terenkripsi');
    await desk.locator('dialog input[name="passphrase"]').fill('bukan frasa sandinya');
    await desk.locator('dialog input[name="confirmOfficeName"]').fill(OFFICE);
    await desk.getByTestId('restore-confirm').click();
    expect(await errorOf(desk, 'passphrase')).toContain('Frasa sandi salah');
    await shot(desk, JOURNEY, '20-frasa-sandi-salah');
    const users = () =>
      app.backend.ctx.sqlite
        .prepare('SELECT username FROM users ORDER BY username')
        .pluck()
        .all() as string[];
    expect(users()).toContain(SECOND.username);

    // The right passphrase restores; the backup has no admin.dua, so the session ends and sign-in is asked.
    await desk.locator('dialog input[name="passphrase"]').fill(PASSPHRASE);
    await desk.getByTestId('restore-confirm').click();
    await desk.getByTestId('restore-sign-in').waitFor({ timeout: 60_000 });
    expect(await desk.getByTestId('restore-done').textContent()).toContain(
      `Data telah dipulihkan dari ${encrypted}`,
    );
    await shot(desk, JOURNEY, '21-pemulihan-masuk-kembali');
    expect(users()).not.toContain(SECOND.username);
    await desk.getByTestId('restore-sign-in').click();
    await desk.getByTestId('login-submit').waitFor();
    await signIn(desk, ADMIN.username, ADMIN.password);
    await desk.getByRole('navigation').getByRole('link', { name: 'Pegawai' }).waitFor();

    // An OPERATOR backs up but does not restore: no restore panel, no "Pulihkan", the setting read-only.
    const OPERATOR = { username: 'operator.sari', initial: 'Sandi-Awal-2026', own: 'Sandi-Sari-2026' };
    const adminSession = { token: null as string | null };
    await app.backend.dispatch(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      adminSession,
    );
    const operator = await app.backend.dispatch(
      'users.create',
      {
        username: OPERATOR.username,
        displayName: 'Sari Operator',
        role: 'OPERATOR',
        employeeId: null,
        password: OPERATOR.initial,
        passwordConfirm: OPERATOR.initial,
      },
      adminSession,
    );
    expect(operator.ok).toBe(true);
    await desk.getByTestId('logout').click();
    await signIn(desk, OPERATOR.username, OPERATOR.initial);
    await desk.locator('input[name="currentPassword"]').fill(OPERATOR.initial);
    await desk.locator('input[name="password"]').fill(OPERATOR.own);
    await desk.locator('input[name="passwordConfirm"]').fill(OPERATOR.own);
    await desk.getByTestId('password-save').click();
    await openNav(desk, 'Cadangan & Pemulihan');
    await desk.getByTestId('backup-create').waitFor();
    await desk.getByText('Hanya admin yang dapat mengubahnya.').waitFor();
    expect(await desk.getByTestId('restore-pick-file').count()).toBe(0);
    expect(await desk.getByTestId('backup-restore-row').count()).toBe(0);
    await shot(desk, JOURNEY, '22-operator');
    await context.close();
  });
});
