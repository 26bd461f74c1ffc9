import { z } from 'zod';
import type { KurvaBound, KurvaViolation, PredikatCounts } from '../../domain/kurva';
import { ORG_RATINGS, RATINGS, type OrgRating, type Predikat, type Rating } from '../../domain/predikat';
import { HR_ROLES } from '../../domain/roles';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import { id, isoDate, optionalText, requiredText } from './fields';
import type { FeedbackDto, RealisasiSheet } from './realisasi';
import type { PeriodDto, YearRef } from './years';

/**
 * Penilaian kinerja (domain.md §5): the two ratings and the predikat per SKP per period (and the year), the
 * organisation's own rating, the kurva distribusi, and the finalisation of a period for the kecamatan.
 */

// ---------------------------------------------------------------------------------------------------------
// DTOs

/** Why a pegawai is left out of a period's evaluation (and of the kurva). */
export const EXCLUSION_REASONS = ['CUTI', 'MUTASI', 'TUGAS_BELAJAR', 'LAINNYA'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, string>> = {
  CUTI: 'Cuti',
  MUTASI: 'Mutasi',
  TUGAS_BELAJAR: 'Tugas belajar',
  LAINNYA: 'Lainnya',
};

export interface EvaluationDto {
  skpId: number;
  periodId: number;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  /** Null until both ratings are set. */
  predikat: Predikat | null;
  note: string;
  excludedReason: ExclusionReason | null;
  excludedNote: string;
  /** The SKP revision in force when rated: what the evaluation documents print. */
  skpRevisionNumber: number | null;
  ratedBy: string | null;
  /** The pejabat penilai an ADMIN recorded the rating for ("atas nama"), or null. */
  ratedOnBehalfOf: string | null;
  ratedAt: string | null;
  /** 0 before the first rating. */
  version: number;
}

/** One periodic period's result, shown as support on the annual rating screen. */
export interface PeriodicHistoryRow {
  period: PeriodDto;
  evaluation: EvaluationDto | null;
  averageCapaian: number | null;
  feedback: FeedbackDto[];
}

/** Everything the penilai's screen for one bawahan and one period needs, in one call. */
export interface EvaluationScreen {
  sheet: RealisasiSheet;
  evaluation: EvaluationDto;
  /** For a head of unit (camat): the Rating Hasil Kerja that follows from the org rating (domain.md §5). */
  ratingHasilFromOrg: Rating | null;
  orgRating: OrgRatingDto | null;
  /** Filled for the ANNUAL period: every periodic period of the SKP, in order. */
  history: PeriodicHistoryRow[];
  can: { rate: boolean; rateOnBehalf: boolean; exclude: boolean };
}

export interface EvaluationListRow {
  skpId: number;
  employeeId: number;
  fullName: string;
  nip: string;
  positionName: string;
  unitName: string;
  appraiserName: string | null;
  filledCount: number;
  ikiCount: number;
  evidenceCount: number;
  feedbackCount: number;
  averageCapaian: number | null;
  evaluation: EvaluationDto;
}

export interface EvaluationList {
  year: YearRef;
  period: PeriodDto;
  rows: EvaluationListRow[];
  /** Rated (both ratings) or excluded, over rows. */
  doneCount: number;
}

export interface OrgRatingDto {
  periodId: number;
  unitId: number;
  rating: OrgRating;
  sourceNumber: string;
  sourceDate: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
  version: number;
}

/** A pegawai who counts for the kurva but is not rated yet (and not excluded). */
export interface UnratedRow {
  skpId: number;
  employeeId: number;
  fullName: string;
  nip: string;
  positionName: string;
  appraiserName: string | null;
}

export interface FinalisationDto {
  revision: number;
  finalisedAt: string;
  finalisedBy: string;
  deviationReason: string;
  /** Set when an ADMIN opened this finalisation for correction. */
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string;
  recap: FinalisationRecap;
}

/** The result of a period as it stood when finalised: kept whole, so a correction never erases it. */
export interface FinalisationRecap {
  orgRating: OrgRating | null;
  counts: PredikatCounts;
  violations: KurvaViolation[];
  rows: {
    skpId: number;
    employeeId: number;
    fullName: string;
    nip: string;
    positionName: string;
    ratingHasil: Rating | null;
    ratingPerilaku: Rating | null;
    predikat: Predikat | null;
    excludedReason: ExclusionReason | null;
  }[];
}

export type PeriodState = 'OPEN' | 'FINAL' | 'CORRECTION';

export interface KurvaView {
  year: YearRef;
  period: PeriodDto;
  unitId: number;
  unitName: string;
  orgRating: OrgRatingDto | null;
  counts: PredikatCounts;
  /** Rated pegawai (the n of the kurva). */
  total: number;
  band: Record<Predikat, KurvaBound>;
  /** Empty when the counts keep to the kurva (or without an org rating). */
  violations: KurvaViolation[];
  unrated: UnratedRow[];
  excludedCount: number;
  /** Finalisation is for the whole kecamatan: the state of the period there. */
  state: PeriodState;
  /** Every finalisation of the period, newest first. */
  finalisations: FinalisationDto[];
  /** What still blocks finalisation, in Bahasa Indonesia (empty when it may go ahead). */
  blockers: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

const ref = { skpId: id, periodId: id };
const version = z.number().int().min(0);
const rating = z.enum(RATINGS, { error: 'Pilih rating' });

export const rateInput = z.object({
  ...ref,
  /** 0 for the first rating. */
  version,
  ratingHasil: rating,
  ratingPerilaku: rating,
  note: optionalText('Catatan', 2000),
});
export type RateInput = z.input<typeof rateInput>;

export const orgRatingInput = z.object({
  periodId: id,
  /** Null: the kecamatan (the top unit). */
  unitId: id.nullable().default(null),
  version,
  rating: z.enum(ORG_RATINGS, { error: 'Pilih capaian kinerja organisasi' }),
  sourceNumber: requiredText('Nomor penetapan', 100),
  sourceDate: isoDate('Tanggal penetapan'),
  note: optionalText('Catatan', 1000),
});
export type OrgRatingInput = z.input<typeof orgRatingInput>;

// ---------------------------------------------------------------------------------------------------------
// Access

type WithSkp = { skpId: number };
const bySkp = (input: WithSkp) => input.skpId;
const hrOrViewer = roles<WithSkp>(HR_ROLES, { relation: 'viewer', skpOf: bySkp });
/** The pejabat penilai, or an ADMIN recording on their behalf ("atas nama", with a note). */
const adminOrAppraiser = roles<WithSkp>(['ADMIN'], { relation: 'appraiser', skpOf: bySkp });
const adminOnly = roles(['ADMIN']);
const write = 'write' as const;

export const evaluationMethods = {
  /**
   * The pegawai to rate in a period: as a penilai their bawahan (`scope: 'mine'`); HR staff every pegawai with
   * an approved SKP, optionally of a unit and its subunits.
   */
  'evaluation.list': method({
    input: z.object({
      periodId: id,
      scope: z.enum(['mine', 'all']).default('mine'),
      unitId: id.nullable().default(null),
    }),
    output: returns<EvaluationList>(),
    access: signedIn,
  }),
  'evaluation.get': method({ input: z.object(ref), output: returns<EvaluationScreen>(), access: hrOrViewer }),
  /**
   * Sets both ratings (the predikat follows). Refused for anyone but the pejabat penilai, or an ADMIN with a
   * note ("atas nama"); LOCKED once the period is finalised.
   */
  'evaluation.rate': method({
    input: rateInput,
    output: returns<EvaluationScreen>(),
    access: adminOrAppraiser,
    effect: write,
  }),
  /** Leaves a pegawai out of the period's evaluation and kurva, with a reason; `reason: null` takes it back. */
  'evaluation.exclude': method({
    input: z.object({
      ...ref,
      version,
      reason: z.enum(EXCLUSION_REASONS).nullable(),
      note: optionalText('Keterangan', 1000),
    }),
    output: returns<EvaluationScreen>(),
    access: adminOnly,
    effect: write,
  }),
  'orgRating.get': method({
    input: z.object({ periodId: id, unitId: id.nullable().default(null) }),
    output: returns<OrgRatingDto | null>(),
    access: signedIn,
  }),
  'orgRating.set': method({
    input: orgRatingInput,
    output: returns<OrgRatingDto>(),
    access: adminOnly,
    effect: write,
  }),
  /** The kurva of a period for a unit and its subunits (the kecamatan when `unitId` is null). */
  'kurva.get': method({
    input: z.object({ periodId: id, unitId: id.nullable().default(null) }),
    output: returns<KurvaView>(),
    access: roles(HR_ROLES),
  }),
  /**
   * Finalises the period for the kecamatan: every active pegawai with an approved SKP rated or excluded, and no
   * kurva violation unless `deviationReason` is written. Afterwards its ratings, realisasi, evidence and feedback
   * answer LOCKED.
   */
  'finalisation.finalise': method({
    input: z.object({ periodId: id, deviationReason: optionalText('Alasan penyimpangan', 2000) }),
    output: returns<KurvaView>(),
    access: adminOnly,
    effect: write,
  }),
  /** Opens a finalised period for a reasoned correction; the finalised recap stays readable. */
  'finalisation.reopen': method({
    input: z.object({ periodId: id, reason: requiredText('Alasan koreksi', 2000) }),
    output: returns<KurvaView>(),
    access: adminOnly,
    effect: write,
  }),
};
