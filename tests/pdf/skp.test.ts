import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_VALUES } from '../../shared/domain/behaviour';
import { formatDateId } from '../../shared/domain/dates';
import { formAudienceLine, formatNipForPrint } from '../../shared/domain/documents';
import { ASPECT_LABELS } from '../../shared/domain/skp';
import type { PersonSnapshot } from '../../shared/ipc/methods/skp';
import { TEST_OFFICE } from '../backend/helpers';
import {
  decodeQr,
  keepPng,
  layoutText,
  normalize,
  openDemo,
  pageCount,
  pagePng,
  printOne,
  STAMP,
  pageTexts,
  type Demo,
} from './support';

let demo: Demo;
let skpId: number;

beforeAll(async () => {
  demo = await openDemo();
  // A pegawai whose pejabat penilai has an atasan too, with a Tambahan RHK (in the demo: a PPPK, NI PPPK).
  skpId = demo.row<{ id: number }>(
    `SELECT s.id FROM skps s JOIN employees e ON e.id = s.employee_id JOIN employees a ON a.id = e.supervisor_id
     WHERE a.supervisor_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM skp_rhk r WHERE r.revision_id = s.approved_revision_id AND r.rhk_group = 'TAMBAHAN')
     ORDER BY s.id LIMIT 1`,
  ).id;
});

function expectPerson(all: string, person: PersonSnapshot) {
  for (const value of [
    person.fullName,
    formatNipForPrint(person.nip),
    person.pangkatGolongan,
    person.positionName,
    person.unitName,
  ]) {
    expect(all, value).toContain(normalize(value));
  }
}

describe('SKP document', () => {
  it('prints every field of the approved SKP and its Lampiran, from the snapshots', async () => {
    const detail = await demo.t.ok('skp.get', { skpId });
    const { content, pdf } = await printOne(demo, { kind: 'SKP', skpId });
    expect(content.isDraft).toBe(false);
    expect(content.fileName).toMatch(
      new RegExp(`^SKP_${detail.year.year}_${detail.employee.nip}_[A-Za-z_]+\\.pdf$`),
    );
    const all = pageTexts(pdf).join(' ');
    const has = (text: string) => expect(all, text).toContain(normalize(text));

    // Kop from the settings (no letterhead lines: instansi, office, address).
    has(TEST_OFFICE.instansiName.toUpperCase());
    has(TEST_OFFICE.officeName.toUpperCase());
    has(TEST_OFFICE.address);
    has('SASARAN KINERJA PEGAWAI');
    has('PENDEKATAN HASIL KERJA KUANTITATIF');
    has('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    has(`PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN ${detail.year.year}`);
    has('PEGAWAI YANG DINILAI');
    has('PEJABAT PENILAI KINERJA');
    for (const label of ['NAMA', 'NIP', 'PANGKAT/GOL. RUANG', 'JABATAN', 'UNIT KERJA']) has(label);
    expectPerson(all, detail.employee);
    expectPerson(all, detail.appraiser!);

    has('RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI');
    has('INDIKATOR KINERJA INDIVIDU');
    has('A. UTAMA');
    has('B. TAMBAHAN');
    for (const rhk of detail.rhk) {
      // Each RHK with its atasan's RHK before it and its IKI after it, in the order of the form's columns.
      const parent = rhk.parent ? `${rhk.parent.text} ` : '- ';
      const iki = rhk.iki
        .map(
          (i) => `${ASPECT_LABELS[i.aspect!]} ${i.indicator} ${`${i.targetText} ${i.unitOfMeasure}`.trim()}`,
        )
        .join(' ');
      has(`${parent}${rhk.text} ${iki}`);
    }
    for (const value of CORE_VALUES) {
      has(value.name);
      for (const guide of value.guides) has(guide);
    }
    for (const b of detail.behaviour) if (b.specialExpectation) has(b.specialExpectation);
    for (const item of [
      ...detail.lampiran.resources,
      ...detail.lampiran.accountability,
      ...detail.lampiran.consequences,
    ]) {
      has(item);
    }
    has('LAMPIRAN SASARAN KINERJA PEGAWAI');
    has('DUKUNGAN SUMBER DAYA');
    has('SKEMA PERTANGGUNGJAWABAN');
    has('KONSEKUENSI');

    // Signatures: twice (SKP and Lampiran), dated the approval, place from the settings.
    const approved = formatDateId(content.body.kind === 'SKP' ? content.body.signature.date : '');
    expect(approved).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const text = layoutText(pdf);
    expect(text.match(/Pegawai yang Dinilai/g)?.length).toBe(2);
    expect(text.match(/Pejabat Penilai Kinerja/g)?.length).toBe(2);
    expect(text.match(new RegExp(`${TEST_OFFICE.placeName}, ${approved}`, 'g'))?.length).toBe(2);
    expect(text.match(new RegExp(`NIP\\. ${formatNipForPrint(detail.employee.nip)}`, 'g'))?.length).toBe(2);

    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      expect(layoutText(pdf, p)).toContain(`Halaman ${p} dari ${pages}`);
      expect(layoutText(pdf, p)).toContain(`Kode dokumen: ${STAMP.code}`);
    }
    expect(text).not.toContain('DRAF');

    const png = pagePng(pdf, 1);
    keepPng(png, 'skp-page-1');
    expect(decodeQr(png)).toBe(`SIPKA|${STAMP.code}|${STAMP.digest}`);
  });

  it('prints the names and positions frozen at approval, not today’s register', async () => {
    const { employeeId } = demo.row<{ employeeId: number }>(
      'SELECT employee_id AS employeeId FROM skps WHERE id = ?',
      skpId,
    );
    const before = await demo.t.ok('skp.get', { skpId });
    expect(before.employee.positionType).toBeDefined();
    demo.t.backend.ctx.sqlite
      .prepare(
        "UPDATE employees SET name = 'Nama Sesudah Mutasi', position_name = 'Jabatan Baru', position_type = 'JPT' WHERE id = ?",
      )
      .run(employeeId);
    const { pdf } = await printOne(demo, { kind: 'SKP', skpId });
    const text = pageTexts(pdf).join(' ');
    expect(text).toContain(before.employee.fullName);
    expect(text).toContain(before.employee.positionName);
    expect(text).toContain(formAudienceLine(before.employee.positionType ?? null));
    expect(text).not.toContain('Nama Sesudah Mutasi');
    expect(text).not.toContain('Jabatan Baru');
    expect(text).not.toContain(formAudienceLine('JPT'));
  });

  it('refuses a draft revision unless asked, then prints it with the DRAF watermark', async () => {
    const skp = await demo.t.ok('skp.get', { skpId });
    const revised = await demo.t.ok('skp.revise', {
      skpId,
      version: skp.version,
      reason: 'Perubahan target',
    });
    await demo.t.ok('skp.setApproach', { skpId, version: revised.version, approach: 'KUALITATIF' });
    const draft = { kind: 'SKP' as const, skpId, revisionNumber: 2 };
    await expect(printOne(demo, draft)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'SKP masih berupa draf; cetak sebagai draf?',
    });
    // The revision in force still prints as it was approved.
    expect((await printOne(demo, { kind: 'SKP', skpId })).content).toMatchObject({
      isDraft: false,
      recordRevision: 1,
    });
    const { content, pdf } = await printOne(demo, draft, { allowDraft: true });
    expect(content).toMatchObject({ isDraft: true, recordRevision: 2 });
    const text = layoutText(pdf);
    expect(text).toContain('DRAF');
    expect(text).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(pageTexts(pdf).join(' ')).toContain('UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET');
    keepPng(pagePng(pdf, 1, 60), 'skp-draft-page-1');
  });

  it('says plainly when the SKP or the revision does not exist', async () => {
    await expect(printOne(demo, { kind: 'SKP', skpId: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'SKP tidak ditemukan.',
    });
    await expect(printOne(demo, { kind: 'SKP', skpId, revisionNumber: 42 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
