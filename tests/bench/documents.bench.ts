/**
 * Printing speed (issue 7): a batch of 1,000 Evaluasi Kinerja Pegawai (8 RHK × 3 IKI each, with realisasi and
 * umpan balik) into one PDF — pages per second, peak RSS, and the ratio to a baseline pdfkit program that writes
 * the same strings with the same embedded fonts on the same number of pages but does no layout (targets: ≥ 50
 * pages/s, ratio ≤ 2.0) — and one document of the demo office from the database to PDF bytes (median, target
 * ≤ 300 ms; the click-to-file time adds the register and the save, measured with the handlers).
 * BENCH_DOCUMENTS=n changes the batch size; BENCH_BATCH_ONLY=1 stops after the batch (for profiling).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { openBackend } from '../../electron/backend/app';
import { systemContext } from '../../electron/backend/context';
import type { EvaluasiBody } from '../../electron/backend/documents/content/types';
import {
  loadDocumentContent,
  loadPrintSettings,
  renderPdf,
  type DocumentContent,
  type DocumentStamp,
} from '../../electron/backend/documents/render';
import { loadFonts, registerFonts } from '../../electron/backend/documents/render/fonts';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { GAYUNGAN_OFFICE, loadDemoData } from '../../electron/backend/seed/gayungan';
import { CORE_VALUES } from '../../shared/domain/behaviour';
import { periodMarks } from '../../shared/domain/documents';
import { tempDir } from '../support/temp-dir';
import { measure, ms } from './stats';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);

const backend = await openBackend({
  dataDir: tempDir('sipka-bench-documents-'),
  migrationsDir: SOURCE_MIGRATIONS_DIR,
});
const session = { token: null };
const setup = await backend.dispatch(
  'setup.complete',
  {
    admin: {
      username: 'admin',
      displayName: 'Admin',
      password: 'rahasia-admin-1',
      passwordConfirm: 'rahasia-admin-1',
    },
    office: GAYUNGAN_OFFICE,
    loadDemo: false,
  },
  session,
);
if (!setup.ok) throw new Error(setup.error.message);
const ctx = systemContext(backend.ctx, 'bench');
loadDemoData(ctx);
const settings = loadPrintSettings(ctx);

const PHRASES = [
  'Terselenggaranya pelayanan administrasi kependudukan yang cepat dan tepat di kelurahan',
  'Meningkatnya kualitas pengelolaan arsip dan persuratan kecamatan sesuai ketentuan',
  'Terlaksananya pemberdayaan masyarakat melalui kegiatan kampung tangguh dan padat karya',
  'Tersusunnya laporan kinerja dan keuangan unit kerja secara tertib dan akuntabel',
  'Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan',
  'Terkelolanya data kepegawaian pada aplikasi kepegawaian secara mutakhir',
  'Terlaksananya koordinasi pembangunan sarana dan prasarana lingkungan permukiman',
  'Meningkatnya partisipasi warga dalam musyawarah perencanaan pembangunan kelurahan',
];

function evaluasi(i: number): DocumentContent {
  const person = (role: string) => ({
    fullName: `${role} Pegawai Nomor ${i}, S.E.`,
    nip: `19860926 2015${String(1 + (i % 12)).padStart(2, '0')} 1 ${String(1 + (i % 999)).padStart(3, '0')}`,
    pangkatGolongan: 'Penata Tingkat I (III/d)',
    positionName: 'Pengadministrasi Kependudukan',
    unitName: 'Kelurahan Gayungan',
  });
  const rhk = Array.from({ length: 8 }, (_, r) => ({
    number: String(r < 7 ? r + 1 : 1),
    group: r < 7 ? ('UTAMA' as const) : ('TAMBAHAN' as const),
    parentText: r < 7 ? `${PHRASES[(r + 3) % 8]} tahun ${2026}` : '',
    text: `${PHRASES[(r + i) % 8]} (${i}.${r + 1})`,
    iki: (['Kuantitas', 'Kualitas', 'Waktu'] as const).map((aspect, k) => ({
      aspect,
      indicator: `${['Jumlah', 'Persentase', 'Waktu penyelesaian'][k]} ${PHRASES[(r + k) % 8]!.toLowerCase()}`,
      target: ['12 Dokumen', '90 – 100 %', '12 Bulan'][k]!,
      realisasi: ['11 Dokumen\n(2 bukti dukung)', '95 %', '11,5 Bulan'][k]!,
    })),
    feedback: [`Capaian sudah sesuai rencana; lengkapi bukti dukung RHK ${r + 1} sebelum akhir triwulan.`],
  }));
  const body: EvaluasiBody = {
    kind: 'EVALUASI',
    header: {
      titleLines: [
        'EVALUASI KINERJA PEGAWAI',
        'PENDEKATAN HASIL KERJA KUANTITATIF',
        'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      ],
      instansiName: 'Pemerintah Kota Surabaya',
      periodLine: 'PERIODE PENILAIAN: 1 APRIL SD 30 JUNI TAHUN 2026',
    },
    periodMarks: periodMarks('QUARTER', 2),
    approach: 'KUANTITATIF',
    employee: person('Pegawai'),
    appraiser: person('Atasan'),
    curve: {
      orgRating: 'BAIK',
      orgRatingText: 'BAIK',
      labels: ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang'],
      counts: [11, 27, 2, 1, 0],
      band: [
        { min: null, max: null },
        { min: null, max: 28 },
        { min: null, max: null },
        { min: null, max: null },
        { min: null, max: null },
      ],
      total: 41,
      unitName: 'Kecamatan Gayungan',
    },
    rhk,
    ratingHasil: 'SESUAI EKSPEKTASI',
    behaviour: CORE_VALUES.map((v, n) => ({
      number: String(n + 1),
      name: v.name,
      guides: [...v.guides],
      expectation: n % 3 === 0 ? 'Menjadi role model dalam mengimplementasikan pelayanan prima' : '',
      feedback: ['Konsisten menunjukkan perilaku ini dalam pelayanan sehari-hari.'],
    })),
    ratingPerilaku: 'SESUAI EKSPEKTASI',
    predikat: 'BAIK',
    predikatCode: 'BAIK',
    signature: { date: '2026-07-10', dateText: '10 Juli 2026' },
  };
  return {
    kind: 'EVALUASI',
    title: `Evaluasi Kinerja Pegawai Triwulan II 2026 ${body.employee.fullName}`,
    fileName: `EVALUASI_2026_TW2_${i}.pdf`,
    recordRevision: 1,
    employeeId: i,
    skpId: i,
    skpRevisionId: i,
    periodId: 2,
    unitId: 1,
    isDraft: false,
    body,
  };
}

const stamp = (i: number): DocumentStamp => ({
  code: `EVK-${String(i).padStart(4, '0')}-TEST`,
  digest: (i.toString(16).padStart(8, '0') + 'ab').repeat(6).slice(0, 64).padEnd(64, 'c'),
  draft: false,
});

const items = Array.from({ length: DOCUMENTS }, (_, i) => ({
  content: evaluasi(i + 1),
  stamp: stamp(i + 1),
}));

function pagesOf(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** Every string of the documents' content, flattened. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split('\n'));
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The printed lines of each page of a PDF, as poppler reads them back (content-stream order). */
function printedLines(pdf: Buffer): string[][] {
  const file = path.join(tempDir('sipka-bench-lines-'), 'batch.pdf');
  writeFileSync(file, pdf);
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  return raw
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').filter((line) => line !== ''));
}

/**
 * The baseline: a pdfkit program with the same embedded fonts that writes the given text lines page by page at
 * fixed positions: no measuring, wrapping, tables, borders, curve, QR or page numbering.
 */
async function baseline(pages: string[][]): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', font: '' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  registerFonts(doc, loadFonts(settings.fontsDir));
  doc.font('regular').fontSize(8.5);
  for (const lines of pages) {
    doc.addPage({ size: 'A4', layout: 'landscape', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    lines.forEach((line, i) => doc.text(line, 40, 20 + (i % 55) * 10, { lineBreak: false }));
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** The same baseline over each document's content strings, one text call per string, spread over its pages. */
function contentPages(pagesPerDocument: number): string[][] {
  const pages: string[][] = [];
  for (const { content, stamp: s } of items) {
    const texts = [...strings(content.body), s.code];
    const perPage = Math.ceil(texts.length / pagesPerDocument);
    for (let i = 0; i < texts.length; i += perPage) pages.push(texts.slice(i, i + perPage));
  }
  return pages;
}

let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return true;
};

// Warm up (fonts, JIT) with a small batch.
await renderPdf(items.slice(0, 20), settings);

let started = performance.now();
const pdf = await renderPdf(items, settings, sample);
const layoutMs = performance.now() - started;
sample();
const pages = pagesOf(pdf);
const pagesPerDocument = pages / DOCUMENTS;

const lines = printedLines(pdf);
started = performance.now();
const base = await baseline(lines);
const baselineMs = performance.now() - started;
const byContent = contentPages(Math.round(pagesPerDocument));
started = performance.now();
await baseline(byContent);
const contentMs = performance.now() - started;

console.log(
  `documents: ${DOCUMENTS} Evaluasi Kinerja (8 RHK × 3 IKI) → ${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB in ${(layoutMs / 1000).toFixed(2)} s = ${(pages / (layoutMs / 1000)).toFixed(0)} pages/s (target ≥ 50)`,
);
console.log(
  `documents: baseline writing the same printed lines (${lines.flat().length} lines, same fonts, no layout) ${pagesOf(base)} pages in ${(baselineMs / 1000).toFixed(2)} s; ratio ${(layoutMs / baselineMs).toFixed(2)} (target ≤ 2.0)`,
);
console.log(
  `documents: baseline writing each content string once (${byContent.flat().length} strings) in ${(contentMs / 1000).toFixed(2)} s; ratio ${(layoutMs / contentMs).toFixed(2)}`,
);
console.log(
  `documents: peak RSS during the batch ${(peakRss / 2 ** 20).toFixed(0)} MB (process max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, includes the demo database)`,
);

// One document of the demo office: load its content from the database and draw it.
if (process.env.BENCH_BATCH_ONLY) process.exit(0);
const skp = backend.ctx.sqlite
  .prepare(
    "SELECT s.id FROM skps s JOIN employees e ON e.id = s.employee_id WHERE e.position_name LIKE 'Lurah%' LIMIT 1",
  )
  .get() as { id: number };
const q2 = backend.ctx.sqlite
  .prepare("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 2")
  .get() as { id: number };
const one = await measure(
  async () => {
    const content = loadDocumentContent(
      ctx,
      { kind: 'EVALUASI', skpId: skp.id, periodId: q2.id },
      { allowDraft: false },
    );
    return renderPdf([{ content, stamp: stamp(1) }], loadPrintSettings(ctx));
  },
  50,
  10,
);
const skpOne = await measure(
  async () => {
    const content = loadDocumentContent(ctx, { kind: 'SKP', skpId: skp.id }, { allowDraft: false });
    return renderPdf([{ content, stamp: stamp(1) }], loadPrintSettings(ctx));
  },
  50,
  10,
);
const loadOnly = await measure(
  () => loadDocumentContent(ctx, { kind: 'EVALUASI', skpId: skp.id, periodId: q2.id }, { allowDraft: false }),
  50,
  10,
);
console.log(`documents: loading one Evaluasi Kinerja's content median ${ms(loadOnly.median)}`);
console.log(
  `documents: one Evaluasi Kinerja from the database to PDF bytes median ${ms(one.median)}, p95 ${ms(one.p95)}; one SKP median ${ms(skpOne.median)}, p95 ${ms(skpOne.p95)} (target ≤ 300 ms)`,
);
backend.close();
