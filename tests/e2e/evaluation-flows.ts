import PDFDocument from 'pdfkit';
import type { Locator, Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { JourneyUser } from './skp-flows';

/**
 * Calls the web server's rpc from inside a signed-in page, with that page's session cookie: the setup a journey
 * needs but does not test (accounts, ratings of the other 40 pegawai) goes through the same dispatch and rules.
 */
export async function rpcIn<M extends MethodName>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<Result<MethodOutput<M>>> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sipka-Request': '1' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
      return (await response.json()) as Result<MethodOutput<M>>;
    },
    { method, input },
  );
}

export async function rpcOk<M extends MethodName>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await rpcIn(page, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data;
}

/** A PEGAWAI account linked to the pegawai named `user.employeeName`, created by the admin through rpc. */
export async function createAccount(admin: Page, user: JourneyUser): Promise<void> {
  const found = await rpcOk(admin, 'employees.list', { query: user.employeeQuery });
  const employee = found.rows.find((row) => row.fullName.includes(user.employeeName));
  if (!employee) throw new Error(`Pegawai ${user.employeeName} tidak ada di data contoh.`);
  await rpcOk(admin, 'users.create', {
    username: user.username,
    displayName: user.displayName,
    role: 'PEGAWAI',
    employeeId: employee.id,
    password: user.initial,
    passwordConfirm: user.initial,
  });
}

/** A real one-page PDF, as a bukti dukung scanned from the office printer would be. */
export function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Laporan Penyaluran Bantuan Sosial', { align: 'center' });
    doc.moveDown().fontSize(12).text(text);
    doc.end();
  });
}

/** What Ctrl+V of cells copied from a spreadsheet delivers: a paste event with tab/newline separated text. */
export async function pasteText(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * The admin records every still unrated pegawai of the period "atas nama" their pejabat penilai: all Baik, the
 * spread a kecamatan that rates everyone the same would have (and that the kurva for org rating Baik refuses).
 */
export async function rateEveryoneElse(admin: Page, periodId: number): Promise<number> {
  const list = await rpcOk(admin, 'evaluation.list', { periodId, scope: 'all' });
  let rated = 0;
  for (const row of list.rows) {
    if (row.evaluation.predikat !== null || row.evaluation.excludedReason !== null) continue;
    await rpcOk(admin, 'evaluation.rate', {
      skpId: row.skpId,
      periodId,
      version: row.evaluation.version,
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      note: 'Dicatat atas nama pejabat penilai dari lembar penilaian bertanda tangan.',
    });
    rated += 1;
  }
  return rated;
}
