import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSetup, errorOf, openNav, selectByText } from './flows';
import { launchBrowser, newPage, shot, startApp, type RunningApp } from './support';

const JOURNEY = 'registry';
const NEW_NIP = '199502142020031004';
const WRONG_NIP = '199502142020131004';

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

describe('unit and employee registry in the browser', () => {
  it('walks the registry journey end to end', async () => {
    await completeSetup(page, app.url, JOURNEY);
    await shot(page, JOURNEY, '04-beranda');

    // A new unit under the kecamatan.
    await openNav(page, 'Unit Kerja');
    await page.getByTestId('unit-node').filter({ hasText: 'Kecamatan Gayungan' }).click();
    await page.getByRole('button', { name: 'Tambah sub-unit' }).click();
    await page.locator('dialog input[name="name"]').fill('Seksi Uji Coba');
    await page.locator('dialog select[name="kind"]').selectOption('SEKSI');
    await page.getByTestId('unit-create-save').click();
    await page.getByTestId('unit-node').filter({ hasText: 'Seksi Uji Coba' }).waitFor();
    await shot(page, JOURNEY, '05-unit-kerja');

    // A PNS with a wrong NIP: the message sits beside the NIP field and names the wrong part.
    await openNav(page, 'Pegawai');
    await page.getByTestId('employee-add').click();
    await page.locator('select[name="status"]').selectOption('PNS');
    await page.locator('input[name="nip"]').fill(WRONG_NIP);
    await page.locator('input[name="name"]').fill('Galang Prakoso');
    await page.locator('select[name="gender"]').selectOption('L');
    await page.locator('input[name="birthDate"]').fill('1995-02-14');
    await page.locator('input[name="positionName"]').fill('Pengadministrasi Umum');
    await page.locator('select[name="positionType"]').selectOption('PELAKSANA');
    await page.locator('select[name="golongan"]').selectOption('II/c');
    await selectByText(page, 'unitId', 'Seksi Uji Coba');
    await page.getByTestId('employee-save').click();
    expect(await errorOf(page, 'nip')).toContain('bulan TMT CPNS (digit 13–14) harus 01–12');
    await shot(page, JOURNEY, '06-nip-salah');

    await page.locator('input[name="nip"]').fill(NEW_NIP);
    await page.getByTestId('employee-save').click();
    await page.getByTestId('employee-nip').waitFor();
    expect(await page.getByTestId('employee-nip').textContent()).toContain('19950214 202003 1 004');
    const newUrl = page.url();
    await shot(page, JOURNEY, '07-detail-pegawai');

    // Found by NIP typed with spaces.
    await openNav(page, 'Pegawai');
    await page.getByTestId('employee-search').fill('19950214 202003 1 004');
    await expect.poll(() => page.getByTestId('employee-row').count()).toBe(1);
    expect(await page.getByTestId('employee-row').first().textContent()).toContain('Galang Prakoso');
    await shot(page, JOURNEY, '08-cari-nip');

    // Set an atasan: the kepala seksi Kesra (Siti Nurhayati) from the demo office.
    await page.goto(newUrl);
    await page.getByTestId('employee-edit').click();
    await page.locator('input[name="supervisorId"]').fill('Siti Nur');
    await page.getByRole('option', { name: /Siti Nurhayati/ }).click();
    await page.getByTestId('supervisor-selected').waitFor();
    await page.getByTestId('employee-save').click();
    await page.getByTestId('employee-nip').waitFor();
    expect(await page.locator('main').textContent()).toContain('Siti Nurhayati');

    // The atasan may not report to her own bawahan: refused beside the field, nothing saved.
    await page
      .getByRole('link', { name: /Siti Nurhayati/ })
      .first()
      .click();
    await page.getByTestId('employee-edit').click();
    await page.getByTestId('supervisor-selected').getByRole('button', { name: 'Kosongkan' }).click();
    await page.locator('input[name="supervisorId"]').fill('Galang');
    await page.getByRole('option', { name: /Galang Prakoso/ }).click();
    await page.getByTestId('employee-save').click();
    expect(await errorOf(page, 'supervisorId')).toContain('rantai melingkar');
    await page.keyboard.press('Escape');
    await page.getByTestId('error-supervisorId').scrollIntoViewIfNeeded();
    await shot(page, JOURNEY, '09-atasan-melingkar');

    // Deactivate the new employee: a status with a date; they stay in history.
    await page.goto(newUrl);
    await page.getByTestId('employee-deactivate').click();
    await page.locator('dialog select[name="activity"]').selectOption('MUTASI_KELUAR');
    await page.locator('dialog input[name="since"]').fill('2026-11-30');
    await page.locator('dialog textarea[name="note"]').fill('Mutasi ke Kecamatan Wonokromo');
    await page.getByTestId('deactivate-save').click();
    await page.getByTestId('employee-reactivate').waitFor();
    expect(await page.locator('main').textContent()).toContain('Mutasi keluar');
    await shot(page, JOURNEY, '10-nonaktif');

    const { sqlite } = app.backend.ctx;
    const galang = sqlite
      .prepare(
        'SELECT id, activity, inactive_since AS since, supervisor_id AS supervisorId FROM employees WHERE nip = ?',
      )
      .get(NEW_NIP) as {
      id: number;
      activity: string;
      since: string;
      supervisorId: number;
    };
    const siti = sqlite
      .prepare("SELECT id, supervisor_id AS supervisorId FROM employees WHERE name = 'Siti Nurhayati'")
      .get() as {
      id: number;
      supervisorId: number;
    };
    const camat = sqlite
      .prepare("SELECT id FROM employees WHERE position_name = 'Camat Gayungan'")
      .pluck()
      .get();
    expect(galang).toMatchObject({ activity: 'MUTASI_KELUAR', since: '2026-11-30', supervisorId: siti.id });
    expect(siti.supervisorId).toBe(camat);
  });
});
