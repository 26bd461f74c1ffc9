import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { NOT_EVIDENCE_MESSAGE } from '../../electron/backend/realisasi/detect';
import { demoChartPng, demoPdf } from '../../electron/backend/seed/demo-files';
import { fileTypeFromBuffer } from 'file-type';
import { finalise, ikiLineages, realisasiOffice, type RealisasiOffice } from './realisasi-fixture';

function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(14).text(text);
    doc.end();
  });
}

function pngBytes(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = (i / 4) % 256;
    png.data[i + 1] = 120;
    png.data[i + 2] = 200;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;
const DOCX_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Notulen rapat</w:t></w:r></w:p></w:body></w:document>`;

/** A minimal Word document: what a docx is (a zip of these three parts), made with yazl. */
function docxBytes(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(DOCX_TYPES), '[Content_Types].xml');
    zip.addBuffer(Buffer.from(DOCX_RELS), '_rels/.rels');
    zip.addBuffer(Buffer.from(DOCX_BODY), 'word/document.xml');
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** The header of a Compound File (Word 97–2003 and friends), padded to one sector. */
function cfbBytes(): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  return bytes;
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

let o: RealisasiOffice;
let ref: { skpId: number; periodId: number };
let lineage: number;

beforeAll(async () => {
  o = await realisasiOffice();
  ref = { skpId: o.staffSkp.id, periodId: o.q1.id };
  lineage = ikiLineages(o.staffSkp)[0]!;
});

function storedPath(sha256: string): string {
  return path.join(o.t.dataDir, 'files', sha256.slice(0, 2), sha256);
}

describe('bukti dukung files', () => {
  it('keeps a PDF, a PNG, a Word and a legacy Office file by their SHA-256, and gives their bytes back', async () => {
    const pdf = await pdfBytes('Laporan kegiatan Triwulan I');
    const png = pngBytes(40, 30);
    const docx = await docxBytes();
    const cases = [
      { fileName: 'laporan.pdf', bytes: pdf, mimeType: 'application/pdf', previewable: true },
      { fileName: 'C:\\Dokumen\\foto kegiatan.PNG', bytes: png, mimeType: 'image/png', previewable: true },
      {
        fileName: 'notulen.docx',
        bytes: docx,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        previewable: false,
      },
      { fileName: 'rekap lama.doc', bytes: cfbBytes(), mimeType: 'application/msword', previewable: false },
    ];
    let sheet = await o.staffUser.ok('realisasi.sheet', ref);
    for (const file of cases) {
      sheet = await o.staffUser.ok('evidence.addFile', {
        ...ref,
        ikiLineageId: lineage,
        fileName: file.fileName,
        contentBase64: b64(file.bytes),
      });
    }
    const evidence = sheet.rhk[0]!.iki[0]!.evidence;
    expect(evidence.map((e) => [e.fileName, e.mimeType, e.previewable, e.intact, e.size])).toEqual(
      cases.map((c) => [
        c.fileName.replace('C:\\Dokumen\\', ''),
        c.mimeType,
        c.previewable,
        true,
        c.bytes.length,
      ]),
    );
    expect(evidence[0]).toMatchObject({ kind: 'FILE', addedBy: 'staf', url: null });
    for (const [index, row] of evidence.entries()) {
      expect(fs.readFileSync(storedPath(row.sha256!))).toEqual(cases[index]!.bytes);
      const content = await o.kasiUser.ok('evidence.content', { ...ref, evidenceId: row.id });
      expect(Buffer.from(content.base64, 'base64')).toEqual(cases[index]!.bytes);
      expect(content).toMatchObject({ mimeType: cases[index]!.mimeType, intact: true });
    }
    const audit = await o.t.ok('audit.list', { entityType: 'evidence', pageSize: 10 });
    expect(audit.rows[0]!.changes).toMatchObject({ sha256: { to: evidence[3]!.sha256 } });
  });

  it('judges the content, not the name: text named .pdf, a program named .pdf, a PNG named .pdf', async () => {
    const before = o.t.count('evidence');
    const text = await o.staffUser.err('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'laporan.pdf',
      contentBase64: b64(Buffer.from('Ini hanya teks biasa, bukan PDF.\n')),
    });
    expect(text).toMatchObject({ code: 'VALIDATION', message: NOT_EVIDENCE_MESSAGE });
    expect(text.message.startsWith('Isi berkas bukan PDF, gambar, atau dokumen perkantoran')).toBe(true);
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'ascii');
    const program = await o.staffUser.err('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'laporan.pdf',
      contentBase64: b64(exe),
    });
    expect(program.message).toBe(NOT_EVIDENCE_MESSAGE);
    const renamed = await o.staffUser.err('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'laporan.pdf',
      contentBase64: b64(pngBytes(4, 4)),
    });
    expect(renamed.message).toBe(
      'Isi berkas adalah PNG, tetapi namanya berakhiran .pdf. Ganti nama berkas sesuai isinya, lalu unggah lagi.',
    );
    const garbage = await o.staffUser.err('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'a.pdf',
      contentBase64: 'bukan base64!',
    });
    expect(garbage.message).toContain('Isi berkas tidak terbaca');
    expect(o.t.count('evidence')).toBe(before);
    // A name without an extension takes the one its content has.
    const sheet = await o.staffUser.ok('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'foto',
      contentBase64: b64(pngBytes(5, 5)),
    });
    expect(sheet.rhk[0]!.iki[0]!.evidence.at(-1)!.fileName).toBe('foto.png');
  });

  it('refuses a file over the size set in Pengaturan, naming the limit', async () => {
    const settings = await o.t.ok('settings.get', {});
    expect(settings.evidenceMaxMb).toBe(20);
    await o.t.ok('settings.update', { ...settings, evidenceMaxMb: 1 });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.alloc(1024 * 1024 + 100, 0x20)]);
    const error = await o.staffUser.err('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'besar.pdf',
      contentBase64: b64(big),
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: 'Berkas terlalu besar (1 MB). Ukuran berkas bukti dukung paling besar 1 MB.',
    });
    expect((await o.staffUser.ok('realisasi.sheet', ref)).evidenceMaxBytes).toBe(1024 * 1024);
    const tooHigh = await o.t.err('settings.update', { ...settings, evidenceMaxMb: 26 });
    expect(tooHigh.fields).toHaveProperty('evidenceMaxMb');
    await o.t.ok('settings.update', { ...settings, evidenceMaxMb: 20 });
  });

  it('flags a stored file whose bytes were changed or that went missing', async () => {
    const bytes = await pdfBytes('Daftar hadir');
    let sheet = await o.staffUser.ok('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'daftar-hadir.pdf',
      contentBase64: b64(bytes),
    });
    const row = sheet.rhk[0]!.iki[0]!.evidence.at(-1)!;
    const file = storedPath(row.sha256!);
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 20] ^= 0xff;
    fs.writeFileSync(file, tampered);
    sheet = await o.staffUser.ok('realisasi.sheet', ref);
    expect(sheet.rhk[0]!.iki[0]!.evidence.find((e) => e.id === row.id)!.intact).toBe(false);
    expect((await o.staffUser.ok('evidence.content', { ...ref, evidenceId: row.id })).intact).toBe(false);
    // Uploading the original again repairs the stored copy.
    await o.staffUser.ok('evidence.addFile', {
      ...ref,
      ikiLineageId: lineage,
      fileName: 'daftar-hadir.pdf',
      contentBase64: b64(bytes),
    });
    expect(fs.readFileSync(file)).toEqual(bytes);
    fs.rmSync(file);
    sheet = await o.staffUser.ok('realisasi.sheet', ref);
    expect(sheet.rhk[0]!.iki[0]!.evidence.find((e) => e.id === row.id)!.intact).toBe(false);
    const missing = await o.staffUser.err('evidence.content', { ...ref, evidenceId: row.id });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('keeps a file two entries share until the last is removed, then deletes it', async () => {
    const bytes = pngBytes(7, 7);
    const add = () =>
      o.staffUser.ok('evidence.addFile', {
        ...ref,
        periodId: o.q2.id,
        ikiLineageId: lineage,
        fileName: 'bersama.png',
        contentBase64: b64(bytes),
      });
    await add();
    const sheet = await add();
    const [first, second] = sheet.rhk[0]!.iki[0]!.evidence;
    expect(first!.sha256).toBe(second!.sha256);
    const file = storedPath(first!.sha256!);
    await o.kasiUser.ok('evidence.remove', { ...ref, periodId: o.q2.id, evidenceId: first!.id });
    await new Promise((resolve) => setImmediate(resolve));
    expect(fs.existsSync(file)).toBe(true);
    const after = await o.t.ok('evidence.remove', { ...ref, periodId: o.q2.id, evidenceId: second!.id });
    expect(after.rhk[0]!.iki[0]!.evidence).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fs.existsSync(file)).toBe(false);
    const gone = await o.t.err('evidence.remove', { ...ref, periodId: o.q2.id, evidenceId: second!.id });
    expect(gone.code).toBe('NOT_FOUND');
  });
});

describe('bukti dukung links and locks', () => {
  it('takes http and https links only, and shows them with their title', async () => {
    const sheet = await o.staffUser.ok('evidence.addLink', {
      ...ref,
      periodId: o.q3.id,
      ikiLineageId: lineage,
      url: 'https://drive.contoh.go.id/folder/123',
      title: 'Foto kegiatan',
    });
    expect(sheet.rhk[0]!.iki[0]!.evidence).toMatchObject([
      { kind: 'LINK', title: 'Foto kegiatan', url: 'https://drive.contoh.go.id/folder/123', intact: true },
    ]);
    for (const url of ['ftp://contoh.go.id/a', 'javascript:alert(1)', 'drive.contoh.go.id']) {
      const error = await o.staffUser.err('evidence.addLink', { ...ref, ikiLineageId: lineage, url });
      expect(error.message).toBe('Tautan harus diawali http:// atau https://');
    }
    const linkId = sheet.rhk[0]!.iki[0]!.evidence[0]!.id;
    const content = await o.staffUser.err('evidence.content', {
      ...ref,
      periodId: o.q3.id,
      evidenceId: linkId,
    });
    expect(content.message).toContain('berupa tautan');
  });

  it('refuses another pegawai, an IKI not in force, and every change once the period is finalised', async () => {
    const png = b64(pngBytes(3, 3));
    const kasiRef = { skpId: o.kasiSkp.id, periodId: o.q1.id, ikiLineageId: ikiLineages(o.kasiSkp)[0]! };
    const forbidden = await o.staffUser.err('evidence.addFile', {
      ...kasiRef,
      fileName: 'a.png',
      contentBase64: png,
    });
    expect(forbidden.code).toBe('FORBIDDEN');
    const foreign = await o.t.err('evidence.addFile', {
      ...ref,
      ikiLineageId: kasiRef.ikiLineageId,
      fileName: 'a.png',
      contentBase64: png,
    });
    expect(foreign.message).toContain('tidak ada dalam SKP yang berlaku');

    const locked = { ...ref, periodId: o.q4.id };
    const sheet = await o.staffUser.ok('evidence.addFile', {
      ...locked,
      ikiLineageId: lineage,
      fileName: 'a.png',
      contentBase64: png,
    });
    const evidenceId = sheet.rhk[0]!.iki[0]!.evidence[0]!.id;
    finalise(o, o.q4.id);
    const count = o.t.count('evidence');
    for (const error of [
      await o.staffUser.err('evidence.addFile', {
        ...locked,
        ikiLineageId: lineage,
        fileName: 'b.png',
        contentBase64: png,
      }),
      await o.staffUser.err('evidence.addLink', {
        ...locked,
        ikiLineageId: lineage,
        url: 'https://contoh.go.id',
      }),
      await o.t.err('evidence.remove', { ...locked, evidenceId }),
    ]) {
      expect(error.code).toBe('LOCKED');
      expect(error.message).toContain('sudah difinalisasi');
    }
    expect(o.t.count('evidence')).toBe(count);
    expect((await o.staffUser.ok('evidence.content', { ...locked, evidenceId })).intact).toBe(true);
  });
});

describe('demo files', () => {
  it('are a real PDF and a real PNG', async () => {
    const pdf = demoPdf(
      'Laporan Triwulan I 2026',
      ['Siti Rahma – Pengadministrasi · NIP 1', 'Realisasi: 12 (Dokumen)'],
      new Date('2026-03-27T02:00:00Z'),
    );
    expect(await fileTypeFromBuffer(pdf)).toMatchObject({ ext: 'pdf' });
    expect(pdf.toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
    const xref = Number(/startxref\n(\d+)/.exec(pdf.toString('latin1'))![1]);
    expect(pdf.subarray(xref, xref + 4).toString()).toBe('xref');
    const png = demoChartPng([0.5, 1, 1.2]);
    expect(await fileTypeFromBuffer(png)).toMatchObject({ ext: 'png' });
    expect(PNG.sync.read(png)).toMatchObject({ width: 160, height: 96 });
  });
});
