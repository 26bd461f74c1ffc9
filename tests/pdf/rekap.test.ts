import { beforeAll, describe, expect, it } from 'vitest';
import { formatNipForPrint } from '../../shared/domain/documents';
import {
  PREDIKAT_FORM_LABELS,
  PREDIKAT_LABELS,
  PREDIKATS,
  RATING_FORM_LABELS,
} from '../../shared/domain/predikat';
import type { FinalisationRecap } from '../../shared/ipc/methods/evaluation';
import { TEST_OFFICE } from '../backend/helpers';
import {
  decodeQr,
  keepPng,
  openDemo,
  pageCount,
  pagePng,
  pageTexts,
  printOne,
  STAMP,
  type Demo,
} from './support';

let demo: Demo;
let q2: number;
let q3: number;
let top: { id: number; name: string };

const REASON =
  'Capaian kelurahan di atas rata-rata kota sehingga lebih banyak pegawai berpredikat Sangat Baik.';

beforeAll(async () => {
  demo = await openDemo();
  q2 = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 2").id;
  q3 = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 3").id;
  top = demo.row('SELECT id, name FROM units WHERE parent_id IS NULL');
  demo.t.backend.ctx.sqlite
    .prepare('UPDATE finalisations SET deviation_reason = ? WHERE period_id = ? AND unit_id = ?')
    .run(REASON, q2, top.id);
});

describe('Rekap Predikat', () => {
  it('prints the finalised recap of the kecamatan: every pegawai, the counts, the kurva and the reason', async () => {
    const { content, pdf } = await printOne(demo, { kind: 'REKAP', unitId: top.id, periodId: q2 });
    const final = demo.row<{ revision: number; recap: string }>(
      'SELECT revision, recap FROM finalisations WHERE period_id = ? AND unit_id = ? ORDER BY revision DESC',
      q2,
      top.id,
    );
    const recap = JSON.parse(final.recap) as FinalisationRecap;
    expect(content).toMatchObject({
      kind: 'REKAP',
      isDraft: false,
      recordRevision: final.revision,
      unitId: top.id,
    });
    expect(content.fileName).toBe('REKAP_2026_TW2_Kecamatan_Gayungan.pdf');
    const all = pageTexts(pdf).join(' ');
    const has = (text: string) => expect(all, text).toContain(text);
    has('REKAP PREDIKAT KINERJA PEGAWAI TRIWULAN II 2026');
    has(`Instansi : ${TEST_OFFICE.instansiName}`);
    has(`Unit kerja : ${top.name}`);
    has('Periode : Triwulan II 2026 (1 April s.d. 30 Juni 2026)');
    has('Capaian kinerja organisasi : BAIK');
    has(`Status : Final (finalisasi ke-${final.revision})`);
    const rated = recap.rows.filter((r) => r.excludedReason === null);
    expect(rated.length).toBeGreaterThan(30);
    for (const r of rated) {
      has(
        `${r.fullName} NIP. ${formatNipForPrint(r.nip)} ${r.positionName} ${RATING_FORM_LABELS[r.ratingHasil!]} ${RATING_FORM_LABELS[r.ratingPerilaku!]} ${PREDIKAT_FORM_LABELS[r.predikat!]}`,
      );
    }
    has(
      `${PREDIKATS.map((p) => PREDIKAT_LABELS[p]).join(' ')} JUMLAH ${PREDIKATS.map((p) => recap.counts[p]).join(' ')} ${rated.length}`,
    );
    has('KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK');
    has(
      recap.violations.length === 0
        ? 'Sebaran predikat sesuai dengan kurva distribusi.'
        : recap.violations[0]!.message,
    );
    has(`ALASAN PENYIMPANGAN YANG DICATAT SAAT FINALISASI ${REASON}`);
    const camat = demo.row<{ name: string; nip: string; position: string }>(
      `SELECT name, nip, position_name AS position FROM employees WHERE unit_id = ? AND supervisor_id IS NULL`,
      top.id,
    );
    has(`${TEST_OFFICE.placeName}, `);
    has(camat.position);
    has(`NIP. ${formatNipForPrint(camat.nip)}`);
    const pages = pageCount(pdf);
    pageTexts(pdf).forEach((text, i) => expect(text).toContain(`Halaman ${i + 1} dari ${pages}`));
    const png = pagePng(pdf, 1);
    keepPng(png, 'rekap-page-1');
    expect(decodeQr(png)).toBe(`SIPKA|${STAMP.code}|${STAMP.digest}`);
  });

  it('prints a subunit from the same finalisation, with only its pegawai', async () => {
    const kelurahan = demo.row<{ id: number; name: string }>(
      "SELECT id, name FROM units WHERE kind = 'KELURAHAN' ORDER BY id LIMIT 1",
    );
    const { content, pdf } = await printOne(demo, { kind: 'REKAP', unitId: kelurahan.id, periodId: q2 });
    const body = content.body.kind === 'REKAP' ? content.body : null;
    const members = demo.rows<{ n: number }>(
      `SELECT 1 AS n FROM evaluations WHERE period_id = ? AND excluded_reason IS NULL AND unit_id = ?`,
      q2,
      kelurahan.id,
    );
    expect(body?.rows).toHaveLength(members.length);
    expect(pageTexts(pdf).join(' ')).toContain(`Unit kerja : ${kelurahan.name}`);
  });

  it('asks before printing a period that is not final, then prints the live ratings as a draft', async () => {
    await expect(printOne(demo, { kind: 'REKAP', unitId: top.id, periodId: q3 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Predikat periode ini belum final; cetak rekap sebagai draf?',
    });
    const { content, pdf } = await printOne(
      demo,
      { kind: 'REKAP', unitId: top.id, periodId: q3 },
      { allowDraft: true },
    );
    expect(content).toMatchObject({ isDraft: true, recordRevision: null });
    expect(pageTexts(pdf).join(' ')).toContain('Status : Belum final (draf)');
    await expect(printOne(demo, { kind: 'REKAP', unitId: 999_999, periodId: q2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Unit kerja tidak ditemukan.',
    });
  });
});
