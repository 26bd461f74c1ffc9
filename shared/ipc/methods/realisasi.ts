import { z } from 'zod';
import { CORE_VALUE_CODES, type CoreValueCode } from '../../domain/behaviour';
import type { Aspect, Direction, RhkGroup } from '../../domain/skp';
import type { Target } from '../../domain/skp-target';
import { HR_ROLES } from '../../domain/roles';
import { roles } from '../access';
import { method, returns } from '../define';
import { id, optionalText, requiredText } from './fields';
import type { PersonSnapshot } from './skp';
import type { PeriodDto, YearRef } from './years';

/**
 * Pelaksanaan kinerja: realisasi per IKI per period with bukti dukung, and the penilai's umpan balik
 * berkelanjutan (domain.md §4). Everything is keyed by the SKP, the period and the RHK/IKI lineage, so entries
 * survive a new revision of the SKP that keeps the indicator.
 */

// ---------------------------------------------------------------------------------------------------------
// DTOs

/** Who entered a value, as the entry shows it: "Diisi oleh Siti Rahma (pegawai), 3 Juli 2026 10.15". */
export type EnteredAs = 'PEGAWAI' | 'PENILAI' | 'OPERATOR' | 'ADMIN';
export const ENTERED_AS_LABELS: Readonly<Record<EnteredAs, string>> = {
  PEGAWAI: 'pegawai',
  PENILAI: 'pejabat penilai',
  OPERATOR: 'operator',
  ADMIN: 'admin kepegawaian',
};

export const EVIDENCE_KINDS = ['FILE', 'LINK'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceDto {
  id: number;
  ikiLineageId: number;
  kind: EvidenceKind;
  /** The file name for a file, the title (or the URL) for a link. */
  title: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  sha256: string | null;
  /** Whether the app can show it itself (PDF and images). */
  previewable: boolean;
  /**
   * False when the stored file is missing or its bytes no longer match its SHA-256: flagged on the page.
   * Always true for links.
   */
  intact: boolean;
  addedBy: string;
  addedAt: string;
}

export interface RealisasiEntryDto {
  ikiLineageId: number;
  value: number | null;
  note: string;
  enteredBy: string;
  enteredAs: EnteredAs;
  enteredAt: string;
  version: number;
}

export interface RealisasiIkiRow {
  ikiLineageId: number;
  order: number;
  aspect: Aspect | null;
  indicator: string;
  target: Target | null;
  targetText: string;
  unitOfMeasure: string;
  direction: Direction;
  entry: RealisasiEntryDto | null;
  /** Capaian as a fraction (1 = 100 %), a helper only; null without realisasi or target. */
  capaian: number | null;
  evidence: EvidenceDto[];
}

export interface RealisasiRhkRow {
  rhkLineageId: number;
  group: RhkGroup;
  order: number;
  text: string;
  /** The atasan's RHK this one intervenes, as the SKP in force records it. */
  parentText: string;
  iki: RealisasiIkiRow[];
}

export interface FeedbackDto {
  id: number;
  /** Exactly one of these two is set. */
  rhkLineageId: number | null;
  coreValue: CoreValueCode | null;
  text: string;
  authorName: string;
  at: string;
}

/** Why the sheet cannot be edited now; null when it can. */
export interface PeriodLock {
  reason: 'FINALISED' | 'YEAR_CLOSED' | 'OUTSIDE_SKP' | 'NO_APPROVED_SKP';
  message: string;
}

/** One SKP's realisasi, evidence and feedback for one period: the "Realisasi" grid and the evaluation screen. */
export interface RealisasiSheet {
  skpId: number;
  skpVersion: number;
  year: YearRef;
  period: PeriodDto;
  /** The SKP revision in force (the one whose IKI are shown). */
  revisionNumber: number;
  employee: PersonSnapshot;
  appraiser: PersonSnapshot | null;
  rhk: RealisasiRhkRow[];
  feedback: FeedbackDto[];
  /** The average of the IKI capaian that are known: a helper, never the rating. */
  averageCapaian: number | null;
  filledCount: number;
  ikiCount: number;
  lock: PeriodLock | null;
  can: { enterRealisasi: boolean; addEvidence: boolean; giveFeedback: boolean };
  /** The evidence file size limit in bytes (setting, default 20 MB). */
  evidenceMaxBytes: number;
}

export interface EvidenceContent {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64. */
  base64: string;
  intact: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

const sheetRef = { skpId: id, periodId: id };

/** A realisasi value: a number ≥ 0, or null to clear it. Text ("12,5") is parsed by the renderer. */
export const realisasiValue = z
  .number({ error: 'Realisasi harus berupa angka' })
  .finite('Realisasi harus berupa angka')
  .min(0, 'Realisasi tidak boleh negatif')
  .max(1e15, 'Realisasi terlalu besar')
  .nullable();

export const REALISASI_NOTE_MAX = 2000;

export const realisasiEntryInput = z.object({
  ikiLineageId: id,
  value: realisasiValue,
  /** Left out: the note stays as it is (a column of values pasted from a spreadsheet keeps the notes). */
  note: z
    .string()
    .trim()
    .max(REALISASI_NOTE_MAX, `Catatan paling banyak ${REALISASI_NOTE_MAX} karakter`)
    .optional(),
});

export const EVIDENCE_LINK_MAX = 2000;

export const evidenceLinkInput = z.object({
  ...sheetRef,
  ikiLineageId: id,
  url: z
    .string()
    .trim()
    .max(EVIDENCE_LINK_MAX, 'Tautan terlalu panjang')
    .refine((url) => /^https?:\/\/\S+$/i.test(url), 'Tautan harus diawali http:// atau https://'),
  title: optionalText('Judul', 200),
});

export const evidenceFileInput = z.object({
  ...sheetRef,
  ikiLineageId: id,
  fileName: requiredText('Nama berkas', 255),
  /** The bytes, base64 (both transports carry JSON). The backend checks size and content type. */
  contentBase64: z.string().min(1, 'Berkas kosong'),
});

export const feedbackInput = z
  .object({
    ...sheetRef,
    rhkLineageId: id.nullable().default(null),
    coreValue: z.enum(CORE_VALUE_CODES).nullable().default(null),
    text: requiredText('Umpan balik', 2000),
  })
  .refine((f) => (f.rhkLineageId === null) !== (f.coreValue === null), {
    message: 'Pilih satu RHK atau satu nilai perilaku untuk umpan balik ini',
  });

// ---------------------------------------------------------------------------------------------------------
// Access

type WithSkp = { skpId: number };
const bySkp = (input: WithSkp) => input.skpId;
/** HR staff, or anyone at or above the pegawai in the atasan chain (read-only). */
const hrOrViewer = roles<WithSkp>(HR_ROLES, { relation: 'viewer', skpOf: bySkp });
/** HR staff, the pegawai, or their pejabat penilai. */
const hrSelfOrAppraiser = roles<WithSkp>(HR_ROLES, { relation: 'selfOrAppraiser', skpOf: bySkp });
/** Only the pejabat penilai writes umpan balik. */
const appraiserOnly = roles<WithSkp>([], { relation: 'appraiser', skpOf: bySkp });

const write = 'write' as const;
const sheet = returns<RealisasiSheet>();

export const realisasiMethods = {
  'realisasi.sheet': method({ input: z.object(sheetRef), output: sheet, access: hrOrViewer }),
  /**
   * Sets (or clears) the realisasi of several IKI at once, in one transaction: one typed value, or a column
   * pasted from a spreadsheet. Refused whole when any value is bad, naming the row.
   */
  'realisasi.set': method({
    input: z.object({
      ...sheetRef,
      entries: z.array(realisasiEntryInput).min(1, 'Tidak ada realisasi untuk disimpan').max(500),
    }),
    output: sheet,
    access: hrSelfOrAppraiser,
    effect: write,
  }),
  /**
   * 'own': the content type is detected asynchronously, outside a transaction; the handler then writes in its
   * own transaction, with its audit entry.
   */
  'evidence.addFile': method({
    input: evidenceFileInput,
    output: sheet,
    access: hrSelfOrAppraiser,
    effect: 'own',
  }),
  'evidence.addLink': method({
    input: evidenceLinkInput,
    output: sheet,
    access: hrSelfOrAppraiser,
    effect: write,
  }),
  'evidence.remove': method({
    input: z.object({ ...sheetRef, evidenceId: id }),
    output: sheet,
    access: hrSelfOrAppraiser,
    effect: write,
  }),
  /** The file's bytes for the in-app preview (and the Electron shell's "open with the system viewer"). */
  'evidence.content': method({
    input: z.object({ ...sheetRef, evidenceId: id }),
    output: returns<EvidenceContent>(),
    access: hrOrViewer,
  }),
  'feedback.add': method({ input: feedbackInput, output: sheet, access: appraiserOnly, effect: write }),
};
