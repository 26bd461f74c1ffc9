import type { DocumentKind } from '../../../../shared/domain/documents';
import type { OrgRating, Predikat } from '../../../../shared/domain/predikat';
import type { KurvaBound } from '../../../../shared/domain/kurva';

/**
 * What a printed document says, as plain JSON-serialisable data: the content loaders fill it from the record's
 * snapshots, the renderer lays it out (also inside a worker thread), and the register hashes it for the QR.
 * Every text is final (labels resolved, dates in Indonesian, NIP grouped) so the renderer makes no decisions.
 */
export interface DocumentContent {
  kind: DocumentKind;
  title: string;
  /** "SKP_2026_199001012015051001_Nama.pdf" */
  fileName: string;
  /** SKP revision number, or the finalisation revision of a recap; null when nothing is finalised. */
  recordRevision: number | null;
  employeeId: number | null;
  skpId: number | null;
  skpRevisionId: number | null;
  periodId: number | null;
  unitId: number | null;
  isDraft: boolean;
  body: DocumentBody;
}

export type DocumentBody = SkpBody | EvaluasiBody | DokumenEvaluasiBody | RekapBody;

/** One party as printed: from the SKP revision's snapshot, never today's register. */
export interface PrintedPerson {
  fullName: string;
  /** Grouped: "19860926 201505 1 001"; empty when unknown. */
  nip: string;
  pangkatGolongan: string;
  positionName: string;
  unitName: string;
}

export interface PrintedIki {
  /** "Kuantitas"; empty in the kualitatif approach. */
  aspect: string;
  indicator: string;
  /** "12 Dokumen", "80–90 %"; empty when none. */
  target: string;
  /** Evaluations only: "10 Dokumen"; "-" when not filled. */
  realisasi?: string;
}

export interface PrintedRhk {
  /** "1", "2" … numbered within its group. */
  number: string;
  group: 'UTAMA' | 'TAMBAHAN';
  /** RHK pimpinan/atasan yang diintervensi; empty when none. */
  parentText: string;
  text: string;
  iki: PrintedIki[];
  /** Evaluations only: the umpan balik berkelanjutan on this RHK, oldest first. */
  feedback?: string[];
}

export interface PrintedBehaviour {
  number: string;
  name: string;
  /** The three panduan perilaku, lettered by the renderer (a, b, c). */
  guides: string[];
  /** Ekspektasi khusus pimpinan; empty when none. */
  expectation: string;
  /** Evaluations only. */
  feedback?: string[];
}

/** The header every SKP-family form shares. */
export interface FormHeader {
  /** "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF", "BAGI …". */
  titleLines: string[];
  /** Name of the instansi (left of the period line), from the revision. */
  instansiName: string;
  /** "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026". */
  periodLine: string;
}

/** "(place), (date)" above the right-hand signature; the place comes from the settings at print time. */
export interface SignatureDate {
  /** ISO date the document is dated (approval, rating, finalisation). */
  date: string;
  /** "31 Desember 2026". */
  dateText: string;
}

export interface SkpBody {
  kind: 'SKP';
  header: FormHeader;
  approach: 'KUANTITATIF' | 'KUALITATIF';
  employee: PrintedPerson;
  appraiser: PrintedPerson | null;
  rhk: PrintedRhk[];
  behaviour: PrintedBehaviour[];
  lampiran: { resources: string[]; accountability: string[]; consequences: string[] };
  signature: SignatureDate;
}

/** The kurva picture: the unit's actual counts for the period, and the band allowed by the org rating. */
export interface CurveData {
  orgRating: OrgRating | null;
  /** "BAIK" as the form prints it; "-" when not set. */
  orgRatingText: string;
  /** Bar labels, best first (Sangat Baik … Sangat Kurang). */
  labels: string[];
  counts: number[];
  band: KurvaBound[];
  total: number;
  /** The unit the counts are over. */
  unitName: string;
}

export interface PeriodMarksData {
  prefix: string;
  marks: { text: string; applies: boolean }[];
}

export interface EvaluasiBody {
  kind: 'EVALUASI';
  header: FormHeader;
  periodMarks: PeriodMarksData;
  approach: 'KUANTITATIF' | 'KUALITATIF';
  employee: PrintedPerson;
  appraiser: PrintedPerson | null;
  curve: CurveData;
  rhk: PrintedRhk[];
  /** "SESUAI EKSPEKTASI"; "-" when not rated. */
  ratingHasil: string;
  behaviour: PrintedBehaviour[];
  ratingPerilaku: string;
  /** "BAIK"; "-" when not rated. */
  predikat: string;
  predikatCode: Predikat | null;
  signature: SignatureDate;
}

export interface DokumenEvaluasiBody {
  kind: 'DOKUMEN_EVALUASI';
  /** "DOKUMEN EVALUASI KINERJA PEGAWAI" */
  titleLines: string[];
  periodMarks: PeriodMarksData;
  instansiName: string;
  /** "PERIODE PENILAIAN: 1 APRIL SD 30 JUNI 2026". */
  periodLine: string;
  employee: PrintedPerson;
  appraiser: PrintedPerson | null;
  appraiserSupervisor: PrintedPerson | null;
  orgRatingText: string;
  predikat: string;
  /** Catatan/rekomendasi: the pejabat penilai's note on the rating. */
  note: string;
  signature: SignatureDate;
}

export interface RekapRow {
  number: string;
  fullName: string;
  nip: string;
  positionName: string;
  ratingHasil: string;
  ratingPerilaku: string;
  predikat: string;
}

export interface RekapBody {
  kind: 'REKAP';
  titleLines: string[];
  instansiName: string;
  unitName: string;
  /** "TRIWULAN II TAHUN 2026 (1 April s.d. 30 Juni 2026)". */
  periodText: string;
  /** "Final (revisi 1), 2 Juli 2026 oleh …" or "Belum final". */
  statusText: string;
  rows: RekapRow[];
  curve: CurveData;
  /** The kurva rules the counts break, as sentences. */
  violations: string[];
  deviationReason: string;
  /** The head of the unit signs the recap; null when the unit has no head in SIPKA. */
  signer: PrintedPerson | null;
  signerCaption: string;
  signature: SignatureDate;
}
