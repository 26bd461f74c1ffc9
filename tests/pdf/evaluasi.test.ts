import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_VALUES } from '../../shared/domain/behaviour';
import { formatDateId } from '../../shared/domain/dates';
import { formatNipForPrint } from '../../shared/domain/documents';
import { kurvaBand } from '../../shared/domain/kurva';
import {
  PREDIKAT_FORM_LABELS,
  RATING_FORM_LABELS,
  PREDIKATS,
  type Predikat,
  type Rating,
} from '../../shared/domain/predikat';
import { ASPECT_LABELS, type Aspect } from '../../shared/domain/skp';
import { formatIdNumber, formatTargetWithUnit } from '../../shared/domain/skp-target';
import type { PersonSnapshot } from '../../shared/ipc/methods/skp';
import { TEST_OFFICE } from '../backend/helpers';
import {
  decodeQr,
  keepPng,
  layoutText,
  openDemo,
  pageCount,
  pagePng,
  pageTexts,
  printOne,
  STAMP,
  type Demo,
} from './support';

let demo: Demo;
let skpId: number;
let q2: number;
let q4: number;
let snapshots: { employee: PersonSnapshot; appraiser: PersonSnapshot; supervisor: PersonSnapshot };
let evaluation: {
  ratingHasil: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  ratedAt: string;
  revisionId: number;
};

const NOTE = 'Pertahankan ketelitian; ikuti pelatihan pengelolaan arsip digital pada triwulan berikutnya.';
const VALUE_FEEDBACK = 'Selalu ramah dan cekatan melayani pegawai yang datang ke subbagian.';

beforeAll(async () => {
  demo = await openDemo();
  skpId = demo.row<{ id: number }>(
    `SELECT s.id FROM skps s JOIN employees e ON e.id = s.employee_id JOIN employees a ON a.id = e.supervisor_id
     WHERE a.supervisor_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM skp_rhk r WHERE r.revision_id = s.approved_revision_id AND r.rhk_group = 'TAMBAHAN')
     ORDER BY s.id LIMIT 1`,
  ).id;
  q2 = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 2").id;
  q4 = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 4").id;
  const db = demo.t.backend.ctx.sqlite;
  db.prepare('UPDATE evaluations SET note = ? WHERE skp_id = ? AND period_id = ?').run(NOTE, skpId, q2);
  db.prepare(
    `INSERT INTO feedback (skp_id, period_id, core_value, text, author_name, at)
     VALUES (?, ?, 'BERORIENTASI_PELAYANAN', ?, 'Agus Prasetyo, S.E.', '2026-06-20T02:00:00.000Z')`,
  ).run(skpId, q2, VALUE_FEEDBACK);
  evaluation = demo.row(
    `SELECT rating_hasil AS ratingHasil, rating_perilaku AS ratingPerilaku, predikat, rated_at AS ratedAt,
       skp_revision_id AS revisionId FROM evaluations WHERE skp_id = ? AND period_id = ?`,
    skpId,
    q2,
  );
  const rev = demo.row<{ e: string; a: string; s: string }>(
    'SELECT employee_snapshot AS e, appraiser_snapshot AS a, appraiser_supervisor_snapshot AS s FROM skp_revisions WHERE id = ?',
    evaluation.revisionId,
  );
  snapshots = { employee: JSON.parse(rev.e), appraiser: JSON.parse(rev.a), supervisor: JSON.parse(rev.s) };
});

function person(p: PersonSnapshot): string[] {
  return [p.fullName, formatNipForPrint(p.nip), p.pangkatGolongan, p.positionName, p.unitName];
}

function localDate(stamp: string): string {
  const d = new Date(stamp);
  return formatDateId(
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  );
}

describe('Evaluasi Kinerja Pegawai', () => {
  it('prints identity, org rating, kurva, realisasi, umpan balik, both ratings and the predikat', async () => {
    const { content, pdf } = await printOne(demo, { kind: 'EVALUASI', skpId, periodId: q2 });
    expect(content).toMatchObject({
      kind: 'EVALUASI',
      isDraft: false,
      periodId: q2,
      skpRevisionId: evaluation.revisionId,
    });
    expect(content.fileName).toMatch(/^EVALUASI_2026_TW2_\d{18}_[A-Za-z_]+\.pdf$/);
    const pages = pageTexts(pdf);
    const all = pages.join(' ');
    const has = (text: string) => expect(all, text).toContain(text);

    has('EVALUASI KINERJA PEGAWAI');
    has('PENDEKATAN HASIL KERJA KUANTITATIF');
    has('PERIODE: TRIWULAN I/II/III/IV-AKHIR');
    has('PERIODE PENILAIAN: 1 APRIL SD 30 JUNI TAHUN 2026');
    has(TEST_OFFICE.instansiName.toUpperCase());
    for (const value of [...person(snapshots.employee), ...person(snapshots.appraiser)]) has(value);
    has('CAPAIAN KINERJA ORGANISASI BAIK');
    has('POLA DISTRIBUSI:');
    has('KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK');
    has('Frekuensi Pegawai');
    const counts = demo.rows<{ predikat: Predikat; n: number }>(
      'SELECT predikat, count(*) AS n FROM evaluations WHERE period_id = ? AND predikat IS NOT NULL AND excluded_reason IS NULL GROUP BY predikat',
      q2,
    );
    const n = counts.reduce((s, c) => s + c.n, 0);
    const top = demo.row<{ name: string }>('SELECT name FROM units WHERE parent_id IS NULL').name;
    has(`n = ${n}, ${top}`);
    for (const p of PREDIKATS) has(String(counts.find((c) => c.predikat === p)?.n ?? 0));
    expect(kurvaBand('BAIK', n).BAIK.max).toBe(Math.floor(0.7 * n));

    has('REALISASI BERDASARKAN BUKTI DUKUNG');
    has('UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG');
    const rhk = demo.rows<{ id: number; lineage: number; text: string; parentText: string }>(
      `SELECT id, lineage_id AS lineage, text, parent_text AS parentText FROM skp_rhk WHERE revision_id = ?
       ORDER BY rhk_group = 'TAMBAHAN', sort_order`,
      evaluation.revisionId,
    );
    for (const r of rhk) {
      const iki = demo.rows<{
        lineage: number;
        aspect: Aspect;
        indicator: string;
        low: number;
        high: number;
        unit: string;
      }>(
        `SELECT lineage_id AS lineage, aspect, indicator, target_low AS low, target_high AS high,
           unit_of_measure AS unit FROM skp_iki WHERE rhk_id = ? ORDER BY sort_order`,
        r.id,
      );
      has(`${r.parentText || '-'} ${r.text}`);
      for (const i of iki) {
        const value = demo.row<{ value: number | null } | undefined>(
          'SELECT value FROM realisasi WHERE skp_id = ? AND period_id = ? AND iki_lineage_id = ?',
          skpId,
          q2,
          i.lineage,
        )?.value;
        const evidence = demo.row<{ n: number }>(
          'SELECT count(*) AS n FROM evidence WHERE skp_id = ? AND period_id = ? AND iki_lineage_id = ?',
          skpId,
          q2,
          i.lineage,
        ).n;
        // Aspek · IKI · Target · Realisasi (with its bukti dukung), one sub-row, in the form's column order.
        const target = formatTargetWithUnit({ low: i.low, high: i.high }, i.unit);
        const realisasi = value == null ? '-' : `${formatIdNumber(value)} ${i.unit}`.trim();
        has(
          `${ASPECT_LABELS[i.aspect]} ${i.indicator} ${target} ${realisasi}${evidence > 0 ? ` (${evidence} bukti dukung)` : ''}`,
        );
      }
      const feedback = demo.rows<{ text: string }>(
        'SELECT text FROM feedback WHERE skp_id = ? AND period_id = ? AND rhk_lineage_id = ?',
        skpId,
        q2,
        r.lineage,
      );
      for (const f of feedback) has(f.text);
    }
    for (const value of CORE_VALUES) has(value.name);
    has(VALUE_FEEDBACK);
    has(`RATING HASIL KERJA ${RATING_FORM_LABELS[evaluation.ratingHasil]}`);
    has(`RATING PERILAKU KERJA ${RATING_FORM_LABELS[evaluation.ratingPerilaku]}`);
    has(`PREDIKAT KINERJA PEGAWAI ${PREDIKAT_FORM_LABELS[evaluation.predikat]}`);
    has('Pegawai yang Dinilai');
    has(`${TEST_OFFICE.placeName}, ${localDate(evaluation.ratedAt)} Pejabat Penilai Kinerja`);
    has(`${snapshots.employee.fullName} NIP. ${formatNipForPrint(snapshots.employee.nip)}`);
    has(`${snapshots.appraiser.fullName} NIP. ${formatNipForPrint(snapshots.appraiser.nip)}`);
    const count = pageCount(pdf);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${count}`));

    const png = pagePng(pdf, 1);
    keepPng(png, 'evaluasi-page-1');
    expect(decodeQr(png)).toBe(`SIPKA|${STAMP.code}|${STAMP.digest}`);
  });

  it('asks before printing an evaluation not rated yet, and refuses an unknown period', async () => {
    await expect(printOne(demo, { kind: 'EVALUASI', skpId, periodId: q4 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Pegawai ini belum dinilai pada periode ini; cetak sebagai draf?',
    });
    const { content, pdf } = await printOne(
      demo,
      { kind: 'EVALUASI', skpId, periodId: q4 },
      { allowDraft: true },
    );
    expect(content.isDraft).toBe(true);
    const all = pageTexts(pdf).join(' ');
    expect(all).toContain('RATING HASIL KERJA -');
    expect(all).toContain('DRAF, belum final');
    await expect(printOne(demo, { kind: 'EVALUASI', skpId, periodId: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Periode penilaian tidak ditemukan.',
    });
  });
});

describe('Dokumen Evaluasi Kinerja Pegawai', () => {
  it('prints the three parties, the org rating, the predikat, the note and both signatures', async () => {
    const { content, pdf } = await printOne(demo, { kind: 'DOKUMEN_EVALUASI', skpId, periodId: q2 });
    expect(content.fileName).toMatch(/^DOKUMEN_EVALUASI_2026_TW2_\d{18}_[A-Za-z_]+\.pdf$/);
    const all = pageTexts(pdf).join(' ');
    const has = (text: string) => expect(all, text).toContain(text);
    has('DOKUMEN EVALUASI KINERJA PEGAWAI');
    has('PERIODE: TRIWULAN I/II/III/IV-AKHIR');
    has('PERIODE PENILAIAN: 1 APRIL SD 30 JUNI TAHUN 2026');
    const rows = (p: PersonSnapshot) =>
      `NAMA ${p.fullName} NIP ${formatNipForPrint(p.nip)} PANGKAT/GOL. RUANG ${p.pangkatGolongan} JABATAN ${p.positionName} UNIT KERJA ${p.unitName}`;
    has(`1. PEGAWAI YANG DINILAI ${rows(snapshots.employee)}`);
    has(`2. PEJABAT PENILAI KINERJA ${rows(snapshots.appraiser)}`);
    has(`3. ATASAN PEJABAT PENILAI KINERJA ${rows(snapshots.supervisor)}`);
    has('4. EVALUASI KINERJA CAPAIAN KINERJA ORGANISASI BAIK');
    has(`PREDIKAT KINERJA PEGAWAI ${PREDIKAT_FORM_LABELS[evaluation.predikat]}`);
    has(`5. CATATAN/REKOMENDASI ${NOTE}`);
    const dated = `${TEST_OFFICE.placeName}, ${localDate(evaluation.ratedAt)}`;
    expect(layoutText(pdf).match(new RegExp(dated, 'g'))?.length).toBe(2);
    has('Pegawai yang Dinilai');
    has('Pejabat Penilai Kinerja');
    has('Halaman 1 dari 1');
    const png = pagePng(pdf, 1);
    keepPng(png, 'dokumen-evaluasi-page-1');
    expect(decodeQr(png)).toBe(`SIPKA|${STAMP.code}|${STAMP.digest}`);
  });

  it('strikes through every period mark but the one printed', async () => {
    const annual = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'ANNUAL'").id;
    const { pdf } = await printOne(
      demo,
      { kind: 'DOKUMEN_EVALUASI', skpId, periodId: annual },
      { allowDraft: true },
    );
    expect(pageTexts(pdf)[0]).toContain('PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026');
    // The strikes are drawn lines: 4 of the 5 marks (I, II, III, IV) of the annual period carry one. Look at the
    // page image kept for review; here the marks' text stays readable under the lines.
    expect(pageTexts(pdf)[0]).toContain('PERIODE: TRIWULAN I/II/III/IV-AKHIR');
    keepPng(pagePng(pdf, 1, 100), 'dokumen-evaluasi-akhir-page-1');
  });
});
