import type { DokumenEvaluasiBody, PrintedPerson } from '../content/types';
import { drawInstansiLine, drawPeriodMarks, drawTitle } from './form-header';
import type { DocumentFrame } from './frame';
import { drawSignatures } from './signatures';
import { HEADER_FILL, drawTable, text, type RowSpec } from './table';

const SIZE = 9.5;

function section(number: string, title: string): RowSpec {
  return {
    cells: [
      { ...text(number, 'bold'), fill: HEADER_FILL, align: 'center' },
      { ...text(title, 'bold'), fill: HEADER_FILL, colSpan: 2 },
    ],
    keepWithNext: true,
  };
}

function personRows(p: PrintedPerson | null): RowSpec[] {
  const rows: [string, string][] = [
    ['NAMA', p?.fullName ?? '-'],
    ['NIP', p?.nip || '-'],
    ['PANGKAT/GOL. RUANG', p?.pangkatGolongan || '-'],
    ['JABATAN', p?.positionName ?? '-'],
    ['UNIT KERJA', p?.unitName ?? '-'],
  ];
  return rows.map(([label, value]) => ({ cells: [text(''), text(label), text(value)] }));
}

/**
 * Dokumen Evaluasi Kinerja Pegawai, the cover (domain-research §1.11), A4 portrait: the three parties (the atasan
 * pejabat penilai by identity only, no signature), the evaluation, the note, and the two signatures.
 */
export function drawDokumenEvaluasi(frame: DocumentFrame, body: DokumenEvaluasiBody): void {
  const { w } = frame;
  frame.start('portrait');
  w.y += 6;
  drawTitle(w, body.titleLines, 13);
  w.y += 2;
  drawPeriodMarks(w, body.periodMarks);
  drawInstansiLine(w, { instansiName: body.instansiName, periodLine: body.periodLine });
  w.y += 4;
  const noteRow: RowSpec = {
    cells: [text(''), { ...text(body.note || '-'), colSpan: 2 }],
  };
  drawTable(w, {
    columns: [26, 160, 329],
    header: [],
    rows: [
      section('1.', 'PEGAWAI YANG DINILAI'),
      ...personRows(body.employee),
      section('2.', 'PEJABAT PENILAI KINERJA'),
      ...personRows(body.appraiser),
      section('3.', 'ATASAN PEJABAT PENILAI KINERJA'),
      ...personRows(body.appraiserSupervisor),
      section('4.', 'EVALUASI KINERJA'),
      { cells: [text(''), text('CAPAIAN KINERJA ORGANISASI'), text(body.orgRatingText, 'bold')] },
      { cells: [text(''), text('PREDIKAT KINERJA PEGAWAI'), text(body.predikat, 'bold')] },
      section('5.', 'CATATAN/REKOMENDASI'),
      noteRow,
    ],
    size: SIZE,
    padding: 4,
  });
  const place = `${frame.settings.city}, ${body.signature.dateText}`;
  drawSignatures(
    w,
    { caption: [place, 'Pegawai yang Dinilai'], person: body.employee },
    { caption: [place, 'Pejabat Penilai Kinerja'], person: body.appraiser },
  );
}
