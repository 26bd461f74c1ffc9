export const ROLES = ['ADMIN', 'OPERATOR', 'PEGAWAI'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Admin kepegawaian',
  OPERATOR: 'Operator',
  PEGAWAI: 'Pegawai',
};

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  ADMIN: 'Semua fitur, termasuk pengguna, pengaturan, dan pemulihan data.',
  OPERATOR: 'Mengisi dan mengubah data semua pegawai, mencetak, membuat cadangan.',
  PEGAWAI: 'Melihat data sendiri serta mengisi realisasi dan bukti dukung sendiri.',
};

/** The staff of the HR office, who work on every employee's records. */
export const HR_ROLES: readonly Role[] = ['ADMIN', 'OPERATOR'];
