import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../electron/backend/documents/codes';
import type { SkpDetail } from '../../shared/ipc/methods/skp';
import { tempDir } from './helpers';
import { addRhk, approvedCamatSkp, skpOffice, type SkpOffice } from './skp-fixture';

const CODE = /^SKP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

let o: SkpOffice;
let camatSkp: SkpDetail;

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** A draft SKP of the kasi (under the camat), never submitted. */
async function draftKasiSkp(): Promise<SkpDetail> {
  const existing = (await o.t.ok('skp.list', { yearId: o.year.id, query: 'Bambang' })).rows[0]?.skpId;
  if (existing) return o.t.ok('skp.get', { skpId: existing });
  const skp = await o.t.ok('skp.create', { employeeId: o.ids.kasi, yearId: o.year.id });
  return addRhk(o.t, skp, 'Tertib administrasi pemerintahan', camatSkp.rhk[0]!.id);
}

beforeAll(async () => {
  o = await skpOffice();
  camatSkp = await approvedCamatSkp(o);
});

describe('documents.print', () => {
  it('writes the PDF to the chosen path atomically, with a register row and an audit entry', async () => {
    const dir = tempDir('sipka-print-');
    const target = path.join(dir, 'SKP camat.pdf');
    const printed = await o.t.ok('documents.print', {
      request: { kind: 'SKP', skpId: camatSkp.id },
      targetPath: target,
    });
    expect(printed).toMatchObject({ path: target, base64: null, draft: false });
    expect(printed.code).toMatch(CODE);
    expect(printed.fileName).toMatch(/^SKP_2026_198609262015051001_\w*Hendro_Wicaksono\w*\.pdf$/);
    expect(fs.readdirSync(dir)).toEqual(['SKP camat.pdf']);
    const bytes = fs.readFileSync(target);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(target)).toContain(printed.code);

    const page = await o.t.ok('documents.register.list', { kind: 'SKP' });
    expect(page.rows.find((r) => r.id === printed.registerId)).toMatchObject({
      code: printed.code,
      kind: 'SKP',
      employeeId: o.ids.camat,
      employeeName: 'Drs. Hendro Wicaksono, M.Si.',
      unitName: 'Kecamatan Uji',
      year: 2026,
      periodLabel: null,
      recordRevision: 1,
      draft: false,
      printedBy: 'Admin Kepegawaian',
      signedAt: null,
    });
    const audit = await o.t.ok('audit.list', {
      entityType: 'printed_document',
      entityId: String(printed.registerId),
    });
    expect(audit.rows[0]).toMatchObject({ action: 'CREATE', method: 'documents.print' });
    expect(audit.rows[0]!.changes.code).toEqual({ to: printed.code });

    // The next save dialog opens in the folder this user saved to.
    const prepared = await o.t.ok('documents.prepare', { request: { kind: 'SKP', skpId: camatSkp.id } });
    expect(prepared).toMatchObject({
      draftOnly: false,
      defaultPath: path.join(dir, printed.fileName),
      fileName: printed.fileName,
    });
  });

  it('returns the PDF as base64 when no path is given (web build)', async () => {
    const printed = await o.t.ok('documents.print', { request: { kind: 'SKP', skpId: camatSkp.id } });
    expect(printed.path).toBeNull();
    const bytes = Buffer.from(printed.base64!, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(tempDir('sipka-b64-'), 'x.pdf');
    fs.writeFileSync(file, bytes);
    expect(pdfText(file)).toContain('SASARAN KINERJA PEGAWAI');
  });

  it('refuses bad targets and missing records with a clear message, writing nothing', async () => {
    const before = o.t.count('printed_documents');
    const relative = await o.t.err('documents.print', {
      request: { kind: 'SKP', skpId: camatSkp.id },
      targetPath: 'dokumen.pdf',
    });
    expect(relative).toMatchObject({ code: 'VALIDATION' });
    const notPdf = await o.t.err('documents.print', {
      request: { kind: 'SKP', skpId: camatSkp.id },
      targetPath: path.join(tempDir(), 'dokumen.txt'),
    });
    expect(notPdf.message).toBe('Simpan dokumen sebagai berkas .pdf.');
    const noFolder = await o.t.err('documents.print', {
      request: { kind: 'SKP', skpId: camatSkp.id },
      targetPath: path.join(tempDir(), 'tidak-ada', 'dokumen.pdf'),
    });
    expect(noFolder.message).toContain('tidak ditemukan');
    const missing = await o.t.err('documents.print', { request: { kind: 'SKP', skpId: 999_999 } });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'SKP tidak ditemukan.' });
    const badKind = await o.t.call('documents.print', { request: { kind: 'SURAT', skpId: 1 } } as never);
    expect(badKind).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(o.t.count('printed_documents')).toBe(before);
  });

  it('prints an unapproved SKP only as a draft, on request, and never takes a signed scan for it', async () => {
    const kasiSkp = await draftKasiSkp();
    const request = { kind: 'SKP' as const, skpId: kasiSkp.id };
    expect(await o.t.ok('documents.prepare', { request })).toMatchObject({ draftOnly: true });
    const refused = await o.t.err('documents.print', { request });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/draf\?$/i);
    expect(refused.fields?.draft).toBe(refused.message);
    const draft = await o.t.ok('documents.print', { request, draft: true });
    expect(draft.draft).toBe(true);
    expect(Buffer.from(draft.base64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const row = (await o.t.ok('documents.register.list', { query: draft.code })).rows[0];
    expect(row).toMatchObject({ code: draft.code, draft: true });
    const verified = await o.t.ok('documents.verify', { text: draft.code });
    expect(verified).toMatchObject({ status: 'CURRENT' });
    expect(verified.message).toContain('DRAF');
    const scan = await o.t.err('documents.attachScan', {
      registerId: draft.registerId,
      fileName: 'ttd.pdf',
      contentBase64: draft.base64!,
    });
    expect(scan.code).toBe('CONFLICT');
  });
});

describe('documents.verify', () => {
  it('tells current from superseded after a revision is approved, and catches a QR with a wrong digest', async () => {
    const o2 = await skpOffice();
    let skp = await approvedCamatSkp(o2);
    const printed = await o2.t.ok('documents.print', { request: { kind: 'SKP', skpId: skp.id } });
    // Typed from paper: lower case, spaces for dashes, O for 0 and l for 1.
    const typed = printed.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const current = await o2.t.ok('documents.verify', { text: typed });
    expect(current).toMatchObject({ status: 'CURRENT', code: printed.code, currentRevision: null });
    expect(current.document).toMatchObject({
      title: printed.title,
      employeeName: 'Drs. Hendro Wicaksono, M.Si.',
      recordRevision: 1,
      printedBy: 'Admin Kepegawaian',
      signedAt: null,
    });

    skp = await o2.t.ok('skp.revise', { skpId: skp.id, version: skp.version, reason: 'Tambah RHK' });
    skp = await addRhk(o2.t, skp, 'Terselenggaranya pelayanan terpadu kecamatan', null, 'UTAMA', 'RHK Sekda');
    // A revision in progress is not in force yet: the printed paper still matches.
    expect((await o2.t.ok('documents.verify', { text: printed.code })).status).toBe('CURRENT');
    skp = await o2.t.ok('skp.submit', { skpId: skp.id, version: skp.version });
    await o2.t.ok('skp.approve', { skpId: skp.id, version: skp.version, note: 'Disetujui Sekda' });
    const superseded = await o2.t.ok('documents.verify', { text: printed.code });
    expect(superseded).toMatchObject({ status: 'SUPERSEDED', currentRevision: 2 });
    expect(superseded.message).toContain('revisi 1');
    expect(superseded.message).toContain('revisi 2');

    const digest = o2.t.backend.ctx.sqlite
      .prepare('SELECT digest FROM printed_documents WHERE code = ?')
      .pluck()
      .get(printed.code) as string;
    const qr = await o2.t.ok('documents.verify', { text: `SIPKA|${printed.code}|${digest}` });
    expect(qr.status).toBe('SUPERSEDED');
    const forged = digest.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const tampered = await o2.t.ok('documents.verify', { text: `SIPKA|${printed.code}|${forged}` });
    expect(tampered).toMatchObject({ status: 'TAMPERED', document: { code: printed.code } });

    // Reprinted now: the new paper is current.
    const reprint = await o2.t.ok('documents.print', { request: { kind: 'SKP', skpId: skp.id } });
    expect(await o2.t.ok('documents.verify', { text: reprint.code })).toMatchObject({
      status: 'CURRENT',
      document: { recordRevision: 2 },
    });
    const events = await o2.t.ok('audit.list', {
      entityType: 'printed_document',
      method: 'documents.verify',
    });
    expect(events.rows.map((r) => r.note)).toContain(`Verifikasi ${printed.code}: QR tidak cocok`);
  });

  it('says plainly when a code is malformed or unknown', async () => {
    const unknown = generateCode('EVALUASI');
    expect(await o.t.ok('documents.verify', { text: unknown })).toMatchObject({
      status: 'UNKNOWN',
      code: unknown,
      document: null,
      message: 'Tidak ada dokumen dengan kode ini di register SIPKA.',
    });
    for (const text of [
      'ABC',
      'SKP-12345',
      'XYZ-7K3M9-QXD2A',
      'SIPKA|SKP-7K3M9-QXD2A|1234',
      'SKP-UUUUU-UUUUU',
    ]) {
      const error = await o.t.err('documents.verify', { text });
      expect(error.code, text).toBe('VALIDATION');
      expect(error.message).toMatch(/^Kode dokumen tidak dikenali bentuknya/);
    }
    // One character mistyped: the check character catches it before the register is asked.
    const printed = await o.t.ok('documents.print', { request: { kind: 'SKP', skpId: camatSkp.id } });
    const last = printed.code.slice(-1);
    const typo = printed.code.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
    expect((await o.t.err('documents.verify', { text: typo })).code).toBe('VALIDATION');
  });
});

describe('documents permissions', () => {
  it('lets a pegawai print their own SKP and a penilai their bawahan’s, nothing else', async () => {
    const own = await o.camatUser.ok('documents.print', { request: { kind: 'SKP', skpId: camatSkp.id } });
    expect(own.code).toMatch(CODE);
    const kasiSkp = await draftKasiSkp();
    const below = await o.camatUser.ok('documents.print', {
      request: { kind: 'SKP', skpId: kasiSkp.id },
      draft: true,
    });
    expect(below.draft).toBe(true);
    const above = await o.kasiUser.err('documents.print', { request: { kind: 'SKP', skpId: camatSkp.id } });
    expect(above.code).toBe('FORBIDDEN');
    const other = await o.staffUser.err('documents.prepare', {
      request: { kind: 'SKP', skpId: camatSkp.id },
    });
    expect(other.code).toBe('FORBIDDEN');
    const periodId = (await o.t.ok('years.get', { id: o.year.id })).periods[0]!.id;
    const rekap = await o.camatUser.err('documents.print', {
      request: { kind: 'REKAP', unitId: o.units.kec.id, periodId },
    });
    expect(rekap.code).toBe('FORBIDDEN');
    expect((await o.staffUser.err('documents.register.list', {})).code).toBe('FORBIDDEN');
    expect(await o.staffUser.ok('documents.verify', { text: own.code })).toMatchObject({ status: 'CURRENT' });
    expect((await o.operator.ok('documents.verify', { text: own.code })).status).toBe('CURRENT');
  });
});

describe('signed scans', () => {
  it('attaches a PDF or image scan, refuses a text file named .pdf, and counts what is still unsigned', async () => {
    const o3 = await skpOffice();
    const skp = await approvedCamatSkp(o3);
    const year = o3.year.id;
    const first = await o3.t.ok('documents.print', { request: { kind: 'SKP', skpId: skp.id } });
    const reprint = await o3.t.ok('documents.print', { request: { kind: 'SKP', skpId: skp.id } });
    expect(await o3.t.ok('documents.register.unsignedSummary', { yearId: year })).toEqual([
      {
        unitId: o3.units.kec.id,
        unitName: 'Kecamatan Uji',
        periodId: null,
        periodLabel: 'SKP 2026',
        kind: 'SKP',
        printed: 1,
        unsigned: 1,
      },
    ]);
    expect((await o3.t.ok('documents.register.list', { status: 'unsigned' })).total).toBe(2);

    const fake = await o3.t.err('documents.attachScan', {
      registerId: first.registerId,
      fileName: 'ttd.pdf',
      contentBase64: Buffer.from('bukan pdf, hanya teks').toString('base64'),
    });
    expect(fake).toMatchObject({ code: 'VALIDATION' });
    expect(fake.message).toContain('bukan PDF atau gambar');
    const misnamed = await o3.t.err('documents.attachScan', {
      registerId: first.registerId,
      fileName: 'ttd.png',
      contentBase64: first.base64!,
    });
    expect(misnamed.message).toContain('berakhiran .png');

    const scanBytes = Buffer.from(first.base64!, 'base64');
    const signed = await o3.t.ok('documents.attachScan', {
      registerId: first.registerId,
      fileName: 'C:\\Pindai\\SKP ttd.pdf',
      contentBase64: first.base64!,
    });
    expect(signed).toMatchObject({ signedScanName: 'SKP ttd.pdf', signedScanMime: 'application/pdf' });
    expect(signed.signedAt).not.toBeNull();
    const content = await o3.t.ok('documents.scanContent', { registerId: first.registerId });
    expect(Buffer.from(content.base64, 'base64').equals(scanBytes)).toBe(true);
    const stored = fs.readdirSync(path.join(o3.t.dataDir, 'files'), { recursive: true });
    expect(stored.length).toBeGreaterThan(0);

    // The reprint of the same revision counts as signed too: the record is off the "not yet signed" list.
    expect((await o3.t.ok('documents.register.unsignedSummary', { yearId: year }))[0]).toMatchObject({
      printed: 1,
      unsigned: 0,
    });
    expect((await o3.t.ok('documents.register.list', { status: 'unsigned' })).total).toBe(0);
    expect((await o3.t.ok('documents.register.list', { status: 'signed' })).rows.map((r) => r.code)).toEqual([
      first.code,
    ]);
    expect(await o3.t.ok('documents.verify', { text: first.code })).toMatchObject({
      document: { signedAt: signed.signedAt },
    });

    const png = new PNG({ width: 4, height: 4 });
    const image = await o3.t.ok('documents.attachScan', {
      registerId: reprint.registerId,
      fileName: 'pindaian',
      contentBase64: PNG.sync.write(png).toString('base64'),
    });
    expect(image).toMatchObject({ signedScanName: 'pindaian.png', signedScanMime: 'image/png' });
    const noScan = await o3.t.err('documents.scanContent', { registerId: 999_999 });
    expect(noScan.code).toBe('NOT_FOUND');
  });
});

describe('speed', () => {
  it('prints one document from the call to the file on disk quickly (median of 20)', async () => {
    const dir = tempDir('sipka-speed-');
    const times: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const started = performance.now();
      await o.t.ok('documents.print', {
        request: { kind: 'SKP', skpId: camatSkp.id },
        targetPath: path.join(dir, `skp-${i}.pdf`),
      });
      if (i > 0) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`documents.print → file: median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
    expect(median).toBeLessThan(1000);
  });
});
