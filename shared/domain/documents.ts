import { formatNip } from './nip';
import type { PeriodKind } from './periods';
import { searchKey } from './names';
import type { PositionType } from './positions';
import type { Approach } from './skp';

/**
 * The printable documents of PermenPAN-RB 6/2022 (domain.md §7, domain-research §1.2, §1.10, §1.11) and the
 * small rules shared by the screens and the PDF builder: titles, file names, how a NIP is printed.
 */
export const DOCUMENT_KINDS = ['SKP', 'EVALUASI', 'DOKUMEN_EVALUASI', 'REKAP'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  SKP: 'SKP',
  EVALUASI: 'Evaluasi Kinerja Pegawai',
  DOKUMEN_EVALUASI: 'Dokumen Evaluasi Kinerja Pegawai',
  REKAP: 'Rekap Predikat',
};

/**
 * What to print. An SKP prints the revision in force unless a revision number is given; a revision that is not
 * approved prints only as a draft (with the DRAF watermark) when the caller asks for it.
 */
export type DocumentRequest =
  | { kind: 'SKP'; skpId: number; revisionNumber?: number }
  | { kind: 'EVALUASI'; skpId: number; periodId: number }
  | { kind: 'DOKUMEN_EVALUASI'; skpId: number; periodId: number }
  | { kind: 'REKAP'; unitId: number; periodId: number };

/**
 * "198609262015051001" → "19860926 201505 1 001". A NI PPPK (digits 13–14 a code, not a month) is grouped the
 * same way, as BKN prints it; anything that is not 18 digits is printed as stored.
 */
export function formatNipForPrint(nip: string): string {
  return formatNip(nip.replace(/\s+/g, ''));
}

/**
 * The form's subtitle line for the jabatan (domain-research §1.2): JPT has its own form; pelaksana is named as
 * e-Kinerja prints it; administrator, pengawas and fungsional share "pejabat administrasi dan fungsional".
 */
export function formAudienceLine(positionType: PositionType | null): string {
  switch (positionType) {
    case 'JPT':
      return 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI';
    case 'PELAKSANA':
      return 'BAGI JABATAN PELAKSANA';
    default:
      return 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL';
  }
}

export function approachLine(approach: Approach): string {
  return `PENDEKATAN HASIL KERJA ${approach}`;
}

/** The four boxes of "PERIODE: TRIWULAN I/II/III/IV-AKHIR"; which one applies to a period, if any. */
export const QUARTER_MARKS = ['I', 'II', 'III', 'IV', 'AKHIR'] as const;
export type QuarterMark = (typeof QUARTER_MARKS)[number];

/**
 * The marks of the period line and which of them apply. Triwulan periods strike all but their quarter and the
 * annual one all but AKHIR (domain-research §1.8). Bulanan and semesteran years print their own line, since the
 * national form has no box for them; nothing is struck there.
 */
export function periodMarks(
  kind: PeriodKind,
  number: number,
): { prefix: string; marks: { text: string; applies: boolean }[] } {
  if (kind === 'QUARTER' || kind === 'ANNUAL') {
    const applying: QuarterMark = kind === 'ANNUAL' ? 'AKHIR' : (QUARTER_MARKS[number - 1] ?? 'I');
    return {
      prefix: 'PERIODE: TRIWULAN ',
      marks: QUARTER_MARKS.map((m) => ({ text: m, applies: m === applying })),
    };
  }
  if (kind === 'SEMESTER') {
    const marks = ['I', 'II'].map((m, i) => ({ text: m, applies: i + 1 === number }));
    return { prefix: 'PERIODE: SEMESTER ', marks };
  }
  return { prefix: 'PERIODE: BULAN ', marks: [{ text: String(number), applies: true }] };
}

/**
 * A file-name-safe short form of a name, gelar left out: "Dr. Siti Ṣāliḥah, M.Si." → "Siti_Salihah". Words with a
 * full stop are taken for gelar, and so is everything after the first comma.
 */
export function fileNamePart(text: string): string {
  const core = text
    .split(',')[0]!
    .split(/\s+/)
    .filter((w) => !w.includes('.'))
    .join(' ');
  const plain = searchKey(core || text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return plain.join('_').slice(0, 60) || 'Dokumen';
}

/**
 * "SKP_2026_199001012015051001_Nama.pdf"; evaluations add the period ("EVALUASI_2026_TW2_…"), a recap names the
 * unit instead of a pegawai.
 */
export function documentFileName(parts: {
  kind: DocumentKind;
  year: number;
  periodCode?: string;
  nip?: string;
  name: string;
}): string {
  const pieces: string[] = [parts.kind, String(parts.year)];
  if (parts.periodCode) pieces.push(parts.periodCode);
  if (parts.nip) pieces.push(parts.nip.replace(/\s+/g, ''));
  pieces.push(fileNamePart(parts.name));
  return `${pieces.join('_')}.pdf`;
}

/** "TW2", "SM1", "BL03", "AKHIR" for file names. */
export function periodFileCode(kind: PeriodKind, number: number): string {
  switch (kind) {
    case 'QUARTER':
      return `TW${number}`;
    case 'SEMESTER':
      return `SM${number}`;
    case 'MONTH':
      return `BL${String(number).padStart(2, '0')}`;
    case 'ANNUAL':
      return 'AKHIR';
  }
}
