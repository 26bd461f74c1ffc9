/**
 * Perilaku kerja: the 7 BerAKHLAK core values of SE Menteri PANRB 20/2021, each with its 3 panduan perilaku,
 * printed verbatim on every SKP and evaluation form of PermenPAN-RB 6/2022 (domain-research §1.6). There are no
 * levels; the pejabat penilai may add one ekspektasi khusus pimpinan per value.
 */
export const CORE_VALUE_CODES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type CoreValueCode = (typeof CORE_VALUE_CODES)[number];

export interface CoreValue {
  code: CoreValueCode;
  name: string;
  /** The value's one-line meaning. */
  meaning: string;
  /** The three panduan perilaku, in the order the forms print them (a, b, c). */
  guides: readonly [string, string, string];
}

export const CORE_VALUES: readonly CoreValue[] = [
  {
    code: 'BERORIENTASI_PELAYANAN',
    name: 'Berorientasi Pelayanan',
    meaning: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat',
    guides: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    code: 'AKUNTABEL',
    name: 'Akuntabel',
    meaning: 'Bertanggung jawab atas kepercayaan yang diberikan',
    guides: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    code: 'KOMPETEN',
    name: 'Kompeten',
    meaning: 'Terus belajar dan mengembangkan kapabilitas',
    guides: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    code: 'HARMONIS',
    name: 'Harmonis',
    meaning: 'Saling peduli dan menghargai perbedaan',
    guides: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    code: 'LOYAL',
    name: 'Loyal',
    meaning: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara',
    guides: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    code: 'ADAPTIF',
    name: 'Adaptif',
    meaning: 'Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan',
    guides: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    code: 'KOLABORATIF',
    name: 'Kolaboratif',
    meaning: 'Membangun kerja sama yang sinergis',
    guides: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];

export function coreValue(code: CoreValueCode): CoreValue {
  return CORE_VALUES.find((v) => v.code === code)!;
}

/** Ekspektasi khusus pimpinan per core value; a value left out has none. */
export type SpecialExpectations = Partial<Record<CoreValueCode, string>>;

export const SPECIAL_EXPECTATION_MAX = 1000;

/** Examples the pejabat penilai may start from (domain-research §1.6). */
export const SPECIAL_EXPECTATION_EXAMPLES: Readonly<Partial<Record<CoreValueCode, string>>> = {
  BERORIENTASI_PELAYANAN: 'Menjadi role model/panutan dalam mengimplementasikan pelayanan prima',
  KOMPETEN: 'Bersedia mengajarkan pengetahuan atau keterampilan kepada orang lain',
};
