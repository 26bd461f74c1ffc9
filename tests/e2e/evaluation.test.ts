import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFilePath } from '../../electron/backend/realisasi/files';
import { todayIso } from '../../shared/domain/dates';
import { completeSetup, openNav } from './flows';
import { createAccount, pasteText, pdfBytes, rateEveryoneElse, rpcOk } from './evaluation-flows';
import { chooseOption, firstSignIn, shotAll, shotView, type JourneyUser } from './skp-flows';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

const JOURNEY = 'evaluation';

/**
 * The demo office's current quarter: realisasi partly entered, nobody rated yet. Rina Marlina (penyuluh sosial)
 * completes her realisasi with a PDF as bukti dukung, her atasan Siti Nurhayati gives umpan balik and rates her,
 * the admin records the org rating, sees the kurva broken, writes the deviation reason and finalises; Rina's
 * next edit is refused.
 */
const KASI: JourneyUser = {
  username: 'kasi.siti',
  displayName: 'Siti Nurhayati',
  employeeQuery: 'Siti Nur',
  employeeName: 'Siti Nurhayati',
  initial: 'Sandi-Awal-Kasi-1',
  own: 'Sandi-Kasi-Kesra-2026',
};
const RINA: JourneyUser = {
  username: 'rina',
  displayName: 'Rina Marlina',
  employeeQuery: 'Rina',
  employeeName: 'Rina Marlina',
  initial: 'Sandi-Awal-Rina-1',
  own: 'Sandi-Rina-Kesra-2026',
};

let app: RunningApp;
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  admin = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function textOf(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent()) ?? '';
}

describe('Realisasi, penilaian, kurva and finalisation in the browser', () => {
  it('enters realisasi with a PDF, rates, finalises against the kurva and locks', async () => {
    await completeSetup(admin, app.url, JOURNEY);
    await createAccount(admin, KASI);
    await createAccount(admin, RINA);
    const years = await rpcOk(admin, 'years.list', {});
    const today = todayIso();
    const year = years.find((y) => y.isCurrent)!;
    const period = year.periods.find(
      (p) => p.kind !== 'ANNUAL' && p.startDate <= today && today <= p.endDate,
    )!;

    // Rina: Kinerja Saya shows this quarter's realisasi (the demo entered the first IKI of each RHK).
    const rina = await newPage(browser);
    await firstSignIn(rina, app.url, RINA);
    await openNav(rina, 'Kinerja Saya');
    await rina.getByTestId('realisasi-grid').waitFor();
    expect(await textOf(rina, 'my-result')).toContain('Belum dinilai');
    await shotAll(rina, JOURNEY, '04-kinerja-saya');

    // Typed the Indonesian way: "12,5", Enter saves and moves down; who entered it is shown.
    const inputs = rina.locator('[data-cell^="real:"]');
    const values = await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const empty = values.findIndex((v) => v === '');
    expect(empty).toBeGreaterThanOrEqual(0);
    await inputs.nth(empty).fill('12,5');
    await rina.keyboard.press('Enter');
    await expect.poll(() => textOf(rina, 'realisasi-save-state')).toContain('Tersimpan');
    await expect
      .poll(() => rina.locator(':focus').getAttribute('data-cell'))
      .toBe(empty + 1 < values.length ? `real:${empty + 1}` : `real:${empty}`);
    const typedRow = rina.getByTestId('realisasi-row').nth(empty);
    expect(await typedRow.getByTestId('entered-by').textContent()).toContain('(pegawai)');
    expect(await inputs.nth(empty).inputValue()).toBe('12,5');

    // A column pasted from a spreadsheet: a bad cell refuses the whole paste and names the row.
    const start = values.length >= 3 ? values.length - 2 : 0;
    const lines = values.length - start;
    const before = await inputs.nth(start).inputValue();
    await pasteText(inputs.nth(start), lines === 2 ? 'dua\n7' : 'dua');
    await expect.poll(() => textOf(rina, 'realisasi-save-state')).toContain(`baris ${start + 1}`);
    expect(await inputs.nth(start).inputValue()).toBe(before);
    await shotView(rina, JOURNEY, '05-tempel-salah');
    await pasteText(inputs.nth(start), lines === 2 ? '40\n1.250\n' : '40\n');
    await expect.poll(() => textOf(rina, 'realisasi-save-state')).toContain('ditempel');
    expect(await inputs.nth(start).inputValue()).toBe('40');
    if (lines === 2) expect(await inputs.nth(start + 1).inputValue()).toBe('1.250');

    // Bukti dukung: a file that is not a document is refused with the backend's reason; a real PDF is kept.
    const firstRow = rina.getByTestId('realisasi-row').first();
    await firstRow.getByTestId('evidence-toggle').click();
    const panel = rina.getByTestId('evidence-panel').first();
    const evidenceBefore = await panel.getByTestId('evidence-item').count();
    await panel.getByTestId('evidence-file').setInputFiles({
      name: 'laporan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Ini bukan PDF, hanya teks biasa yang diberi nama .pdf\n'.repeat(20)),
    });
    await panel.getByTestId('page-error').waitFor();
    expect(await panel.getByTestId('page-error').textContent()).toMatch(/\S/);
    await shotView(rina, JOURNEY, '06-bukti-ditolak');
    const pdf = await pdfBytes('Penyaluran bantuan sosial triwulan IV kepada 120 keluarga penerima manfaat.');
    await panel.getByTestId('evidence-file').setInputFiles({
      name: 'laporan-bansos-tw4.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await panel.getByTestId('evidence-notice').waitFor();
    await expect.poll(() => panel.getByTestId('evidence-item').count()).toBe(evidenceBefore + 1);
    const added = panel.getByTestId('evidence-item').filter({ hasText: 'laporan-bansos-tw4.pdf' });
    await added.getByTestId('evidence-open').click();
    await rina.getByTestId('evidence-preview').waitFor();
    expect(await rina.locator('iframe.evidence-frame').getAttribute('src')).toMatch(/^blob:/);
    // Chromium's PDF viewer draws the page a moment after the frame loads; only the screenshot waits for it.
    await rina.waitForTimeout(1200);
    await shotView(rina, JOURNEY, '07-pratinjau-pdf');
    await rina.keyboard.press('Escape');
    await rina.getByTestId('evidence-preview').waitFor({ state: 'detached' });
    await shotAll(rina, JOURNEY, '08-realisasi-terisi');

    // Siti, the penilai: her bawahan of the quarter, then Rina's screen.
    const kasi = await newPage(browser);
    await firstSignIn(kasi, app.url, KASI);
    await openNav(kasi, 'Penilaian');
    await expect.poll(() => kasi.getByTestId('evaluation-row').count()).toBe(3);
    await shotAll(kasi, JOURNEY, '09-penilaian-daftar');
    await kasi.getByTestId('evaluation-row').filter({ hasText: 'Rina Marlina' }).click();
    await kasi.getByTestId('rating-panel').waitFor();
    expect(await kasi.locator('main').textContent()).toContain('Capaian (alat bantu, bukan rating)');
    expect(await kasi.getByTestId('eval-rhk').first().textContent()).toContain('laporan-bansos-tw4.pdf');

    const firstRhk = kasi.getByTestId('eval-rhk').first();
    await firstRhk.getByTestId('feedback-rhk-open').click();
    await firstRhk
      .getByTestId('feedback-rhk-text')
      .fill('Penyaluran tepat waktu; lengkapi berita acara serah terima untuk tiap kelurahan.');
    await firstRhk.getByTestId('feedback-rhk-send').click();
    await expect.poll(() => firstRhk.getByTestId('feedback-item').count()).toBeGreaterThan(0);
    const akuntabel = kasi.locator('[data-testid="eval-value"][data-value="AKUNTABEL"]');
    await akuntabel.getByTestId('feedback-AKUNTABEL-open').click();
    await akuntabel
      .getByTestId('feedback-AKUNTABEL-text')
      .fill('Laporan keuangan bansos rapi dan tepat waktu.');
    await akuntabel.getByTestId('feedback-AKUNTABEL-send').click();
    await akuntabel.getByTestId('feedback-item').waitFor();

    // The predikat follows the matrix as the ratings are picked, before saving.
    await kasi.getByTestId('rating-hasil-DI_ATAS').check();
    await kasi.getByTestId('rating-perilaku-SESUAI').check();
    await expect.poll(() => kasi.getByTestId('predikat-live').getAttribute('data-predikat')).toBe('BAIK');
    await kasi.getByTestId('rating-perilaku-DI_ATAS').check();
    await expect
      .poll(() => kasi.getByTestId('predikat-live').getAttribute('data-predikat'))
      .toBe('SANGAT_BAIK');
    expect(await textOf(kasi, 'predikat-live')).toContain('Sangat Baik');
    await kasi.getByTestId('rating-save').click();
    await kasi.getByTestId('eval-notice').waitFor();
    expect(await textOf(kasi, 'eval-notice')).toContain('Sangat Baik');
    expect(await textOf(kasi, 'rating-meta')).toContain('Siti Nurhayati');
    await shotAll(kasi, JOURNEY, '10-penilaian-rina');
    await shotView(kasi, JOURNEY, '10a-penilaian-rina-layar');

    // Alt+→ / Alt+← walk the bawahan without the list.
    const position = await textOf(kasi, 'bawahan-position');
    const [at, total] = position.split('/').map((n) => Number(n.trim())) as [number, number];
    const forward = at < total;
    await kasi.locator('main').focus();
    await kasi.keyboard.press(forward ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
    await expect.poll(() => textOf(kasi, 'bawahan-position')).toContain(`${forward ? at + 1 : at - 1} /`);
    await expect.poll(() => kasi.locator('h1').textContent()).toMatch(/^Penilaian · (?!Rina)/);
    await kasi.getByTestId('rating-panel').waitFor();
    await kasi.keyboard.press(forward ? 'Alt+ArrowLeft' : 'Alt+ArrowRight');
    await expect.poll(() => kasi.locator('h1').textContent()).toContain('Rina Marlina');

    // A bukti whose stored bytes change afterwards is flagged to the penilai, in the list and in the preview.
    const stored = storedFilePath(app.dataDir, createHash('sha256').update(pdf).digest('hex'));
    const bytes = fs.readFileSync(stored);
    bytes[bytes.length - 8] = (bytes[bytes.length - 8] ?? 0) ^ 0xff;
    fs.writeFileSync(stored, bytes);
    await kasi.reload();
    await kasi.getByTestId('evidence-broken').waitFor();
    await kasi
      .getByTestId('evidence-item')
      .filter({ hasText: 'laporan-bansos-tw4.pdf' })
      .getByTestId('evidence-open')
      .click();
    await kasi.getByTestId('evidence-preview-broken').waitFor();
    await shotView(kasi, JOURNEY, '10b-bukti-berubah');
    await kasi.keyboard.press('Escape');

    // The annual (Akhir) rating shows the quarters before it as support.
    await chooseOption(kasi.getByTestId('period-select'), 'Akhir');
    await kasi.getByTestId('period-history').waitFor();
    expect(await kasi.getByTestId('history-period').count()).toBe(4);
    expect(await kasi.getByTestId('period-history').textContent()).toContain('Triwulan I');
    await shotAll(kasi, JOURNEY, '10c-penilaian-akhir');

    // The admin: the kurva of the quarter needs the org rating first.
    await openNav(admin, 'Kurva Distribusi');
    await admin.getByTestId('kurva-chart').waitFor();
    expect(await admin.getByTestId('kurva-unrated').textContent()).toContain('Mulyadi');
    await shotAll(admin, JOURNEY, '11-kurva-tanpa-capaian-organisasi');
    await admin.getByTestId('org-rating-BAIK').check();
    await admin.locator('input[name="sourceNumber"]').fill('800/2417/436.7.11/2026');
    await admin.locator('input[name="sourceDate"]').fill(today);
    await admin.getByTestId('org-rating-save').click();
    await admin.getByTestId('kurva-violations').waitFor();
    expect(await admin.getByTestId('kurva-violation').count()).toBeGreaterThan(0);
    expect(await textOf(admin, 'kurva-rule')).toContain('Baik');
    await shotAll(admin, JOURNEY, '12-kurva-pelanggaran');

    // From the unrated list, the admin records one rating "atas nama" the penilai: the note is required.
    await admin.getByTestId('unrated-row').first().getByRole('link', { name: 'Buka penilaian' }).click();
    await admin.getByTestId('rating-panel').waitFor();
    await admin.getByTestId('rating-hasil-SESUAI').check();
    await admin.getByTestId('rating-perilaku-SESUAI').check();
    await admin.getByTestId('rating-save').click();
    expect(await textOf(admin, 'error-note')).toContain('atas nama');
    await shotView(admin, JOURNEY, '13-atas-nama-wajib-catatan');
    await admin
      .locator('textarea[name="note"]')
      .fill('Sesuai lembar penilaian bertanda tangan pejabat penilai.');
    await admin.getByTestId('rating-save').click();
    await admin.getByTestId('eval-notice').waitFor();
    expect(await textOf(admin, 'rating-meta')).toContain('atas nama');

    // Another is left out of the quarter (cuti), with a reason: neither rated nor counted in the kurva.
    await openNav(admin, 'Kurva Distribusi');
    await admin.getByTestId('unrated-row').first().getByRole('link', { name: 'Buka penilaian' }).click();
    await admin.getByTestId('exclude-open').click();
    await admin.getByTestId('exclude-reason-CUTI').check();
    await admin
      .locator('dialog textarea[name="note"]')
      .fill('Cuti melahirkan 1 Oktober s.d. 31 Desember 2026.');
    await admin.getByTestId('exclude-confirm').click();
    await admin.getByTestId('eval-excluded').waitFor();
    expect(await textOf(admin, 'eval-excluded')).toContain('Cuti');
    await shotView(admin, JOURNEY, '13a-dikecualikan');

    // Everyone else rated Baik (recorded atas nama their penilai): the kurva for Baik is still broken.
    expect(await rateEveryoneElse(admin, period.id)).toBe(38);
    await openNav(admin, 'Penilaian');
    await expect.poll(() => admin.getByTestId('evaluation-row').count()).toBe(41);
    await shotAll(admin, JOURNEY, '14-penilaian-semua-pegawai');
    await openNav(admin, 'Kurva Distribusi');
    await admin.getByTestId('finalisation-panel').waitFor();
    await expect.poll(() => admin.getByTestId('kurva-unrated').count()).toBe(0);
    expect(await textOf(admin, 'kurva-status')).toContain('1 dikecualikan');
    const violations = (await admin.getByTestId('kurva-violations').textContent()) ?? '';
    expect(violations).toContain('Butuh Perbaikan');
    await admin.getByTestId('finalise-open').click();
    expect(await textOf(admin, 'error-deviationReason')).toContain('alasan penyimpangan');
    await admin
      .locator('textarea[name="deviationReason"]')
      .fill('Seluruh pegawai memenuhi ekspektasi triwulan IV menurut lembar penilaian para pejabat penilai.');
    await admin.getByTestId('finalise-open').click();
    await shotView(admin, JOURNEY, '15-konfirmasi-finalisasi');
    await admin.getByTestId('finalise-confirm').click();
    await admin.getByTestId('finalised-banner').waitFor();
    expect(await admin.getByTestId('period-state').first().getAttribute('data-state')).toBe('FINAL');
    await admin.getByTestId('finalisation-item').first().locator('summary').click();
    expect(await textOf(admin, 'recap')).toContain('Rina Marlina');
    await shotAll(admin, JOURNEY, '16-final');

    // Rina's window still shows the open sheet: her next edit is refused with the backend's LOCKED message.
    await inputs.nth(empty).fill('13');
    await rina.keyboard.press('Enter');
    await rina.getByTestId('realisasi-locked').waitFor();
    expect(await textOf(rina, 'realisasi-locked')).toContain('sudah difinalisasi');
    await shotView(rina, JOURNEY, '17-realisasi-terkunci');
    await rina.reload();
    await rina.getByTestId('sheet-lock').waitFor();
    expect(await rina.locator('[data-cell^="real:"]').count()).toBe(0);
    expect(await textOf(rina, 'my-result')).toContain('Sangat Baik');
    await shotAll(rina, JOURNEY, '18-kinerja-saya-final');

    // HR reads any pegawai's realisasi from the Realisasi page; the finalised period is read-only there too.
    await openNav(admin, 'Realisasi');
    const skpSelect = admin.getByTestId('skp-select');
    await chooseOption(skpSelect, 'Rina Marlina');
    await admin.getByTestId('realisasi-grid').waitFor();
    await admin.getByTestId('sheet-lock').waitFor();
    expect(await admin.getByTestId('realisasi-row').count()).toBe(values.length);
    await shotAll(admin, JOURNEY, '19-realisasi-hr');

    // A correction reopens the period with a written reason; the finalised recap stays readable.
    await openNav(admin, 'Kurva Distribusi');
    await admin.getByTestId('reopen-open').click();
    await admin
      .locator('dialog textarea[name="reason"]')
      .fill('Rating satu pegawai salah rekam; diperbaiki sesuai lembar asli.');
    await admin.getByTestId('reopen-confirm').click();
    await expect
      .poll(() => admin.getByTestId('period-state').first().getAttribute('data-state'))
      .toBe('CORRECTION');
    await admin.getByTestId('finalisation-item').first().locator('summary').click();
    expect(await textOf(admin, 'recap')).toContain('salah rekam');
    await shotAll(admin, JOURNEY, '20-koreksi');

    // Beranda: the quarter's progress at a glance.
    await openNav(admin, 'Beranda');
    await admin.getByTestId('evaluation-progress').waitFor();
    expect(await textOf(admin, 'evaluation-progress')).toContain('41 / 41');
    await shotView(admin, JOURNEY, '21-beranda');
  }, 120_000);
});
