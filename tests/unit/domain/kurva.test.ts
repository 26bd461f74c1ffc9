import { describe, expect, it } from 'vitest';
import { checkKurvaDistribusi, kurvaBand, type KurvaRuleCode } from '../../../shared/domain/kurva';
import type { OrgRating } from '../../../shared/domain/predikat';

/** Counts in the order of the curve: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang. */
function counts(sb: number, b: number, bp: number, k: number, sk: number) {
  return { SANGAT_BAIK: sb, BAIK: b, BUTUH_PERBAIKAN: bp, KURANG: k, SANGAT_KURANG: sk };
}

type Case = [OrgRating, ReturnType<typeof counts>, KurvaRuleCode[]];

// SE MenPANRB 3/2023 with the rounding of domain.md §5: at most p % → ≤ floor(p·n), at least p % → ≥ ceil(p·n).
const CASES: Case[] = [
  // Istimewa: Sangat Baik the largest group, at most 70 %.
  ['ISTIMEWA', counts(1, 0, 0, 0, 0), ['SANGAT_BAIK_ABOVE_MAX']], // n=1: floor(0.7) = 0
  ['ISTIMEWA', counts(1, 1, 0, 0, 0), []], // n=2: floor(1.4) = 1, a tie for first counts
  ['ISTIMEWA', counts(2, 1, 0, 0, 0), []], // n=3: floor(2.1) = 2
  ['ISTIMEWA', counts(3, 0, 0, 0, 0), ['SANGAT_BAIK_ABOVE_MAX']],
  ['ISTIMEWA', counts(7, 3, 0, 0, 0), []], // n=10: floor(7) = 7 exactly
  ['ISTIMEWA', counts(8, 2, 0, 0, 0), ['SANGAT_BAIK_ABOVE_MAX']],
  ['ISTIMEWA', counts(2, 3, 0, 0, 0), ['SANGAT_BAIK_NOT_LARGEST']],
  // Baik: Baik the largest, at most 70 %, and at least one Butuh Perbaikan or Kurang.
  ['BAIK', counts(0, 1, 0, 0, 0), ['BAIK_ABOVE_MAX', 'BUTUH_PERBAIKAN_OR_KURANG_MISSING']], // n=1
  ['BAIK', counts(0, 0, 1, 0, 0), ['BAIK_NOT_LARGEST']],
  ['BAIK', counts(0, 1, 1, 0, 0), []], // n=2
  ['BAIK', counts(0, 2, 0, 0, 0), ['BAIK_ABOVE_MAX', 'BUTUH_PERBAIKAN_OR_KURANG_MISSING']],
  ['BAIK', counts(0, 2, 0, 1, 0), []], // n=3
  ['BAIK', counts(1, 3, 1, 0, 0), []], // n=5: floor(3.5) = 3
  ['BAIK', counts(0, 4, 1, 0, 0), ['BAIK_ABOVE_MAX']],
  ['BAIK', counts(1, 4, 1, 1, 0), []], // n=7: floor(4.9) = 4
  ['BAIK', counts(0, 5, 2, 0, 0), ['BAIK_ABOVE_MAX']],
  ['BAIK', counts(2, 7, 1, 0, 0), []], // n=10
  ['BAIK', counts(1, 8, 1, 0, 0), ['BAIK_ABOVE_MAX']],
  ['BAIK', counts(8, 28, 3, 1, 0), []], // n=40: floor(28) = 28
  ['BAIK', counts(7, 29, 3, 1, 0), ['BAIK_ABOVE_MAX']],
  ['BAIK', counts(8, 28, 0, 0, 4), ['BUTUH_PERBAIKAN_OR_KURANG_MISSING']],
  ['BAIK', counts(16, 16, 4, 4, 0), []],
  ['BAIK', counts(17, 16, 3, 4, 0), ['BAIK_NOT_LARGEST']],
  // Butuh Perbaikan: at least 60 % Butuh Perbaikan, Sangat Baik at most 10 %.
  ['BUTUH_PERBAIKAN', counts(0, 0, 1, 0, 0), []], // n=1: ceil(0.6) = 1
  ['BUTUH_PERBAIKAN', counts(0, 1, 0, 0, 0), ['BUTUH_PERBAIKAN_BELOW_MIN']],
  ['BUTUH_PERBAIKAN', counts(0, 1, 1, 0, 0), ['BUTUH_PERBAIKAN_BELOW_MIN']], // n=2: ceil(1.2) = 2
  ['BUTUH_PERBAIKAN', counts(0, 1, 2, 0, 0), []], // n=3: ceil(1.8) = 2
  ['BUTUH_PERBAIKAN', counts(1, 1, 3, 0, 0), ['SANGAT_BAIK_ABOVE_MAX']], // n=5: floor(0.5) = 0
  ['BUTUH_PERBAIKAN', counts(0, 2, 5, 0, 0), []], // n=7: ceil(4.2) = 5
  ['BUTUH_PERBAIKAN', counts(0, 3, 4, 0, 0), ['BUTUH_PERBAIKAN_BELOW_MIN']],
  ['BUTUH_PERBAIKAN', counts(1, 3, 6, 0, 0), []], // n=10
  ['BUTUH_PERBAIKAN', counts(2, 2, 6, 0, 0), ['SANGAT_BAIK_ABOVE_MAX']],
  ['BUTUH_PERBAIKAN', counts(4, 12, 24, 0, 0), []], // n=40
  ['BUTUH_PERBAIKAN', counts(5, 12, 23, 0, 0), ['BUTUH_PERBAIKAN_BELOW_MIN', 'SANGAT_BAIK_ABOVE_MAX']],
  // Kurang: at least 60 % Kurang, at least 10 % Butuh Perbaikan, Sangat Baik at most 10 %.
  ['KURANG', counts(0, 0, 0, 1, 0), ['BUTUH_PERBAIKAN_BELOW_MIN']], // n=1: ceil(0.1) = 1
  ['KURANG', counts(0, 0, 1, 2, 0), []], // n=3
  ['KURANG', counts(0, 0, 1, 2, 2), ['KURANG_BELOW_MIN']], // n=5: ceil(3) = 3
  ['KURANG', counts(0, 1, 1, 5, 0), []], // n=7
  ['KURANG', counts(1, 2, 1, 6, 0), []], // n=10
  ['KURANG', counts(0, 3, 0, 7, 0), ['BUTUH_PERBAIKAN_BELOW_MIN']],
  ['KURANG', counts(2, 1, 1, 6, 0), ['SANGAT_BAIK_ABOVE_MAX']],
  ['KURANG', counts(4, 8, 4, 24, 0), []], // n=40
  ['KURANG', counts(4, 9, 4, 23, 0), ['KURANG_BELOW_MIN']],
  // Sangat Kurang: at least 60 % Sangat Kurang, Kurang + Butuh Perbaikan at least 10 %, no Sangat Baik.
  ['SANGAT_KURANG', counts(0, 0, 0, 0, 2), ['KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN']], // n=2
  ['SANGAT_KURANG', counts(0, 1, 0, 1, 3), []], // n=5
  ['SANGAT_KURANG', counts(0, 2, 0, 0, 3), ['KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN']],
  ['SANGAT_KURANG', counts(1, 0, 1, 0, 3), ['SANGAT_BAIK_NOT_ALLOWED']],
  ['SANGAT_KURANG', counts(0, 12, 2, 2, 24), []], // n=40: ceil(24) = 24, ceil(4) = 4
  ['SANGAT_KURANG', counts(0, 13, 2, 1, 24), ['KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN']],
  [
    'SANGAT_KURANG',
    counts(0, 14, 2, 1, 23),
    ['SANGAT_KURANG_BELOW_MIN', 'KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN'],
  ],
];

describe('checkKurvaDistribusi', () => {
  it.each(CASES)('org %s, counts %j → %j', (org, c, expected) => {
    expect(checkKurvaDistribusi(org, c).map((v) => v.code)).toEqual(expected);
  });

  it('says nothing when nobody was evaluated', () => {
    expect(checkKurvaDistribusi('BAIK', counts(0, 0, 0, 0, 0))).toEqual([]);
  });

  it('reports the required and the actual count with a message in Bahasa Indonesia', () => {
    expect(checkKurvaDistribusi('BAIK', counts(1, 8, 1, 0, 0))).toEqual([
      {
        code: 'BAIK_ABOVE_MAX',
        message: 'Baik paling banyak 70 % (7 dari 10 pegawai).',
        required: '≤ 7',
        actual: 8,
      },
    ]);
    const [notLargest] = checkKurvaDistribusi('BAIK', counts(5, 3, 1, 1, 0));
    expect(notLargest).toMatchObject({ code: 'BAIK_NOT_LARGEST', required: 'terbanyak', actual: 3 });
    const [min] = checkKurvaDistribusi('BUTUH_PERBAIKAN', counts(0, 3, 4, 0, 0));
    expect(min).toMatchObject({ required: '≥ 5', actual: 4 });
    expect(min?.message).toBe('Butuh Perbaikan paling sedikit 60 % (5 dari 7 pegawai).');
  });
});

describe('kurvaBand', () => {
  it('gives each bar its bounds for n pegawai', () => {
    expect(kurvaBand('BAIK', 40).BAIK).toEqual({ min: null, max: 28 });
    expect(kurvaBand('KURANG', 7)).toMatchObject({
      KURANG: { min: 5, max: null },
      BUTUH_PERBAIKAN: { min: 1, max: null },
      SANGAT_BAIK: { min: null, max: 0 },
    });
    expect(kurvaBand('SANGAT_KURANG', 10).SANGAT_BAIK).toEqual({ min: null, max: 0 });
    expect(kurvaBand('ISTIMEWA', 10)).toMatchObject({
      SANGAT_BAIK: { min: null, max: 7 },
      BAIK: { min: null, max: null },
    });
    expect(kurvaBand('BUTUH_PERBAIKAN', 7)).toMatchObject({
      BUTUH_PERBAIKAN: { min: 5, max: null },
      SANGAT_BAIK: { min: null, max: 0 },
    });
    expect(kurvaBand('SANGAT_KURANG', 40)).toMatchObject({
      SANGAT_KURANG: { min: 24, max: null },
      KURANG: { min: null, max: null },
      BUTUH_PERBAIKAN: { min: null, max: null },
    });
  });
});
