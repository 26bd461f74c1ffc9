import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSetup, openNav } from './flows';
import {
  chooseOption,
  chooseYear,
  createLinkedUser,
  firstSignIn,
  settle,
  shotAll,
  shotView,
  signOut,
  typeIkiRow,
  typeRhk,
  type JourneyUser,
} from './skp-flows';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

const JOURNEY = 'skp';

/**
 * The demo office already has an approved 2026 plan for everyone, so the journey works in the next year: the
 * admin opens it, the camat's SKP is copied forward and approved, and the Kasi Kesejahteraan Rakyat plans hers
 * from scratch.
 */
const CAMAT: JourneyUser = {
  username: 'camat.hendro',
  displayName: 'Hendro Wicaksono',
  employeeQuery: 'Hendro',
  employeeName: 'Hendro Wicaksono',
  initial: 'Sandi-Awal-Camat-1',
  own: 'Sandi-Camat-Gayungan-2027',
};
const KASI: JourneyUser = {
  username: 'kasi.siti',
  displayName: 'Siti Nurhayati',
  employeeQuery: 'Siti Nur',
  employeeName: 'Siti Nurhayati',
  initial: 'Sandi-Awal-Kasi-1',
  own: 'Sandi-Kasi-Kesra-2027',
};

const CAMAT_C1 = 'Meningkatnya kualitas pelayanan publik dan administrasi kependudukan';
const CAMAT_C3 = 'Meningkatnya pemberdayaan masyarakat dan kesejahteraan sosial';
const RHK_1 = 'Tersalurkannya bantuan sosial tepat sasaran kepada warga Kecamatan Gayungan';
const RHK_2 = 'Terlayaninya surat keterangan kesejahteraan sosial bagi warga yang membutuhkan';
const RHK_T = 'Terlaksananya pendataan warga terdampak genangan di wilayah kecamatan';

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

async function status(page: Page): Promise<string | null> {
  return page.getByTestId('skp-status').getAttribute('data-status');
}

async function expectStatus(page: Page, wanted: string): Promise<void> {
  await expect.poll(() => status(page)).toBe(wanted);
}

/** The camat's queue: open the only SKP waiting, as the pejabat penilai reviews it. */
async function openFromQueue(page: Page): Promise<void> {
  await openNav(page, 'SKP');
  await page.getByTestId('nav-persetujuan').click();
  await expect.poll(() => page.getByTestId('queue-row').count()).toBe(1);
  await page.getByTestId('queue-row').click();
  await page.getByTestId('skp-submitted').waitFor();
}

describe('SKP planning in the browser', () => {
  it('plans, returns, approves, locks, revises and cascades an SKP', async () => {
    const nextYear = new Date().getFullYear() + 1;
    await completeSetup(admin, app.url, JOURNEY);

    // The admin gives the camat and the kasi their own accounts, linked to their pegawai records.
    await createLinkedUser(admin, CAMAT);
    await createLinkedUser(admin, KASI);
    await shotAll(admin, JOURNEY, '04-pengguna-camat-kasi');

    // A new tahun penilaian, triwulanan.
    await openNav(admin, 'SKP');
    await admin.getByRole('link', { name: 'Tahun penilaian' }).click();
    await admin.getByTestId('year-open').click();
    await admin.locator('dialog input[name="year"]').fill(String(nextYear));
    await admin.getByTestId('period-type-QUARTER').check();
    await shotView(admin, JOURNEY, '05-buka-tahun');
    await admin.getByTestId('year-open-save').click();
    await expect.poll(() => admin.getByTestId('year-card').count()).toBe(2);
    expect(await admin.getByTestId('year-card').first().textContent()).toContain('Triwulan IV');
    await shotAll(admin, JOURNEY, '06-tahun-penilaian');

    // The camat's SKP: copied forward from this year, submitted, approved "atas nama" (his atasan is outside SIPKA).
    await openNav(admin, 'SKP');
    await chooseYear(admin, nextYear);
    await expect.poll(() => admin.getByTestId('progress-BELUM_ADA').textContent()).toContain('41');
    await shotAll(admin, JOURNEY, '07-daftar-skp-tahun-baru');
    await admin.getByTestId('skp-search').fill('Hendro');
    await expect.poll(() => admin.getByTestId('skp-row').count()).toBe(1);
    await admin.getByTestId('skp-row').getByTestId('skp-create').click();
    await admin.getByTestId('create-start-copy').check();
    await admin.getByTestId('skp-create-save').click();
    await admin.getByTestId('skp-notice').waitFor();
    expect(await admin.getByTestId('skp-notice').textContent()).toContain('disalin');
    await expectStatus(admin, 'DRAFT');
    await admin.getByTestId('skp-submit').click();
    await admin.getByTestId('skp-submit-confirm').click();
    await expectStatus(admin, 'DIAJUKAN');
    await admin.getByTestId('skp-approve').click();
    await admin.getByTestId('skp-approve-confirm').click();
    expect(await admin.getByTestId('error-note').textContent()).toContain('atas nama');
    await admin.locator('dialog textarea[name="note"]').fill('Sesuai SKP bertanda tangan Sekretaris Daerah');
    await admin.getByTestId('skp-approve-confirm').click();
    await expectStatus(admin, 'DISETUJUI');
    await shotAll(admin, JOURNEY, '08-skp-camat-disetujui');

    // The kasi signs in and starts her own SKP of the new year.
    const kasi = await newPage(browser);
    await firstSignIn(kasi, app.url, KASI);
    await openNav(kasi, 'SKP');
    await chooseYear(kasi, nextYear);
    await kasi.getByRole('button', { name: 'Buat SKP saya' }).click();
    await kasi.getByTestId('create-start-empty').check();
    await shotView(kasi, JOURNEY, '09a-buat-skp');
    await kasi.getByTestId('skp-create-save').click();
    await expectStatus(kasi, 'DRAFT');
    await shotAll(kasi, JOURNEY, '09-skp-kasi-baru');

    // Two Utama RHK intervening the camat's RHK (only his RHK are offered), typed with the keyboard.
    const options = await kasi.getByTestId('rhk-add-UTAMA').isVisible();
    expect(options).toBe(true);
    const first = await typeRhk(kasi, 'UTAMA', {
      text: RHK_1,
      parent: CAMAT_C3,
      iki: [
        {
          aspect: 'KUANTITAS',
          indicator: 'Jumlah penerima bantuan sosial yang diverifikasi',
          target: '450',
          unit: 'Orang',
        },
        {
          aspect: 'KUALITAS',
          indicator: 'Persentase bantuan sosial yang tepat sasaran',
          target: '95-100',
          unit: '%',
        },
        {
          aspect: 'WAKTU',
          indicator: 'Waktu penyaluran sejak penetapan penerima',
          target: '14',
          unit: 'Hari',
        },
      ],
    });
    expect(await first.getByTestId('iki-row').count()).toBe(3);
    expect(await first.getByTestId('iki-row').nth(1).locator('[data-cell$=":target"]').inputValue()).toBe(
      '95 – 100',
    );
    // Ctrl+↑ moves the IKI row with the focus up (and keeps the focus in it); Ctrl+↓ moves it back.
    const waktuIndicator = first.getByTestId('iki-row').nth(2).locator('[data-cell$=":indicator"]');
    const waktuCell = await waktuIndicator.getAttribute('data-cell');
    await waktuIndicator.focus();
    await kasi.keyboard.press('Control+ArrowUp');
    await expect
      .poll(() => first.getByTestId('iki-row').nth(1).locator('[data-cell$=":aspect"]').inputValue())
      .toBe('WAKTU');
    await expect.poll(() => kasi.locator(':focus').getAttribute('data-cell')).toBe(waktuCell);
    await kasi.keyboard.press('Control+ArrowDown');
    await expect
      .poll(() => first.getByTestId('iki-row').nth(2).locator('[data-cell$=":aspect"]').inputValue())
      .toBe('WAKTU');
    await settle(kasi);
    const parentChoices = await first
      .locator('select[data-cell$=":parent"] option')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(parentChoices.filter((t) => !t.startsWith('—'))).toHaveLength(6);

    const second = await typeRhk(kasi, 'UTAMA', {
      text: RHK_2,
      parent: CAMAT_C1,
      iki: [
        {
          aspect: 'KUANTITAS',
          indicator: 'Jumlah surat keterangan yang diterbitkan',
          target: '600',
          unit: 'Surat',
        },
      ],
    });
    // A second row with a range typed the wrong way round: the message sits beside the target.
    await second.getByTestId('iki-row').nth(0).locator('[data-cell$=":unitOfMeasure"]').focus();
    await kasi.keyboard.press('Enter');
    await typeIkiRow(
      kasi,
      {
        aspect: 'KUALITAS',
        indicator: 'Persentase surat keterangan tanpa kesalahan',
        target: '100-90',
        unit: '%',
      },
      false,
    );
    await settle(kasi);
    const wrongTarget = second.getByTestId('iki-row').nth(1);
    await expect
      .poll(() => wrongTarget.locator('.field-save.is-error').textContent())
      .toContain('lebih besar');
    await wrongTarget.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotView(kasi, JOURNEY, '10-target-rentang-salah');
    await wrongTarget.locator('[data-cell$=":target"]').fill('90-100');
    await kasi.keyboard.press('Tab');
    await settle(kasi);
    expect(await wrongTarget.locator('.field-save.is-error').count()).toBe(0);
    // Without a waktu IKI the backend warns (it does not block).
    await expect.poll(() => second.getByTestId('rhk-issues').textContent()).toContain('aspek waktu');

    await typeRhk(kasi, 'TAMBAHAN', {
      text: RHK_T,
      parent: null,
      iki: [
        {
          aspect: 'KUANTITAS',
          indicator: 'Jumlah laporan pendataan warga terdampak',
          target: '2',
          unit: 'Laporan',
        },
      ],
    });
    for (const section of ['resources', 'accountability', 'consequences']) {
      await kasi.getByTestId(`lampiran-${section}`).getByTestId('lampiran-suggestion').first().click();
      await settle(kasi);
    }
    await shotAll(kasi, JOURNEY, '11-editor-skp-kasi');

    await kasi.getByTestId('skp-submit').click();
    expect(await kasi.locator('dialog[open]').textContent()).toContain('aspek waktu');
    await kasi.getByTestId('skp-submit-confirm').click();
    await expectStatus(kasi, 'DIAJUKAN');
    const kasiSkpUrl = kasi.url();

    // The camat returns it with a reason.
    const camat = await newPage(browser);
    await firstSignIn(camat, app.url, CAMAT);
    await openFromQueue(camat);
    await shotAll(camat, JOURNEY, '12-persetujuan-periksa');
    await camat.getByTestId('skp-return').click();
    await camat
      .locator('dialog textarea[name="reason"]')
      .fill('RHK utama 2 belum memiliki IKI aspek waktu: tambahkan waktu penerbitan surat keterangan.');
    await shotView(camat, JOURNEY, '12a-alasan-dikembalikan');
    await camat.getByTestId('skp-return-confirm').click();
    await camat.getByTestId('queue-notice').waitFor();
    expect(await camat.getByTestId('queue-row').count()).toBe(0);
    await shotAll(camat, JOURNEY, '13-dikembalikan');

    // The kasi sees the reason, adds the missing IKI (Enter in the last row adds one) and submits again. A
    // second window stays open on the draft.
    await kasi.reload();
    await kasi.getByTestId('skp-returned').waitFor();
    expect(await kasi.getByTestId('skp-returned').textContent()).toContain('aspek waktu');
    const otherWindow = await kasi.context().newPage();
    otherWindow.setDefaultTimeout(15_000);
    await otherWindow.goto(kasiSkpUrl);
    await expectStatus(otherWindow, 'DIKEMBALIKAN');
    const fix = kasi.getByTestId('rhk-group-UTAMA').getByTestId('rhk-card').nth(1);
    await fix.getByTestId('iki-row').nth(1).locator('[data-cell$=":unitOfMeasure"]').focus();
    await kasi.keyboard.press('Enter');
    await typeIkiRow(
      kasi,
      {
        aspect: 'WAKTU',
        indicator: 'Waktu penerbitan surat keterangan sejak berkas lengkap',
        target: '2',
        unit: 'Hari',
      },
      false,
    );
    await settle(kasi);
    await expect.poll(() => fix.getByTestId('rhk-issues').count()).toBe(0);
    await shotAll(kasi, JOURNEY, '14-diperbaiki');

    // The other window still holds the version before the fix: its next edit is a CONFLICT, offered a reload.
    const tambahanTarget = otherWindow
      .getByTestId('rhk-group-TAMBAHAN')
      .getByTestId('iki-row')
      .nth(0)
      .locator('[data-cell$=":target"]');
    await tambahanTarget.fill('3');
    await otherWindow.keyboard.press('Tab');
    await otherWindow.getByTestId('skp-stale').waitFor();
    await shotView(otherWindow, JOURNEY, '14a-diubah-di-jendela-lain');
    await otherWindow.getByTestId('skp-reload').click();
    await otherWindow.getByTestId('skp-stale').waitFor({ state: 'detached' });
    expect(await tambahanTarget.inputValue()).toBe('2');
    expect(
      await otherWindow
        .getByTestId('rhk-group-UTAMA')
        .getByTestId('rhk-card')
        .nth(1)
        .getByTestId('iki-row')
        .count(),
    ).toBe(3);
    await kasi.getByTestId('skp-submit').click();
    await kasi.getByTestId('skp-submit-confirm').click();
    await expectStatus(kasi, 'DIAJUKAN');

    // The camat approves.
    await openFromQueue(camat);
    await camat.getByTestId('skp-approve').click();
    await camat.getByTestId('skp-approve-confirm').click();
    await camat.getByTestId('queue-notice').waitFor();
    expect(await camat.getByTestId('queue-notice').textContent()).toContain('disetujui');

    // In the window still showing the draft, an edit now answers LOCKED, with "buat revisi" as the way forward.
    const staleTarget = otherWindow
      .getByTestId('rhk-group-UTAMA')
      .getByTestId('rhk-card')
      .nth(0)
      .getByTestId('iki-row')
      .nth(0)
      .locator('[data-cell$=":target"]');
    await staleTarget.fill('500');
    await otherWindow.keyboard.press('Tab');
    await otherWindow.getByTestId('skp-locked').waitFor();
    const lockedText = (await otherWindow.getByTestId('skp-locked').textContent()) ?? '';
    expect(lockedText).toContain('sudah disetujui');
    expect(lockedText).toContain('buat revisi');
    await expectStatus(otherWindow, 'DISETUJUI');
    await shotView(otherWindow, JOURNEY, '15-ubah-terkunci');

    // A revision: made with a reason, changed, submitted and approved; revision 1 stays readable.
    await otherWindow.getByTestId('locked-revise').click();
    await otherWindow
      .locator('dialog textarea[name="reason"]')
      .fill('Target penerima bantuan naik sesuai tambahan anggaran');
    await otherWindow.getByTestId('skp-revise-confirm').click();
    await expectStatus(otherWindow, 'DRAFT');
    expect(await otherWindow.getByTestId('skp-revision-info').textContent()).toContain('Revisi 2');
    await staleTarget.fill('500');
    await otherWindow.keyboard.press('Tab');
    await settle(otherWindow);
    await shotAll(otherWindow, JOURNEY, '16-revisi-2');
    await otherWindow.getByTestId('skp-submit').click();
    await otherWindow.getByTestId('skp-submit-confirm').click();
    await expectStatus(otherWindow, 'DIAJUKAN');

    await openFromQueue(camat);
    await camat.getByTestId('skp-approve').click();
    await camat.getByTestId('skp-approve-confirm').click();
    await camat.getByTestId('queue-notice').waitFor();

    await otherWindow.reload();
    await expectStatus(otherWindow, 'DISETUJUI');
    expect(await otherWindow.getByTestId('skp-revision-info').textContent()).toContain('Revisi 2 · berlaku');
    await chooseOption(otherWindow.getByTestId('revision-select'), 'Revisi 1');
    await otherWindow.getByTestId('skp-old-revision').waitFor();
    const oldFirstRow = otherWindow.getByTestId('rhk-card').nth(0).getByTestId('iki-row').nth(0);
    expect(await oldFirstRow.textContent()).toContain('450');
    await shotAll(otherWindow, JOURNEY, '17-revisi-1-terbaca');

    // The matrix: the camat's RHK as columns, his bawahan as rows; the kasi's RHK sit under C1 and C3.
    await openNav(camat, 'SKP');
    await chooseYear(camat, nextYear);
    await camat.getByRole('link', { name: /Matriks/ }).click();
    await camat.getByTestId('matrix').waitFor();
    const columns = await camat.getByTestId('matrix-column').allTextContents();
    const c1 = columns.findIndex((t) => t.includes(CAMAT_C1));
    const c3 = columns.findIndex((t) => t.includes(CAMAT_C3));
    expect(c1).toBeGreaterThanOrEqual(0);
    expect(c3).toBeGreaterThanOrEqual(0);
    const row = camat.getByTestId('matrix-row').filter({ hasText: 'Siti Nurhayati' });
    expect(await row.getByTestId('matrix-cell').nth(c1).textContent()).toContain(RHK_2);
    expect(await row.getByTestId('matrix-cell').nth(c3).textContent()).toContain(RHK_1);
    expect(await row.textContent()).toContain(RHK_T);
    expect(
      await camat.getByTestId('matrix-row').filter({ hasText: 'Bambang Sutrisno' }).textContent(),
    ).toContain('Belum ada SKP');
    await shotAll(camat, JOURNEY, '18-matriks');

    // The HR office reads the SKP's history.
    await admin.goto(kasiSkpUrl);
    await admin.getByRole('tab', { name: 'Riwayat perubahan' }).click();
    await expect.poll(() => admin.getByTestId('history-row').count()).toBeGreaterThan(1);
    await shotAll(admin, JOURNEY, '19-riwayat');

    const trail = app.backend.ctx.sqlite
      .prepare("SELECT note FROM audit_log WHERE entity_type = 'skp_revision' AND note <> '' ORDER BY id")
      .all() as { note: string }[];
    const notes = trail.map((t) => t.note).join('\n');
    expect(notes).toContain('Dikembalikan: RHK utama 2');
    expect(notes).toContain('Revisi 2: Target penerima bantuan');
    await signOut(camat);
  }, 300_000);
});
