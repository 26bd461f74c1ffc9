import {
  PREDIKAT_LABELS,
  RATING_LABELS,
  type Predikat,
  type Rating,
} from '../../../../shared/domain/predikat';
import { formatIdNumber } from '../../../../shared/domain/skp-target';
import {
  EXCLUSION_REASON_LABELS,
  type EvaluationDto,
  type PeriodState,
} from '../../../../shared/ipc/methods/evaluation';
import { ENTERED_AS_LABELS, type RealisasiEntryDto } from '../../../../shared/ipc/methods/realisasi';
import { formatShortTimestamp } from '../../lib/format';

/** Capaian is a helper beside the realisasi, never the rating (BKN: "tidak digunakan lagi rumus matematis"). */
export const CAPAIAN_LABEL = 'Capaian (alat bantu, bukan rating)';

const PREDIKAT_TONES: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'badge-success',
  BAIK: 'badge-info',
  BUTUH_PERBAIKAN: 'badge-warning',
  KURANG: 'badge-danger',
  SANGAT_KURANG: 'badge-danger',
};

export function PredikatChip({ predikat, testId }: { predikat: Predikat; testId?: string }) {
  return (
    <span
      className={`badge predikat-chip ${PREDIKAT_TONES[predikat]}`}
      data-testid={testId ?? 'predikat'}
      data-predikat={predikat}
    >
      {PREDIKAT_LABELS[predikat]}
    </span>
  );
}

/** "Di atas" / "Sesuai" / "Di bawah": the ratings in a narrow table cell. */
export const RATING_SHORT: Readonly<Record<Rating, string>> = {
  DI_ATAS: 'Di atas',
  SESUAI: 'Sesuai',
  DI_BAWAH: 'Di bawah',
};

export function ratingText(rating: Rating | null): string {
  return rating ? RATING_LABELS[rating] : 'Belum dinilai';
}

/** The result of one evaluation as a chip: the predikat, "Dikecualikan", or "Belum dinilai". */
export function EvaluationChip({ evaluation }: { evaluation: EvaluationDto }) {
  if (evaluation.excludedReason) {
    return (
      <span className="badge badge-muted" data-testid="predikat" data-predikat="EXCLUDED">
        Dikecualikan: {EXCLUSION_REASON_LABELS[evaluation.excludedReason].toLowerCase()}
      </span>
    );
  }
  if (evaluation.predikat) return <PredikatChip predikat={evaluation.predikat} />;
  return (
    <span className="badge badge-muted" data-testid="predikat" data-predikat="NONE">
      Belum dinilai
    </span>
  );
}

export const PERIOD_STATE_LABELS: Readonly<Record<PeriodState, string>> = {
  OPEN: 'Terbuka',
  FINAL: 'Final',
  CORRECTION: 'Koreksi',
};

const PERIOD_STATE_TONES: Readonly<Record<PeriodState, string>> = {
  OPEN: 'badge-info',
  FINAL: 'badge-success',
  CORRECTION: 'badge-warning',
};

export function PeriodStateBadge({ state }: { state: PeriodState }) {
  return (
    <span className={`badge ${PERIOD_STATE_TONES[state]}`} data-testid="period-state" data-state={state}>
      {PERIOD_STATE_LABELS[state]}
    </span>
  );
}

/** "Diisi oleh Rina Marlina (pegawai) · 29 Nov 2026 10.15". */
export function enteredByText(entry: RealisasiEntryDto): string {
  return `Diisi oleh ${entry.enteredBy} (${ENTERED_AS_LABELS[entry.enteredAs]}) · ${formatShortTimestamp(entry.enteredAt)}`;
}

export function realisasiText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatIdNumber(value);
}
