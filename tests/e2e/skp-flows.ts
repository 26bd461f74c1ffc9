import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openNav, signIn } from './flows';
import fs from 'node:fs';
import path from 'node:path';
import { SHOTS_DIR, shot } from './support';

/** A sign-in account made for the journey: created by the admin, then its own password on first sign-in. */
export interface JourneyUser {
  username: string;
  displayName: string;
  /** Typed into the pegawai picker, and the name the option shows. */
  employeeQuery: string;
  employeeName: string;
  initial: string;
  own: string;
}

/** Screenshot of the whole page content: the app scrolls inside `.main`, so let the document grow first. */
export async function shotAll(page: Page, journey: string, name: string): Promise<void> {
  const style = await page.addStyleTag({
    content: 'html, body, #root, .shell { height: auto !important; } .main { overflow: visible !important; }',
  });
  await shot(page, journey, name);
  await style.evaluate((el) => (el as HTMLElement).remove());
}

/** Screenshot of what a 1366×768 screen shows (dialogs, the sticky toolbar). */
export async function shotView(page: Page, journey: string, name: string): Promise<void> {
  const dir = path.join(SHOTS_DIR, journey);
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-submit').waitFor();
}

/** Pengguna page: a PEGAWAI account linked to a pegawai, so its holder is the penilai of their bawahan. */
export async function createLinkedUser(page: Page, user: JourneyUser): Promise<void> {
  await openNav(page, 'Pengguna');
  await page.getByTestId('user-add').click();
  await page.locator('dialog input[name="username"]').fill(user.username);
  await page.locator('dialog input[name="displayName"]').fill(user.displayName);
  await page.getByTestId('user-role-PEGAWAI').check();
  await page.locator('dialog input[name="employeeId"]').fill(user.employeeQuery);
  await page.getByRole('option', { name: new RegExp(user.employeeName) }).click();
  await page.getByTestId('user-employee-selected').waitFor();
  await page.locator('dialog input[name="password"]').fill(user.initial);
  await page.locator('dialog input[name="passwordConfirm"]').fill(user.initial);
  await page.getByTestId('user-save').click();
  await page
    .locator('dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.getByTestId('user-row').filter({ hasText: user.username }).waitFor();
}

/** First sign-in of a new account: the initial password must be replaced before anything else. */
export async function firstSignIn(page: Page, url: string, user: JourneyUser): Promise<void> {
  await page.goto(url);
  await signIn(page, user.username, user.initial);
  await page.locator('input[name="currentPassword"]').fill(user.initial);
  await page.locator('input[name="password"]').fill(user.own);
  await page.locator('input[name="passwordConfirm"]').fill(user.own);
  await page.getByTestId('password-save').click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'SKP' }).waitFor();
}

export async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('year-select').selectOption(String(year));
}

/** Picks the option of a select whose text contains `text`. */
export async function chooseOption(select: Locator, text: string): Promise<void> {
  const value = await select.evaluate(
    (el, wanted) =>
      [...(el as HTMLSelectElement).options].find((o) => o.text.includes(wanted))?.value ?? null,
    text,
  );
  expect(value, `opsi "${text}"`).not.toBeNull();
  await select.selectOption(value!);
}

/** Waits until every autosave has answered (no field and no toolbar says "Menyimpan…"). */
export async function settle(page: Page): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId('save-state').textContent()) ?? '', { timeout: 10_000 })
    .not.toContain('Menyimpan');
  await expect.poll(() => page.locator('.field-save.is-saving').count(), { timeout: 10_000 }).toBe(0);
}

export interface IkiTyping {
  aspect: 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
  indicator: string;
  target: string;
  unit: string;
}

/**
 * Types one IKI row from its aspect select, the way an HR officer does: Tab from field to field, and Enter in
 * the satuan to start the next row (`next`), or Tab out of the last one.
 */
export async function typeIkiRow(page: Page, iki: IkiTyping, next: boolean): Promise<void> {
  const aspect = page.locator(':focus');
  expect(await aspect.getAttribute('data-cell')).toMatch(/:aspect$/);
  await aspect.selectOption(iki.aspect);
  await page.keyboard.press('Tab');
  await page.keyboard.type(iki.indicator);
  await page.keyboard.press('Tab');
  await page.keyboard.type(iki.target);
  await page.keyboard.press('Tab');
  await page.keyboard.type(iki.unit);
  await page.keyboard.press(next ? 'Enter' : 'Tab');
}

export interface RhkTyping {
  text: string;
  /** Text of the atasan RHK in the picker; null for none. */
  parent: string | null;
  iki: IkiTyping[];
}

/** "+ Tambah RHK …", the RHK text, its atasan RHK, Enter to its first IKI row, then the rows. */
export async function typeRhk(page: Page, group: 'UTAMA' | 'TAMBAHAN', rhk: RhkTyping): Promise<Locator> {
  const cards = page.getByTestId(`rhk-group-${group}`).getByTestId('rhk-card');
  const before = await cards.count();
  await page.getByTestId(`rhk-add-${group}`).click();
  const card = cards.nth(before);
  await card.waitFor();
  await page.keyboard.type(rhk.text);
  if (rhk.parent !== null) {
    await page.keyboard.press('Tab');
    await chooseOption(page.locator(':focus'), rhk.parent);
    await card.locator('[data-cell$=":text"]').focus();
  }
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  for (const [index, iki] of rhk.iki.entries()) await typeIkiRow(page, iki, index < rhk.iki.length - 1);
  await settle(page);
  return card;
}
