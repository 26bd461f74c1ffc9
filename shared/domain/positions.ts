/**
 * Fixed code lists for pegawai and unit kerja. Each list is a `const` tuple (usable as `z.enum(TUPLE)`)
 * with a `*_LABELS` record holding the Bahasa Indonesia text shown to users.
 */

/** Status kepegawaian. PPPK paruh waktu is PPPK with a part-time flag (domain-research §3.4). */
export const EMPLOYEE_STATUSES = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];
export const EMPLOYEE_STATUS_LABELS: Readonly<Record<EmployeeStatus, string>> = {
  PNS: 'PNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK Paruh Waktu',
};

/** True for both kinds of PPPK (they share the NI PPPK layout and the golongan I–XVII scale). */
export function isPppk(status: EmployeeStatus): boolean {
  return status === 'PPPK' || status === 'PPPK_PARUH_WAKTU';
}

/** Jenis kelamin: the NIP's digit 15 is 1 for L and 2 for P. */
export const GENDERS = ['L', 'P'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = {
  L: 'Laki-laki',
  P: 'Perempuan',
};

/** Jenis jabatan. A kecamatan has no JPT, but the type exists for completeness. */
export const POSITION_TYPES = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];
export const POSITION_TYPE_LABELS: Readonly<Record<PositionType, string>> = {
  JPT: 'Pimpinan Tinggi (JPT)',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

/** Kategori jabatan fungsional. */
export const FUNCTIONAL_CATEGORIES = ['KEAHLIAN', 'KETERAMPILAN'] as const;
export type FunctionalCategory = (typeof FUNCTIONAL_CATEGORIES)[number];
export const FUNCTIONAL_CATEGORY_LABELS: Readonly<Record<FunctionalCategory, string>> = {
  KEAHLIAN: 'Keahlian',
  KETERAMPILAN: 'Keterampilan',
};

/** Jenjang jabatan fungsional, lowest first within each category. */
export const FUNCTIONAL_LEVELS = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];
export const FUNCTIONAL_LEVEL_LABELS: Readonly<Record<FunctionalLevel, string>> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};
export const FUNCTIONAL_LEVEL_CATEGORY: Readonly<Record<FunctionalLevel, FunctionalCategory>> = {
  AHLI_PERTAMA: 'KEAHLIAN',
  AHLI_MUDA: 'KEAHLIAN',
  AHLI_MADYA: 'KEAHLIAN',
  AHLI_UTAMA: 'KEAHLIAN',
  PEMULA: 'KETERAMPILAN',
  TERAMPIL: 'KETERAMPILAN',
  MAHIR: 'KETERAMPILAN',
  PENYELIA: 'KETERAMPILAN',
};

/** The jenjang of one category, lowest first. */
export function functionalLevelsOf(category: FunctionalCategory): FunctionalLevel[] {
  return FUNCTIONAL_LEVELS.filter((level) => FUNCTIONAL_LEVEL_CATEGORY[level] === category);
}

/** Status keaktifan. Inactive pegawai stay in history and drop out of counts from their date. */
export const ACTIVITY_STATES = ['AKTIF', 'MUTASI_KELUAR', 'PENSIUN', 'CLTN', 'MENINGGAL'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];
export const ACTIVITY_LABELS: Readonly<Record<ActivityState, string>> = {
  AKTIF: 'Aktif',
  MUTASI_KELUAR: 'Mutasi keluar',
  PENSIUN: 'Pensiun',
  CLTN: 'Cuti di luar tanggungan negara',
  MENINGGAL: 'Meninggal dunia',
};

export function isActiveState(state: ActivityState): boolean {
  return state === 'AKTIF';
}

/** Jenis unit kerja in a kecamatan's tree. */
export const UNIT_KINDS = ['KECAMATAN', 'SEKRETARIAT', 'SUBBAGIAN', 'SEKSI', 'KELURAHAN'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  KECAMATAN: 'Kecamatan',
  SEKRETARIAT: 'Sekretariat',
  SUBBAGIAN: 'Subbagian',
  SEKSI: 'Seksi',
  KELURAHAN: 'Kelurahan',
};
