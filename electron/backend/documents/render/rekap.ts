import type { RekapBody } from '../content/types';
import { drawCurve } from './curve';
import { drawTitle } from './form-header';
import type { DocumentFrame } from './frame';
import { drawSignatures } from './signatures';
import { HEADER_FILL, centered, drawTable, headerCell, text, type RowSpec } from './table';

/**
 * Rekap Predikat of a unit for a period, A4 portrait: one row per pegawai, the counts, the kurva picture, the
 * rules the counts break and the reason recorded at finalisation, signed by the head of the unit.
 */
export function drawRekap(frame: DocumentFrame, body: RekapBody): void {
  const { w } = frame;
  frame.start('portrait');
  drawTitle(w, body.titleLines, 12);
  w.y += 6;
  const facts: [string, string][] = [
    ['Instansi', body.instansiName],
    ['Unit kerja', body.unitName],
    ['Periode', body.periodText],
    ['Capaian kinerja organisasi', body.curve.orgRatingText],
    ['Status', body.statusText],
  ];
  for (const [label, value] of facts) {
    w.ensure(w.lineHeight(9.5));
    w.line(label, w.left, w.y, { size: 9.5 });
    w.line(':', w.left + 140, w.y, { size: 9.5 });
    const y0 = w.y;
    w.paragraph(value, { size: 9.5, x: w.left + 148, font: 'bold' });
    if (w.y === y0) w.y += w.lineHeight(9.5);
  }
  w.y += 6;
  const rows: RowSpec[] =
    body.rows.length > 0
      ? body.rows.map((r) => ({
          cells: [
            centered(r.number),
            { paras: [{ text: r.fullName, font: 'bold' }, { text: `NIP. ${r.nip}` }] },
            text(r.positionName),
            centered(r.ratingHasil),
            centered(r.ratingPerilaku),
            centered(r.predikat, 'bold'),
          ],
        }))
      : [{ cells: [{ ...centered('Belum ada pegawai yang dinilai pada periode ini.'), colSpan: 6 }] }];
  drawTable(w, {
    columns: [22, 150, 130, 70, 70, 73],
    header: [
      {
        cells: [
          headerCell('NO'),
          headerCell('NAMA / NIP'),
          headerCell('JABATAN'),
          headerCell('RATING HASIL KERJA'),
          headerCell('RATING PERILAKU KERJA'),
          headerCell('PREDIKAT KINERJA'),
        ],
      },
    ],
    rows,
    size: 8.5,
  });
  w.y += 10;
  drawTable(w, {
    columns: [...body.curve.labels.map(() => 80), 80],
    header: [{ cells: [...body.curve.labels.map((l) => headerCell(l)), headerCell('JUMLAH')] }],
    rows: [
      {
        cells: [
          ...body.curve.counts.map((c) => centered(String(c), 'bold')),
          centered(String(body.curve.total), 'bold'),
        ],
      },
    ],
    size: 8.5,
  });
  w.y += 10;
  drawCurve(w, body.curve, { width: 440, height: 170 });
  w.y += 6;
  const notes: RowSpec[] = [
    {
      cells: [{ ...text('KESESUAIAN DENGAN KURVA DISTRIBUSI', 'bold'), fill: HEADER_FILL }],
      keepWithNext: true,
    },
    {
      cells: [
        body.violations.length === 0
          ? text('Sebaran predikat sesuai dengan kurva distribusi.')
          : { paras: body.violations.map((v, i) => ({ text: v, prefix: `${i + 1}.` })) },
      ],
    },
  ];
  if (body.deviationReason) {
    notes.push(
      {
        cells: [{ ...text('ALASAN PENYIMPANGAN YANG DICATAT SAAT FINALISASI', 'bold'), fill: HEADER_FILL }],
        keepWithNext: true,
      },
      { cells: [text(body.deviationReason)] },
    );
  }
  drawTable(w, { columns: [1], header: [], rows: notes, size: 9, padding: 4 });
  drawSignatures(w, null, {
    caption: [`${frame.settings.city}, ${body.signature.dateText}`, body.signerCaption],
    person: body.signer,
  });
}
