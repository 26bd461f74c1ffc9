import type { Direction } from './skp';

/**
 * Capaian IKI (domain.md §4): a helper shown beside the realisasi, never the rating (BKN: "tidak digunakan lagi
 * rumus matematis"). Higher-is-better: realisasi ÷ target. Lower-is-better (waktu, biaya): 2 − realisasi ÷ target.
 * A range target counts as met anywhere inside it; above it the upper bound is the target, below it the lower.
 */

export interface CapaianTarget {
  low: number;
  high: number;
  direction: Direction;
}

/**
 * Capaian as a fraction (1 = 100 %), or null when it cannot be computed: no realisasi, or a zero target (a
 * lower-is-better target of 0 with a realisasi of 0 is fully met). Decision: never below 0 (a lower-is-better
 * realisasi of more than twice its target).
 */
export function capaianIki(target: CapaianTarget, realisasi: number | null): number | null {
  if (realisasi === null || !Number.isFinite(realisasi)) return null;
  if (target.low !== target.high && realisasi >= target.low && realisasi <= target.high) return 1;
  const against = realisasi > target.high ? target.high : target.low;
  if (against === 0) {
    if (target.direction === 'LOWER_IS_BETTER' && realisasi === 0) return 1;
    return null;
  }
  const ratio = realisasi / against;
  const value = target.direction === 'HIGHER_IS_BETTER' ? ratio : 2 - ratio;
  return Math.max(0, value);
}

/** "105,3 %": one decimal, Indonesian decimal comma. */
export function formatCapaian(value: number | null): string {
  if (value === null) return '–';
  return `${(Math.round(value * 1000) / 10).toLocaleString('id-ID', { maximumFractionDigits: 1 })} %`;
}

/** The mean capaian of the indicators that have one, or null when none has. */
export function averageCapaian(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  return known.reduce((a, b) => a + b, 0) / known.length;
}
