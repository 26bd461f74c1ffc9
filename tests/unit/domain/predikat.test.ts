import { describe, expect, it } from 'vitest';
import { headRatingHasil, predikatKinerja, RATINGS } from '../../../shared/domain/predikat';

// PermenPAN-RB 6/2022 lampiran, as domain.md §5 prints it: rows Rating Hasil Kerja, columns Rating Perilaku Kerja.
const MATRIX = [
  ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
  ['DI_ATAS', 'SESUAI', 'BAIK'],
  ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
  ['SESUAI', 'DI_BAWAH', 'KURANG'],
  ['SESUAI', 'SESUAI', 'BAIK'],
  ['SESUAI', 'DI_ATAS', 'BAIK'],
  ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
  ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
] as const;

describe('predikatKinerja', () => {
  it.each(MATRIX)('hasil %s, perilaku %s → %s', (hasil, perilaku, predikat) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(predikat);
  });

  it('covers all nine cells', () => {
    const cells = new Set(MATRIX.map(([h, p]) => `${h}/${p}`));
    expect(cells.size).toBe(RATINGS.length * RATINGS.length);
  });
});

describe('headRatingHasil (decision, domain.md §5)', () => {
  it.each([
    ['ISTIMEWA', 'DI_ATAS'],
    ['BAIK', 'SESUAI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
    ['KURANG', 'DI_BAWAH'],
    ['SANGAT_KURANG', 'DI_BAWAH'],
  ] as const)('org %s → %s', (org, rating) => {
    expect(headRatingHasil(org)).toBe(rating);
  });
});
