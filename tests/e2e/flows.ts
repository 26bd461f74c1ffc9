import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { shot } from './support';

export const ADMIN = { username: 'admin', displayName: 'Admin Kepegawaian', password: 'Rahasia-Admin-2026' };

/** First run: office settings (prefilled), the first admin, and the demo office. */
export async function completeSetup(page: Page, url: string, journey: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('setup-next-office').waitFor();
  await shot(page, journey, '01-wizard-kantor');
  await page.locator('textarea[name="address"]').fill('Jl. Gayungan PTT No. 2, Surabaya 60235');
  await page.getByTestId('setup-next-office').click();
  await page.locator('input[name="displayName"]').fill(ADMIN.displayName);
  await page.locator('input[name="username"]').fill(ADMIN.username);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('input[name="passwordConfirm"]').fill(ADMIN.password);
  await shot(page, journey, '02-wizard-admin');
  await page.getByTestId('setup-next-admin').click();
  await page.getByText('Ya, muat data contoh').click();
  await shot(page, journey, '03-wizard-data');
  await page.getByTestId('setup-finish').click();
  await page.getByRole('navigation').getByRole('link', { name: 'Pegawai' }).waitFor();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function openNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

/** Picks the option whose visible text contains `text` (unit options are indented by depth). */
export async function selectByText(page: Page, name: string, text: string): Promise<void> {
  const select = page.locator(`select[name="${name}"]`);
  const value = await select.evaluate(
    (el, wanted) =>
      [...(el as HTMLSelectElement).options].find((o) => o.text.includes(wanted))?.value ?? null,
    text,
  );
  expect(value, `opsi "${text}" di ${name}`).not.toBeNull();
  await select.selectOption(value!);
}

export async function errorOf(page: Page, field: string): Promise<string> {
  const error = page.getByTestId(`error-${field}`);
  await error.waitFor();
  return (await error.textContent()) ?? '';
}
