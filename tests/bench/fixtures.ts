import { searchKey } from '../../shared/domain/names';
import type { Backend } from '../../electron/backend/app';

const FIRST = [
  'Agus',
  'Budi',
  'Sri',
  'Dewi',
  'Eko',
  'Fitri',
  'Hari',
  'Indah',
  'Joko',
  'Lestari',
  'Rina',
  'Slamet',
  'Wahyu',
  'Yuni',
  'Bambang',
  'Siti',
  'Rudi',
  'Nur',
  'Dwi',
  'Tri',
];
const LAST = [
  'Santoso',
  'Wibowo',
  'Lestari',
  'Sutrisno',
  'Prasetyo',
  'Hidayat',
  'Kurniawan',
  'Setiawan',
  'Rahayu',
  'Saputra',
  'Nugroho',
  'Wijaya',
  'Handayani',
  'Susanto',
  'Pratama',
  'Utami',
  'Purnomo',
  'Hartono',
  'Suryani',
  'Firmansyah',
];
const POSITION_TYPES = ['PELAKSANA', 'PELAKSANA', 'PELAKSANA', 'FUNGSIONAL', 'PENGAWAS'] as const;

/** City scale: `unitCount` units under one root, `employeeCount` employees, inserted directly in one transaction. */
export function fillCity(
  backend: Backend,
  unitCount: number,
  employeeCount: number,
): { rootId: number; unitIds: number[] } {
  const { sqlite } = backend.ctx;
  const insertUnit = sqlite.prepare(
    'INSERT INTO units (name, kind, parent_id, sort_order) VALUES (?, ?, ?, ?)',
  );
  const insertEmployee = sqlite.prepare(
    `INSERT INTO employees (nip, name, search_name, gender, birth_date, status, golongan, position_name, position_type,
       functional_level, unit_id, supervisor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return sqlite.transaction(() => {
    const rootId = Number(insertUnit.run('Kota Uji', 'KECAMATAN', null, 0).lastInsertRowid);
    const unitIds: number[] = [];
    const kecamatanIds: number[] = [];
    for (let i = 1; i < unitCount; i++) {
      const isKecamatan = i <= 31;
      const parent = isKecamatan ? rootId : kecamatanIds[i % kecamatanIds.length]!;
      const id = Number(
        insertUnit.run(
          `${isKecamatan ? 'Kecamatan' : 'Kelurahan'} ${i}`,
          isKecamatan ? 'SEKSI' : 'KELURAHAN',
          parent,
          i,
        ).lastInsertRowid,
      );
      if (isKecamatan) kecamatanIds.push(id);
      unitIds.push(id);
    }
    for (let i = 0; i < employeeCount; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
      const year = 1965 + (i % 35);
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      const gender = i % 2 === 0 ? 'L' : 'P';
      const pppk = i % 7 === 0;
      // Unique and shaped like a NIP (birth date first), not validated: the bench measures queries.
      const nip = `${year}${month}${day}${String(i).padStart(10, '0')}`;
      insertEmployee.run(
        nip,
        name,
        searchKey(name),
        gender,
        `${year}-${month}-${day}`,
        pppk ? 'PPPK' : 'PNS',
        pppk ? 'IX' : 'III/a',
        'Pengadministrasi Umum',
        POSITION_TYPES[i % POSITION_TYPES.length],
        null,
        unitIds[i % unitIds.length],
        null,
      );
    }
    return { rootId, unitIds };
  })();
}
