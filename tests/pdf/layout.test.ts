import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadDocumentContent,
  renderPdf,
  RenderCancelled,
  type DocumentContent,
  type SkpBody,
} from '../../electron/backend/documents/render';
import { FOOTER_BAND } from '../../electron/backend/documents/render/writer';
import type { PrintedRhk } from '../../electron/backend/documents/content/types';
import {
  decodeQr,
  imageCount,
  keepPng,
  layoutText,
  normalize,
  openDemo,
  pageCount,
  pagePng,
  pageTexts,
  printedWhole,
  printOne,
  STAMP,
  wordBoxes,
  type Demo,
} from './support';

let demo: Demo;
let skpId: number;

beforeAll(async () => {
  demo = await openDemo();
  skpId = demo.row<{ id: number }>(
    `SELECT s.id FROM skps s JOIN employees e ON e.id = s.employee_id JOIN employees a ON a.id = e.supervisor_id
     WHERE a.supervisor_id IS NOT NULL ORDER BY s.id LIMIT 1`,
  ).id;
});

const WORDS = [
  'pelayanan',
  'administrasi',
  'kependudukan',
  'masyarakat',
  'kelurahan',
  'terselenggaranya',
  'peningkatan',
  'kualitas',
  'pengelolaan',
  'dokumen',
  'pelaporan',
  'koordinasi',
  'perencanaan',
  'pembangunan',
  'ketertiban',
];

/** A sentence of about `length` characters that starts with a unique marker, so it can be found whole. */
function sentence(marker: string, seed: number, length: number): string {
  const words = [marker];
  for (let i = 0; words.join(' ').length < length; i++) words.push(WORDS[(seed * 7 + i * 3) % WORDS.length]!);
  return words.join(' ');
}

function longSkp(base: DocumentContent, count: number): DocumentContent {
  const body = base.body as SkpBody;
  const rhk: PrintedRhk[] = Array.from({ length: count }, (_, i) => ({
    number: String(i < count - 5 ? i + 1 : i - count + 6),
    group: i < count - 5 ? 'UTAMA' : 'TAMBAHAN',
    parentText: sentence(`ATASAN${i + 1}`, i, 300),
    text: sentence(`RHK${i + 1}`, i + 1, 300),
    iki: ['Kuantitas', 'Kualitas', 'Waktu'].map((aspect, j) => ({
      aspect,
      indicator: sentence(`IKI${i + 1}x${j + 1}`, i + j, 120),
      target: `${12 + j} Dokumen`,
    })),
  }));
  return { ...base, body: { ...body, rhk } };
}

describe('layout', () => {
  it('breaks an SKP of 40 RHK with 300-character texts over pages: header repeated, nothing cut or overflowing', async () => {
    const base = loadDocumentContent(demo.ctx, { kind: 'SKP', skpId }, { allowDraft: false });
    const content = longSkp(base, 40);
    const pdf = await renderPdf([{ content, stamp: STAMP }], demo.settings);
    const pages = pageTexts(pdf);
    const count = pageCount(pdf);
    expect(count).toBeGreaterThan(8);
    const rhk = (content.body as SkpBody).rhk;
    for (const r of rhk) {
      expect(printedWhole(pages, r.text), r.text.slice(0, 8)).toBe(true);
      expect(printedWhole(pages, r.parentText), r.parentText.slice(0, 10)).toBe(true);
      for (const iki of r.iki)
        expect(printedWhole(pages, iki.indicator), iki.indicator.slice(0, 8)).toBe(true);
    }
    // Every page the hasil kerja table reaches starts with its header rows.
    const first = pages.findIndex((p) => p.includes('RHK1 '));
    const last = pages.findIndex((p) => p.includes('PERILAKU KERJA NO'));
    expect(first).toBeGreaterThanOrEqual(0);
    for (let p = first; p <= last; p++) {
      expect(pages[p], `halaman ${p + 1}`).toContain(
        'HASIL KERJA NO RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI RENCANA HASIL KERJA ASPEK INDIKATOR KINERJA INDIVIDU TARGET (1) (2) (3) (4) (5) (6)',
      );
    }
    pages.forEach((text, i) => expect(text).toContain(`Halaman ${i + 1} dari ${count}`));
    // No word runs into the footer band or past the side margins.
    for (const word of wordBoxes(pdf)) {
      const bottom = word.pageHeight - FOOTER_BAND;
      const inFooter = word.yMin >= bottom + 6;
      expect(inFooter || word.yMax <= bottom + 0.5, `${word.text} p${word.page} y${word.yMax}`).toBe(true);
      expect(word.xMin >= 39 && word.xMax <= word.pageWidth - 39, `${word.text} x${word.xMax}`).toBe(true);
    }
    keepPng(pagePng(pdf, 2, 60), 'skp-40-rhk-page-2');
  });

  it('breaks a word wider than its cell instead of letting it overflow', async () => {
    const base = loadDocumentContent(demo.ctx, { kind: 'SKP', skpId }, { allowDraft: false });
    const body = base.body as SkpBody;
    const url = `https://sipka.example.go.id/${'bukti-dukung-'.repeat(12)}akhir`;
    const content = { ...base, body: { ...body, rhk: [{ ...body.rhk[0]!, text: url }] } };
    const pdf = await renderPdf([{ content, stamp: STAMP }], demo.settings);
    expect(pageTexts(pdf).join('').replace(/\s/g, '')).toContain(url);
    for (const word of wordBoxes(pdf)) expect(word.xMax).toBeLessThanOrEqual(word.pageWidth - 39);
  });

  it('prints names outside ASCII with the embedded font', async () => {
    const { revisionId } = demo.row<{ revisionId: number }>(
      'SELECT approved_revision_id AS revisionId FROM skps WHERE id = ?',
      skpId,
    );
    demo.t.backend.ctx.sqlite
      .prepare(
        `UPDATE skp_revisions SET employee_snapshot = json_set(employee_snapshot, '$.fullName', 'Ni Luh Ayu Śaraswatī, S.Kom.'),
           appraiser_snapshot = json_set(appraiser_snapshot, '$.fullName', 'Dr. Siti Ṣāliḥah, M.Si.') WHERE id = ?`,
      )
      .run(revisionId);
    const { content, pdf } = await printOne(demo, { kind: 'SKP', skpId });
    expect(content.fileName).toMatch(/_Ni_Luh_Ayu_Saraswati\.pdf$/);
    const text = normalize(layoutText(pdf));
    expect(text).toContain('Ni Luh Ayu Śaraswatī, S.Kom.');
    expect(text).toContain('Dr. Siti Ṣāliḥah, M.Si.');
    keepPng(pagePng(pdf, 1, 100), 'skp-non-ascii-page-1');
  });

  it('draws the logo in the kop, and falls back to the letterhead text when the logo is missing or broken', async () => {
    const logo = new PNG({ width: 48, height: 48 });
    logo.data.fill(0x80);
    const png = PNG.sync.write(logo);
    const lines = [
      'PEMERINTAH KOTA SURABAYA',
      'KECAMATAN GAYUNGAN',
      'Jl. Gayungan PTT No. 2, Surabaya 60235',
    ];
    const request = {
      kind: 'DOKUMEN_EVALUASI' as const,
      skpId,
      periodId: demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 2").id,
    };
    const withLogo = await printOne(demo, request, { settings: { logoPng: png, letterheadLines: lines } });
    expect(imageCount(withLogo.pdf)).toBe(1);
    keepPng(pagePng(withLogo.pdf, 1, 100), 'kop-with-logo');
    for (const broken of [null, Buffer.from('bukan gambar'), deflateSync(Buffer.from('rusak'))]) {
      const { pdf } = await printOne(demo, request, {
        settings: { logoPng: broken, letterheadLines: lines },
      });
      expect(imageCount(pdf)).toBe(0);
      const text = pageTexts(pdf)[0]!;
      for (const line of lines) expect(text).toContain(line);
    }
  });

  it('prints a batch into one PDF: each document restarts its page count and carries its own code', async () => {
    const q2 = demo.row<{ id: number }>("SELECT id FROM periods WHERE kind = 'QUARTER' AND number = 2").id;
    const top = demo.row<{ id: number }>('SELECT id FROM units WHERE parent_id IS NULL').id;
    const requests = [
      { kind: 'DOKUMEN_EVALUASI' as const, skpId, periodId: q2 },
      { kind: 'SKP' as const, skpId },
      { kind: 'REKAP' as const, unitId: top, periodId: q2 },
    ];
    const items = requests.map((r, i) => ({
      content: loadDocumentContent(demo.ctx, r, { allowDraft: false }),
      stamp: { code: `BATCH-${i + 1}`, digest: String(i).repeat(64), draft: false },
    }));
    const seen: number[] = [];
    const pdf = await renderPdf(items, demo.settings, (i) => {
      seen.push(i);
      return true;
    });
    expect(seen).toEqual([0, 1, 2]);
    const pages = pageTexts(pdf);
    const sizes = items.map(
      (item) => pages.filter((p) => p.includes(`Kode dokumen: ${item.stamp.code}`)).length,
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(pages.length);
    let page = 0;
    items.forEach((item, d) => {
      for (let i = 1; i <= sizes[d]!; i++) {
        expect(pages[page]).toContain(`Halaman ${i} dari ${sizes[d]}`);
        expect(pages[page]).toContain(`Kode dokumen: ${item.stamp.code}`);
        page += 1;
      }
    });
    // The last page of the batch (the recap's) decodes to the recap's code and digest.
    expect(decodeQr(pagePng(pdf, pages.length))).toBe(`SIPKA|BATCH-3|${'2'.repeat(64)}`);
  });

  it('stops a batch when asked', async () => {
    const content = loadDocumentContent(demo.ctx, { kind: 'SKP', skpId }, { allowDraft: false });
    const items = [0, 1, 2].map(() => ({ content, stamp: STAMP }));
    await expect(renderPdf(items, demo.settings, (i) => i < 1)).rejects.toBeInstanceOf(RenderCancelled);
  });
});
