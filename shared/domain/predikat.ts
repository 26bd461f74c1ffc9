/**
 * Ratings and the predikat kinerja pegawai (PermenPAN-RB 6/2022 lampiran; domain.md §5). There is no formula:
 * the pejabat penilai chooses both ratings and the predikat follows from this matrix, cell by cell.
 */

export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  DI_ATAS: 'Di atas ekspektasi',
  SESUAI: 'Sesuai ekspektasi',
  DI_BAWAH: 'Di bawah ekspektasi',
};

/** As the national forms print them. */
export const RATING_FORM_LABELS: Readonly<Record<Rating, string>> = {
  DI_ATAS: 'DI ATAS EKSPEKTASI',
  SESUAI: 'SESUAI EKSPEKTASI',
  DI_BAWAH: 'DI BAWAH EKSPEKTASI',
};

/** Best first: the order of the kurva's bars. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

/** As the curve and the screens label them (SE MenPANRB 3/2023 names "Kurang/Misconduct"). */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** As the evaluation forms print them. */
export const PREDIKAT_FORM_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'SANGAT BAIK',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT KURANG',
};

const MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** The predikat for a Rating Hasil Kerja (rows) and a Rating Perilaku Kerja (columns). */
export function predikatKinerja(hasil: Rating, perilaku: Rating): Predikat {
  return MATRIX[hasil][perilaku];
}

export const ORG_RATINGS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgRating = (typeof ORG_RATINGS)[number];

export const ORG_RATING_LABELS: Readonly<Record<OrgRating, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * The head of the unit's (camat's) Rating Hasil Kerja follows from the organisation's rating. Decision
 * (domain.md §5): Istimewa → di atas, Baik → sesuai, the other three → di bawah.
 */
export function headRatingHasil(org: OrgRating): Rating {
  if (org === 'ISTIMEWA') return 'DI_ATAS';
  if (org === 'BAIK') return 'SESUAI';
  return 'DI_BAWAH';
}

export function emptyPredikatCounts(): Record<Predikat, number> {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
}
