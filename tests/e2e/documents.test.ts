import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/backend/documents/codes';
import { tempDir } from '../support/temp-dir';
import { completeSetup, openNav, selectByText } from './flows';
import { shotAll, shotView } from './skp-flows';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

const JOURNEY = 'documents';
const CODE_PATTERN = /^SKP-[0-9A-Z]{5}-[0-9A-Z]{5}$/;

let app: RunningApp;
let browser: Browser;
let page: Page;
let work: string;
/** What Chromium's fake camera shows: written once the printed code is known, read when the camera opens. */
let cameraFile: string;
let printedCode = '';

beforeAll(async () => {
  app = await startApp();
  work = tempDir('sipka-e2e-dokumen-');
  cameraFile = path.join(work, 'kamera.y4m');
  // The QR reader of Verifikasi Dokumen, fed with a printed QR instead of a real webcam.
  browser = await launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${cameraFile}`,
  ]);
  page = await newPage(browser);
  await completeSetup(page, app.url, JOURNEY);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function registerRows(): { code: string; signed_at: string | null; batch_id: string | null }[] {
  return app.backend.ctx.sqlite
    .prepare('SELECT code, signed_at, batch_id FROM printed_documents ORDER BY id')
    .all() as { code: string; signed_at: string | null; batch_id: string | null }[];
}

/** The first bytes of a same-origin URL as the page fetches it (with its session cookie). */
async function headOf(url: string): Promise<string> {
  return page.evaluate(async (target) => {
    const bytes = new Uint8Array(await (await fetch(target)).arrayBuffer());
    return String.fromCharCode(...bytes.slice(0, 5));
  }, url);
}

/** A 640×480 YUV 4:2:0 video of one QR code, in the y4m format Chromium's fake camera reads. */
async function writeQrVideo(file: string, text: string): Promise<void> {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const width = 640;
  const height = 480;
  const scale = Math.floor(360 / (size + 8));
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const row = (top + y * scale + dy) * width;
        luma.fill(16, row + left + x * scale, row + left + (x + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, frame, frame]));
}

/** A small "scan" of the signed paper: a white page with a dark signature stroke, as PNG. */
function scanPng(): Buffer {
  const png = new PNG({ width: 210, height: 297 });
  png.data.fill(255);
  for (let x = 40; x < 170; x += 1) {
    const y = 240 + Math.round(8 * Math.sin(x / 9));
    const at = (y * 210 + x) * 4;
    png.data[at] = png.data[at + 1] = png.data[at + 2] = 20;
  }
  return PNG.sync.write(png);
}

describe('printed documents', () => {
  it('prints an approved SKP: a new tab with the PDF, a download under its name, and the document code', async () => {
    await openNav(page, 'SKP');
    await page.getByTestId('skp-row').first().waitFor();
    await page.getByTestId('skp-row').first().click();
    await page.getByTestId('skp-approved').waitFor();

    const tab = page.context().waitForEvent('page');
    await page.getByTestId('skp-print').click();
    await page.getByTestId('print-result').waitFor();
    const opened = await tab;

    printedCode = (await page.getByTestId('print-code').textContent()) ?? '';
    expect(printedCode).toMatch(CODE_PATTERN);
    expect(registerRows().map((row) => row.code)).toContain(printedCode);

    const link = page.getByTestId('print-download');
    const fileName = (await link.getAttribute('download')) ?? '';
    expect(await page.getByTestId('print-result').textContent()).toContain(fileName);
    expect(fileName).toMatch(/^SKP_2026_\d{18}_[A-Za-z_]+\.pdf$/);
    // The new tab shows the same bytes the download link saves (a blob: URL of this page).
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^blob:/);
    expect(opened.url()).toBe(href);
    const download = page.waitForEvent('download');
    await link.click();
    const saved = await (await download).path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await shotView(page, JOURNEY, '05-skp-dicetak');
    await page.getByTestId('print-close').click();
  });

  it('prints an unapproved revision only as a DRAF, after asking', async () => {
    await page.getByTestId('skp-revise').click();
    await page.locator('dialog textarea[name="reason"]').fill('Penyesuaian target setelah perubahan tugas');
    await page.getByTestId('skp-revise-confirm').click();
    await expect.poll(() => page.getByTestId('skp-status').getAttribute('data-status')).toBe('DRAFT');

    const before = registerRows().length;
    await page.getByTestId('skp-print').click();
    await page.getByTestId('print-draft-dialog').waitFor();
    await shotView(page, JOURNEY, '06-tanya-draf');
    await page.getByTestId('print-draft-confirm').click();
    await page.getByTestId('print-result').waitFor();
    await expect.poll(() => page.getByRole('note').textContent()).toContain('DRAF');
    expect(registerRows()).toHaveLength(before + 1);
    await page.getByTestId('print-close').click();
    // Back to the approved plan for the rest of the journey.
    for (const p of page.context().pages()) if (p !== page) await p.close();
  });

  it('verifies the printed code: typed (Enter, as a scanner types it), malformed, unknown, and from the camera', async () => {
    await openNav(page, 'Verifikasi Dokumen');
    const input = page.getByTestId('verify-input');
    await input.fill(printedCode.toLowerCase().replace(/-/g, ' '));
    await input.press('Enter');
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-status')).toBe('CURRENT');
    expect(await page.getByTestId('verify-headline').textContent()).toBe('Cocok dengan data saat ini');
    expect(await result.textContent()).toContain(printedCode);
    await shotAll(page, JOURNEY, '07-verifikasi-cocok');

    await input.fill('bukan kode');
    await input.press('Enter');
    expect(await page.getByTestId('verify-error').textContent()).toContain(
      'Kode dokumen tidak dikenali bentuknya',
    );
    await shotView(page, JOURNEY, '08-verifikasi-salah-bentuk');

    await input.fill(generateCode('SKP'));
    await input.press('Enter');
    await expect.poll(() => result.getAttribute('data-status')).toBe('UNKNOWN');
    expect(await page.getByTestId('verify-headline').textContent()).toBe('Tidak dikenal');
    await shotView(page, JOURNEY, '09-verifikasi-tidak-dikenal');

    await writeQrVideo(cameraFile, printedCode);
    await input.fill('');
    await page.getByTestId('verify-camera').click();
    await page.getByTestId('camera-scanner').waitFor();
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toBe(printedCode);
    await expect.poll(() => result.getAttribute('data-status')).toBe('CURRENT');
    await shotView(page, JOURNEY, '10-verifikasi-kamera');
  });

  it('attaches the scan of the signed paper on Register Cetak, which then shows "Ditandatangani"', async () => {
    await openNav(page, 'Register Cetak');
    const row = page.getByTestId('register-row').filter({ hasText: printedCode });
    await row.waitFor();
    await page.getByTestId('unsigned-summary').waitFor();
    await shotAll(page, JOURNEY, '11-register-belum');
    await row.getByTestId('scan-file').setInputFiles({
      name: 'pindai-skp.png',
      mimeType: 'image/png',
      buffer: scanPng(),
    });
    await expect
      .poll(() => row.getByTestId('signed-badge').textContent())
      .toMatch(/^Ditandatangani \d{1,2} \w+ 2026$/);
    expect(registerRows().find((r) => r.code === printedCode)?.signed_at).not.toBeNull();
    await page.getByTestId('register-notice').waitFor();
    await shotAll(page, JOURNEY, '12-register-ditandatangani');

    await row.getByTestId('scan-view').click();
    await page.getByTestId('scan-preview').locator('img').waitFor();
    await shotView(page, JOURNEY, '13-pindaian');
    await page.keyboard.press('Escape');

    await page.locator('select[name="status"]').selectOption('signed');
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(1);
  });

  it('prints a unit in one batch with progress to the end, and cancels a whole-kecamatan batch', async () => {
    await openNav(page, 'Cetak Massal');
    await selectByText(page, 'unitId', 'Seksi Kesejahteraan Rakyat');
    await expect.poll(() => page.getByTestId('batch-count').textContent()).toMatch(/^\d+ dokumen/);
    await shotAll(page, JOURNEY, '14-cetak-massal');
    await page.getByTestId('batch-start').click();
    await page.getByTestId('batch-progress').waitFor();
    await page.getByTestId('batch-done').waitFor({ timeout: 60_000 });
    const download = page.getByTestId('print-download');
    expect(await download.getAttribute('download')).toMatch(/^SKP_2026_Seksi_Kesejahteraan_Rakyat\.pdf$/);
    expect(await headOf((await download.getAttribute('href')) ?? '')).toBe('%PDF-');
    await shotAll(page, JOURNEY, '15-cetak-massal-selesai');
    const batchRows = registerRows().filter((row) => row.batch_id !== null);
    expect(batchRows.length).toBeGreaterThan(0);

    await page.getByTestId('batch-again').click();
    await page.locator('select[name="unitId"]').selectOption('');
    await page.getByTestId('batch-kind-EVALUASI').check();
    await page.locator('select[name="periodId"]').selectOption({ index: 1 });
    await expect.poll(() => page.getByTestId('batch-count').textContent()).toMatch(/^\d+ dokumen/);
    await page.getByTestId('batch-start').click();
    await page.getByTestId('batch-cancel').waitFor();
    await shotView(page, JOURNEY, '16-cetak-massal-berjalan');
    await page.getByTestId('batch-cancel').click();
    await page.getByTestId('batch-cancelled').waitFor({ timeout: 60_000 });
    await shotAll(page, JOURNEY, '17-cetak-massal-batal');
    expect(registerRows().filter((row) => row.batch_id !== null)).toHaveLength(batchRows.length);
  });

  it('prints an evaluation and its cover from the penilaian screen, and the recap from Kurva Distribusi', async () => {
    const rated = app.backend.ctx.sqlite
      .prepare(
        `SELECT ev.skp_id AS skpId, ev.period_id AS periodId FROM evaluations ev
         JOIN periods p ON p.id = ev.period_id
         WHERE ev.predikat IS NOT NULL AND p.kind = 'QUARTER' ORDER BY p.number, ev.skp_id LIMIT 1`,
      )
      .get() as { skpId: number; periodId: number } | undefined;
    expect(rated, 'penilaian contoh dari data demo').toBeDefined();
    await page.goto(
      `${app.url}/#/penilaian/${rated!.skpId}?tahun=2026&periode=${rated!.periodId}&lingkup=all`,
    );

    await page.getByTestId('eval-print').click();
    await page.getByTestId('print-result').waitFor();
    expect(await page.getByTestId('print-code').textContent()).toMatch(/^EVK-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await shotView(page, JOURNEY, '18-cetak-evaluasi');
    await page.getByTestId('print-close').click();

    await page.getByTestId('eval-print-cover').click();
    await page.getByTestId('print-result').waitFor();
    expect(await page.getByTestId('print-code').textContent()).toMatch(/^DEK-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await page.getByTestId('print-close').click();

    await page.goto(`${app.url}/#/kurva?tahun=2026&periode=${rated!.periodId}`);
    await page.getByTestId('kurva-print').click();
    await page.getByTestId('print-result').waitFor();
    expect(await page.getByTestId('print-code').textContent()).toMatch(/^RKP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await shotView(page, JOURNEY, '19-cetak-rekap');
    await page.getByTestId('print-close').click();
    for (const p of page.context().pages()) if (p !== page) await p.close();
  });
});
