import { HEADER_FILL, centered, drawTable, headerCell, text, type CellSpec, type RowSpec } from './table';
import type { PrintedBehaviour, PrintedPerson, PrintedRhk } from '../content/types';
import type { Writer } from './writer';

const SIZE = 8.5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function personRows(p: PrintedPerson | null, unitLabel = 'UNIT KERJA') {
  return [
    ['NAMA', p?.fullName ?? '-'],
    ['NIP', p?.nip || '-'],
    ['PANGKAT/GOL. RUANG', p?.pangkatGolongan || '-'],
    ['JABATAN', p?.positionName ?? '-'],
    [unitLabel, p?.unitName ?? '-'],
  ] as const;
}

/** NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA, five rows each (domain-research §1.2). */
export function drawIdentity(w: Writer, employee: PrintedPerson, appraiser: PrintedPerson | null): void {
  const left = personRows(employee);
  const right = personRows(appraiser);
  const rows: RowSpec[] = left.map(([label, value], i) => ({
    cells: [
      centered(String(i + 1)),
      text(label),
      text(value, i === 0 ? 'bold' : 'regular'),
      centered(String(i + 1)),
      text(right[i]![0]),
      text(right[i]![1], i === 0 ? 'bold' : 'regular'),
    ],
  }));
  drawTable(w, {
    columns: [20, 92, 145.5, 20, 92, 145.5],
    header: [
      {
        cells: [
          headerCell('NO'),
          headerCell('PEGAWAI YANG DINILAI', 2),
          headerCell('NO'),
          headerCell('PEJABAT PENILAI KINERJA', 2),
        ],
      },
    ],
    rows,
    size: SIZE,
  });
}

/** A one-row band under a table: "RATING HASIL KERJA" | "SESUAI EKSPEKTASI". */
export function drawLabelRow(w: Writer, label: string, value: string): void {
  drawTable(w, {
    columns: [62, 38],
    header: [],
    rows: [{ cells: [{ ...text(label, 'bold'), fill: HEADER_FILL }, text(value, 'bold')] }],
    size: 9,
    padding: 4,
  });
}

/** A full-width section heading row ("HASIL KERJA", "PERILAKU KERJA"). */
function sectionRow(title: string, columns: number): RowSpec {
  return { cells: [{ ...text(title, 'bold'), fill: HEADER_FILL, colSpan: columns }], keepWithNext: true };
}

export interface HasilKerjaOptions {
  kualitatif: boolean;
  /** Evaluations: Realisasi per IKI and Umpan balik per RHK. */
  evaluation: boolean;
}

function lines(list: string[] | undefined): CellSpec {
  const items = (list ?? []).filter((t) => t.trim() !== '');
  if (items.length === 0) return text('-');
  if (items.length === 1) return text(items[0]!);
  return { paras: items.map((t, i) => ({ text: t, prefix: `${i + 1}.` })) };
}

/**
 * HASIL KERJA: No · RHK pimpinan/atasan yang diintervensi · RHK · Aspek · IKI · Target (kuantitatif), the IKI as
 * sub-rows of their RHK; in an evaluation also Realisasi berdasarkan bukti dukung (per IKI) and Umpan balik
 * berkelanjutan (per RHK). Kualitatif: no Aspek; the indicator cell carries its target.
 */
export function drawHasilKerja(w: Writer, rhk: PrintedRhk[], options: HasilKerjaOptions): void {
  const heads: { title: string; width: number }[] = [
    { title: 'NO', width: 20 },
    { title: 'RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI', width: 110 },
    { title: 'RENCANA HASIL KERJA', width: 118 },
  ];
  const subFrom = heads.length;
  if (options.kualitatif) {
    heads.push({ title: 'UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET', width: 170 });
  } else {
    heads.push(
      { title: 'ASPEK', width: 50 },
      { title: 'INDIKATOR KINERJA INDIVIDU', width: 125 },
      { title: 'TARGET', width: 62 },
    );
  }
  if (options.evaluation) heads.push({ title: 'REALISASI BERDASARKAN BUKTI DUKUNG', width: 80 });
  const subTo = heads.length;
  if (options.evaluation)
    heads.push({ title: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', width: 150 });
  const n = heads.length;

  const ikiCells = (r: PrintedRhk): CellSpec[][] =>
    (r.iki.length > 0 ? r.iki : [{ aspect: '', indicator: '-', target: '', realisasi: '-' }]).map((iki) => {
      const cells: CellSpec[] = options.kualitatif
        ? [
            {
              paras: [
                { text: iki.indicator },
                ...(iki.target ? [{ text: `Target: ${iki.target}`, font: 'italic' as const }] : []),
              ],
            },
          ]
        : [text(iki.aspect || '-'), text(iki.indicator), centered(iki.target || '-')];
      if (options.evaluation) cells.push(centered(iki.realisasi ?? '-'));
      return cells;
    });

  const rows: RowSpec[] = [];
  for (const group of ['UTAMA', 'TAMBAHAN'] as const) {
    const list = rhk.filter((r) => r.group === group);
    rows.push(sectionRow(group === 'UTAMA' ? 'A. UTAMA' : 'B. TAMBAHAN', n));
    if (list.length === 0) {
      rows.push({ cells: [{ ...text('-'), colSpan: n, align: 'center' }] });
      continue;
    }
    for (const r of list) {
      const outer: CellSpec[] = [centered(r.number), text(r.parentText || '-'), text(r.text)];
      if (options.evaluation) outer.push(lines(r.feedback));
      rows.push({ cells: outer, sub: { from: subFrom, to: subTo, rows: ikiCells(r) } });
    }
  }
  drawTable(w, {
    columns: heads.map((h) => h.width),
    header: [
      { cells: [{ ...text('HASIL KERJA', 'bold'), fill: HEADER_FILL, colSpan: n }] },
      { cells: heads.map((h) => headerCell(h.title)) },
      { cells: heads.map((_, i) => ({ ...centered(`(${i + 1})`), size: 7 })) },
    ],
    rows,
    size: SIZE,
  });
}

/**
 * PERILAKU KERJA: the 7 BerAKHLAK values with their 3 panduan and the ekspektasi khusus pimpinan; an evaluation
 * adds the umpan balik per value.
 */
export function drawPerilaku(w: Writer, behaviour: PrintedBehaviour[], evaluation: boolean): void {
  const heads = [
    { title: 'NO', width: 20 },
    { title: 'PERILAKU KERJA', width: evaluation ? 230 : 290 },
    { title: 'EKSPEKTASI KHUSUS PIMPINAN', width: evaluation ? 160 : 205 },
  ];
  if (evaluation) heads.push({ title: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', width: 200 });
  const rows: RowSpec[] = behaviour.map((b) => {
    const cells: CellSpec[] = [
      centered(b.number),
      {
        paras: [
          { text: b.name, font: 'bold' },
          ...b.guides.map((g, i) => ({ text: g, prefix: `${LETTERS[i]}.` })),
        ],
      },
      {
        paras: [{ text: 'Ekspektasi Khusus Pimpinan:', font: 'italic' }, { text: b.expectation || '-' }],
      },
    ];
    if (evaluation) cells.push(lines(b.feedback));
    return { cells };
  });
  drawTable(w, {
    columns: heads.map((h) => h.width),
    header: [
      { cells: [{ ...text('PERILAKU KERJA', 'bold'), fill: HEADER_FILL, colSpan: heads.length }] },
      { cells: heads.map((h) => headerCell(h.title)) },
    ],
    rows,
    size: SIZE,
  });
}

/** A numbered list under a bold heading (Lampiran SKP). */
export function drawNumberedList(w: Writer, heading: string, items: string[]): void {
  w.ensure(w.lineHeight(10) * 2 + 4);
  w.paragraph(heading, { font: 'bold', size: 10 });
  w.y += 2;
  const list = items.length > 0 ? items : ['-'];
  list.forEach((item, i) => {
    w.paragraph(item, { size: 10, x: w.left + 12, prefix: `${i + 1}.`, indent: 18 });
    w.y += 1;
  });
  w.y += 8;
}
