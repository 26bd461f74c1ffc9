import { describe, expect, it } from 'vitest';
import { averageCapaian, capaianIki, formatCapaian } from '../../../shared/domain/capaian';

const higher = (low: number, high = low) => ({ low, high, direction: 'HIGHER_IS_BETTER' as const });
const lower = (low: number, high = low) => ({ low, high, direction: 'LOWER_IS_BETTER' as const });

describe('capaianIki (domain.md §4)', () => {
  it('divides realisasi by target when higher is better', () => {
    expect(capaianIki(higher(12), 12)).toBe(1);
    expect(capaianIki(higher(12), 9)).toBe(0.75);
    expect(capaianIki(higher(10), 12)).toBeCloseTo(1.2);
  });

  it('takes 2 − realisasi ÷ target when lower is better', () => {
    expect(capaianIki(lower(12), 12)).toBe(1);
    expect(capaianIki(lower(12), 9)).toBe(1.25);
    expect(capaianIki(lower(10), 12)).toBeCloseTo(0.8);
  });

  it('uses the upper bound above a range and the lower bound below it', () => {
    expect(capaianIki(higher(80, 90), 85)).toBe(1);
    expect(capaianIki(higher(80, 90), 99)).toBeCloseTo(1.1);
    expect(capaianIki(higher(80, 90), 60)).toBe(0.75);
    expect(capaianIki(lower(2, 4), 3)).toBe(1);
    expect(capaianIki(lower(2, 4), 5)).toBeCloseTo(0.75);
    expect(capaianIki(lower(2, 4), 1)).toBeCloseTo(1.5);
  });

  it('is unknown without realisasi or against a zero target, and never negative', () => {
    expect(capaianIki(higher(12), null)).toBeNull();
    expect(capaianIki(higher(0), 3)).toBeNull();
    expect(capaianIki(lower(0), 0)).toBe(1);
    expect(capaianIki(lower(5), 20)).toBe(0);
  });

  it('formats in Indonesian and averages the known values', () => {
    expect(formatCapaian(1.0534)).toBe('105,3 %');
    expect(formatCapaian(null)).toBe('–');
    expect(averageCapaian([1, null, 0.5])).toBe(0.75);
    expect(averageCapaian([null])).toBeNull();
  });
});
