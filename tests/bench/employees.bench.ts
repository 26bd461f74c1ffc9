/**
 * Employee registry at city scale: 30,000 employees in 200 units. Prints median and p95 through dispatch and
 * the same query hand-written in raw better-sqlite3 on the same file (issue 2 targets: ratio ≤ 1.5, p95 ≤ 30 ms).
 */
import { openBackend } from '../../electron/backend/app';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { tempDir } from '../support/temp-dir';
import { fillCity } from './fixtures';
import { measure, report } from './stats';

const backend = await openBackend({ dataDir: tempDir('sipka-bench-'), migrationsDir: SOURCE_MIGRATIONS_DIR });
const session = { token: null };
const admin = {
  username: 'admin',
  displayName: 'Admin',
  password: 'rahasia-admin-1',
  passwordConfirm: 'rahasia-admin-1',
};
const office = {
  instansiName: 'Kota',
  officeName: 'Kecamatan',
  cityName: 'Kota',
  address: 'Jl.',
  placeName: 'Kota',
};
await backend.dispatch('setup.complete', { admin, office }, session);
const started = Date.now();
const { unitIds } = fillCity(backend, 200, 30_000);
console.log(`Isi 30.000 pegawai di 200 unit: ${Date.now() - started} ms`);
const { sqlite } = backend.ctx;
// The statistics `PRAGMA optimize` gathers when the app next starts.
sqlite.exec('ANALYZE');

const columns = `e.id, e.nip, e.name, e.front_title, e.back_title, e.position_name, e.position_type, e.status,
  e.golongan, e.activity, e.unit_id, u.name AS unit_name`;
const rawName = sqlite.prepare(
  `SELECT ${columns} FROM employees e JOIN units u ON u.id = e.unit_id
   WHERE e.search_name LIKE ? ESCAPE '\\' AND e.activity = 'AKTIF' ORDER BY e.search_name, e.id LIMIT 25`,
);
const rawNameCount = sqlite.prepare(
  `SELECT count(*) FROM employees e WHERE e.search_name LIKE ? ESCAPE '\\' AND e.activity = 'AKTIF'`,
);
const rawNip = sqlite.prepare(
  `SELECT ${columns} FROM employees e JOIN units u ON u.id = e.unit_id
   WHERE e.nip GLOB ? AND e.activity = 'AKTIF' ORDER BY e.search_name, e.id LIMIT 25`,
);
const rawNipCount = sqlite.prepare(
  `SELECT count(*) FROM employees e WHERE e.nip GLOB ? AND e.activity = 'AKTIF'`,
);
const rawSubtree = sqlite.prepare(
  `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub`,
);
const filter = `e.unit_id IN (SELECT value FROM json_each(?)) AND e.status = 'PNS' AND e.position_type = 'PELAKSANA'
  AND e.activity = 'AKTIF'`;
const rawFiltered = sqlite.prepare(
  `SELECT ${columns} FROM employees e JOIN units u ON u.id = e.unit_id WHERE ${filter}
   ORDER BY e.search_name, e.id LIMIT 50 OFFSET 50`,
);
const rawFilteredCount = sqlite.prepare(`SELECT count(*) FROM employees e WHERE ${filter}`);
const kecamatanId = unitIds[0]!;
const nipPrefix = '198609260000*';

const cases = [
  {
    label: 'Cari nama ("sutrisno")',
    dispatch: () => backend.dispatch('employees.list', { query: 'sutrisno' }, session),
    raw: () => [rawName.all('%sutrisno%'), rawNameCount.get('%sutrisno%')],
  },
  {
    label: 'Cari NIP ("19860926 0000")',
    dispatch: () => backend.dispatch('employees.list', { query: '19860926 0000' }, session),
    raw: () => [rawNip.all(nipPrefix), rawNipCount.get(nipPrefix)],
  },
  {
    label: 'Halaman 50 tersaring',
    dispatch: () =>
      backend.dispatch(
        'employees.list',
        { unitId: kecamatanId, status: 'PNS', positionType: 'PELAKSANA', pageSize: 50, page: 2 },
        session,
      ),
    raw: () => {
      const ids = JSON.stringify(rawSubtree.pluck().all(kecamatanId));
      return [rawFiltered.all(ids), rawFilteredCount.get(ids)];
    },
  },
];

for (const c of cases) {
  const check = await backend.dispatch('employees.list', { query: '' }, session);
  if (!check.ok) throw new Error(check.error.message);
  report(c.label, await measure(c.dispatch), await measure(c.raw));
}
backend.close();
