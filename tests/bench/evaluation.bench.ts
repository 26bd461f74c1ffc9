/**
 * Evaluation at city scale: 30,000 pegawai (a 40-wide atasan tree, 31 kecamatan-sized units of about 1,000
 * pegawai under one root), each with an approved SKP of 8 RHK × 3 IKI, realisasi of all 24 IKI for the four
 * quarters (2.88 million rows), ratings for every quarter (1 % left unrated in Triwulan IV), the org rating
 * Baik, and Triwulan I finalised. Prints median and p95 through dispatch of the kurva for the whole city (issue 6
 * target ≤ 300 ms) and for one kecamatan-sized unit (≤ 20 ms), of one pegawai's evaluation screen (≤ 50 ms), and
 * the ratio of the kurva to the same result read with hand-written SQL on the same file (≤ 1.5).
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE, openBackend } from '../../electron/backend/app';
import { backupsDir } from '../../electron/backend/backup/places';
import { internalBackupName } from '../../electron/backend/backup/names';
import type { SessionHolder } from '../../electron/backend/context';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import type { EvaluationList, EvaluationScreen, KurvaView } from '../../shared/ipc/methods/evaluation';
import type { YearDto } from '../../shared/ipc/methods/years';
import { tempDir } from '../support/temp-dir';
import { fillCity } from './fixtures';
import { measure, ms, report, type Timing } from './stats';

const EMPLOYEES = 30_000;
const FAN_OUT = 40;
const RHK_PER_SKP = 8;
const IKI_PER_RHK = 3;
const IKI_PER_SKP = RHK_PER_SKP * IKI_PER_RHK;
/** Of every 20 pegawai: 4 Sangat Baik, 13 Baik, 2 Butuh Perbaikan, 1 Kurang (keeps to the kurva for Baik). */
const SPREAD = [
  ...Array<string>(4).fill('SANGAT_BAIK'),
  ...Array<string>(13).fill('BAIK'),
  'BUTUH_PERBAIKAN',
  'BUTUH_PERBAIKAN',
  'KURANG',
];
const RATINGS: Record<string, [string, string]> = {
  SANGAT_BAIK: ['DI_ATAS', 'DI_ATAS'],
  BAIK: ['SESUAI', 'SESUAI'],
  BUTUH_PERBAIKAN: ['DI_BAWAH', 'SESUAI'],
  KURANG: ['SESUAI', 'DI_BAWAH'],
};

/**
 * The filled database is kept in the temp folder between runs (building it takes about a minute), keyed by the
 * migrations and this fixture's version: change FIXTURE_VERSION when the fill below changes.
 */
const FIXTURE_VERSION = 1;
function fixtureKey(): string {
  const hash = createHash('sha256').update(`v${FIXTURE_VERSION}`);
  for (const name of fs.readdirSync(SOURCE_MIGRATIONS_DIR).sort()) {
    const file = path.join(SOURCE_MIGRATIONS_DIR, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
const cachedFile = path.join(os.tmpdir(), `sipka-bench-evaluation-${fixtureKey()}`, DATABASE_FILE);
const started = performance.now();
const dataDir = tempDir('sipka-bench-evaluation-');
const fromCache = fs.existsSync(cachedFile);
if (fromCache) {
  fs.copyFileSync(cachedFile, path.join(dataDir, DATABASE_FILE));
  // A set-up database gets its daily automatic copy at start-up: mark today's as made so none runs meanwhile.
  fs.mkdirSync(backupsDir(dataDir));
  fs.writeFileSync(path.join(backupsDir(dataDir), internalBackupName('otomatis', new Date())), '');
}
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR });
const session: SessionHolder = { token: null };
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
}
const PASSWORD = 'rahasia-admin-1';
if (fromCache) {
  await call('auth.login', { username: 'admin', password: PASSWORD });
} else {
  await call('setup.complete', {
    admin: { username: 'admin', displayName: 'Admin', password: PASSWORD, passwordConfirm: PASSWORD },
    office: {
      instansiName: 'Pemerintah Kota Uji',
      officeName: 'Kota Uji',
      cityName: 'Uji',
      address: 'Jl. Uji',
      placeName: 'Uji',
    },
  });
}

const { sqlite } = backend.ctx;
if (!fromCache) {
  fillCity(backend, 200, EMPLOYEES);
  // Employee k (1-based) is the atasan of employees 40(k−1)+2 … 40k+1.
  sqlite.prepare(`UPDATE employees SET supervisor_id = (id - 2) / ${FAN_OUT} + 1 WHERE id > 1`).run();
  await call<YearDto>('years.open', { year: 2026 });
}
const rootId = (sqlite.prepare('SELECT id FROM units WHERE parent_id IS NULL').get() as { id: number }).id;
const year = (await call<YearDto[]>('years.list', {}))[0]!;
const quarters = year.periods.filter((p) => p.kind === 'QUARTER');

interface Person {
  id: number;
  name: string;
  nip: string;
  position: string;
  unitId: number;
  unit: string;
  sup: number | null;
}

const people = sqlite
  .prepare(
    `SELECT e.id, e.name, e.nip, e.position_name AS position, e.unit_id AS unitId, u.name AS unit, e.supervisor_id AS sup
     FROM employees e JOIN units u ON u.id = e.unit_id ORDER BY e.id`,
  )
  .all() as Person[];

/** Runs `fill` for the pegawai in slices, one transaction each (the WAL stays small). */
function inSlices(fill: (p: Person) => void, size = 2_000): void {
  for (let from = 0; from < people.length; from += size) {
    sqlite.transaction(() => people.slice(from, from + size).forEach(fill))();
  }
}

/** Approved SKP with 8 RHK × 3 IKI for everyone, written directly (SKP id = revision id = employee id). */
function fillSkp(db: Database.Database): void {
  const now = new Date().toISOString();
  const insertSkp = db.prepare(
    `INSERT INTO skps (id, year_id, employee_id, start_date, end_date, current_revision_id, approved_revision_id,
       created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-12-31', NULL, NULL, ?, ?)`,
  );
  const insertRevision = db.prepare(
    `INSERT INTO skp_revisions (id, skp_id, number, status, approach, employee_snapshot, appraiser_snapshot,
       appraiser_employee_id, employee_unit_id, office_name, instansi_name, created_by, submitted_at, submitted_by,
       decided_at, decided_by, created_at, updated_at)
     VALUES (?, ?, 1, 'DISETUJUI', 'KUANTITATIF', ?, ?, ?, ?, 'Kota Uji', 'Pemerintah Kota Uji', 'admin', ?, 'admin',
       ?, 'admin', ?, ?)`,
  );
  const setRevision = db.prepare(
    'UPDATE skps SET current_revision_id = ?, approved_revision_id = ? WHERE id = ?',
  );
  const insertRhk = db.prepare(
    `INSERT INTO skp_rhk (id, revision_id, lineage_id, rhk_group, sort_order, text) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertIki = db.prepare(
    `INSERT INTO skp_iki (id, rhk_id, revision_id, lineage_id, sort_order, aspect, indicator, target_low, target_high,
       unit_of_measure, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const snapshot = (p: Person) =>
    JSON.stringify({
      employeeId: p.id,
      fullName: p.name,
      nip: p.nip,
      pangkatGolongan: 'Penata Muda (III/a)',
      positionName: p.position,
      unitName: p.unit,
    });
  inSlices((p) => {
    insertSkp.run(p.id, year.id, p.id, now, now);
    const atasan = p.sup === null ? null : people[p.sup - 1]!;
    insertRevision.run(
      p.id,
      p.id,
      snapshot(p),
      atasan ? snapshot(atasan) : null,
      p.sup,
      p.unitId,
      now,
      now,
      now,
      now,
    );
    setRevision.run(p.id, p.id, p.id);
    for (let n = 0; n < RHK_PER_SKP; n++) {
      const rhkId = (p.id - 1) * RHK_PER_SKP + n + 1;
      insertRhk.run(
        rhkId,
        p.id,
        rhkId,
        n < 6 ? 'UTAMA' : 'TAMBAHAN',
        n + 1,
        `Hasil kerja ${n + 1} pegawai ${p.id}`,
      );
      for (let a = 0; a < IKI_PER_RHK; a++) {
        const ikiId = (rhkId - 1) * IKI_PER_RHK + a + 1;
        const lower = a === 2;
        insertIki.run(
          ikiId,
          rhkId,
          p.id,
          ikiId,
          a + 1,
          ['KUANTITAS', 'KUALITAS', 'WAKTU'][a],
          `Indikator ${a + 1} hasil kerja ${n + 1}`,
          lower ? 3 : 12,
          lower ? 3 : a === 1 ? 100 : 12,
          lower ? 'Bulan' : 'Dokumen',
          lower ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER',
        );
      }
    }
  });
}

/** Realisasi of every IKI for the four quarters: 2.88 million rows, in key order. */
function fillRealisasi(db: Database.Database): void {
  const now = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO realisasi (skp_id, period_id, iki_lineage_id, value, entered_by, entered_as, entered_at)
     VALUES (?, ?, ?, ?, 'Pegawai', 'PEGAWAI', ?)`,
  );
  inSlices((p) => {
    const firstIki = (p.id - 1) * IKI_PER_SKP + 1;
    for (const quarter of quarters) {
      for (let k = 0; k < IKI_PER_SKP; k++) {
        insert.run(p.id, quarter.id, firstIki + k, ((p.id + quarter.number + k) % 15) + 1, now);
      }
    }
  }, 1_000);
}

/** Ratings for every quarter (1 % unrated in Triwulan IV) and the org rating Baik for the city. */
function fillEvaluations(db: Database.Database): void {
  const now = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO evaluations (skp_id, period_id, skp_revision_id, rating_hasil, rating_perilaku, predikat, unit_id,
       rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Atasan', ?)`,
  );
  const org = db.prepare(
    `INSERT INTO org_ratings (period_id, unit_id, rating, source_number, source_date, recorded_by, recorded_at)
     VALUES (?, ?, 'BAIK', ?, ?, 'admin', ?)`,
  );
  inSlices((p) => {
    for (const quarter of quarters) {
      if (quarter.number === 4 && p.id % 100 === 0) continue;
      const predikat = SPREAD[(p.id + quarter.number) % SPREAD.length]!;
      const [hasil, perilaku] = RATINGS[predikat]!;
      insert.run(p.id, quarter.id, p.id, hasil, perilaku, predikat, p.unitId, now);
    }
  }, 5_000);
  db.transaction(() => {
    for (const quarter of quarters)
      org.run(quarter.id, rootId, `800/${quarter.number}/2026`, quarter.endDate, now);
  })();
}

if (!fromCache) {
  fillSkp(sqlite);
  fillRealisasi(sqlite);
  fillEvaluations(sqlite);
  sqlite.exec('ANALYZE');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  fs.mkdirSync(path.dirname(cachedFile), { recursive: true });
  fs.copyFileSync(path.join(dataDir, DATABASE_FILE), `${cachedFile}.tmp`);
  fs.renameSync(`${cachedFile}.tmp`, cachedFile);
}
const count = (table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n.toLocaleString('id-ID');
console.log(
  `${fromCache ? 'Salin dari cache' : 'Isi'} ${EMPLOYEES.toLocaleString('id-ID')} SKP, ${count('realisasi')} realisasi, ` +
    `${count('evaluations')} penilaian: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const q1 = quarters[0]!;
const q4 = quarters[3]!;
const t = performance.now();
await call<KurvaView>('finalisation.finalise', { periodId: q1.id });
console.log(
  `Finalisasi Triwulan I (rekap ${EMPLOYEES.toLocaleString('id-ID')} pegawai): ${ms(performance.now() - t)}`,
);

// The kecamatan-sized unit: the first child of the root, with its kelurahan.
const kecamatan = (
  sqlite.prepare('SELECT id FROM units WHERE parent_id = ? ORDER BY id LIMIT 1').get(rootId) as { id: number }
).id;

// The same result by hand: predikat counts, the unrated with their atasan, the org rating and the finalisations.
const rawCounts = (units: string) =>
  sqlite.prepare(
    `SELECT v.predikat, v.excluded_reason IS NOT NULL AS excluded, count(*) AS n FROM evaluations v
     WHERE v.period_id = ? AND (v.predikat IS NOT NULL OR v.excluded_reason IS NOT NULL) ${units} GROUP BY 1, 2`,
  );
const rawUnrated = (from: string, units: string) =>
  sqlite.prepare(
    `SELECT s.id, e.id, e.name, e.front_title, e.back_title, e.nip, e.position_name, a.name, a.front_title, a.back_title
     FROM ${from} LEFT JOIN employees a ON a.id = e.supervisor_id
     WHERE s.year_id = @year AND s.approved_revision_id IS NOT NULL AND s.start_date <= @end AND s.end_date >= @start
       AND NOT EXISTS (SELECT 1 FROM skps l WHERE l.employee_id = s.employee_id AND l.year_id = s.year_id
         AND l.approved_revision_id IS NOT NULL AND l.start_date <= @end AND l.end_date >= @start
         AND (l.start_date > s.start_date OR (l.start_date = s.start_date AND l.id > s.id)))
       AND (e.activity = 'AKTIF' OR e.inactive_since > @end)
       AND NOT EXISTS (SELECT 1 FROM evaluations x WHERE x.skp_id = s.id AND x.period_id = @period
         AND (x.predikat IS NOT NULL OR x.excluded_reason IS NOT NULL)) ${units}
     ORDER BY e.search_name, s.id`,
  );
const subtree = `(WITH RECURSIVE sub(id) AS (SELECT @unit UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
  SELECT id FROM sub)`;
const rawOrg = sqlite.prepare('SELECT rating FROM org_ratings WHERE period_id = ? AND unit_id = ?');
const rawFinal = sqlite.prepare(
  'SELECT * FROM finalisations WHERE period_id = ? AND unit_id = ? ORDER BY revision DESC',
);
const cityCounts = rawCounts('');
const cityUnrated = rawUnrated('skps s JOIN employees e ON e.id = s.employee_id', '');
const unitCounts = rawCounts(`AND v.unit_id IN ${subtree.replace('@unit', String(kecamatan))}`);
const unitUnrated = rawUnrated(
  'employees e CROSS JOIN skps s ON s.employee_id = e.id',
  `AND e.unit_id IN ${subtree.replace('@unit', String(kecamatan))}`,
);
const params = { year: year.id, start: q4.startDate, end: q4.endDate, period: q4.id };
function rawKurva(counts: Database.Statement, unrated: Database.Statement): void {
  counts.all(q4.id);
  unrated.all(params);
  rawOrg.get(q4.id, rootId);
  rawFinal.all(q4.id, rootId);
}

const city = await call<KurvaView>('kurva.get', { periodId: q4.id });
const unit = await call<KurvaView>('kurva.get', { periodId: q4.id, unitId: kecamatan });
console.log(
  `Kurva Triwulan IV: kota n = ${city.total.toLocaleString('id-ID')}, belum dinilai ${city.unrated.length}, ` +
    `pelanggaran ${city.violations.length}; unit "${unit.unitName}" n = ${unit.total}, belum dinilai ${unit.unrated.length}`,
);
const timings: [string, Timing, Timing][] = [
  [
    'Kurva seluruh kota',
    await measure(() => call('kurva.get', { periodId: q4.id }), 100, 20),
    await measure(() => rawKurva(cityCounts, cityUnrated), 100, 20),
  ],
  [
    'Kurva satu kecamatan',
    await measure(() => call('kurva.get', { periodId: q4.id, unitId: kecamatan }), 300, 50),
    await measure(() => rawKurva(unitCounts, unitUnrated), 300, 50),
  ],
];
for (const [label, viaDispatch, raw] of timings) report(label, viaDispatch, raw);

function line(label: string, timing: Timing): void {
  console.log(`${label.padEnd(44)} dispatch median ${ms(timing.median)}, p95 ${ms(timing.p95)}`);
}
line(
  'Kurva kota, periode final (rekap dalam tampilan)',
  await measure(() => call('kurva.get', { periodId: q1.id }), 50, 10),
);
const pegawai = 12_345;
const screen = await call<EvaluationScreen>('evaluation.get', { skpId: pegawai, periodId: q4.id });
line(
  `Layar penilaian satu pegawai (${screen.sheet.ikiCount} IKI)`,
  await measure(() => call('evaluation.get', { skpId: pegawai, periodId: q4.id }), 300, 50),
);
const annual = year.periods.find((p) => p.kind === 'ANNUAL')!;
line(
  'Layar penilaian akhir (riwayat 4 triwulan)',
  await measure(() => call('evaluation.get', { skpId: pegawai, periodId: annual.id }), 300, 50),
);
const list = await call<EvaluationList>('evaluation.list', {
  periodId: q4.id,
  scope: 'all',
  unitId: kecamatan,
});
line(
  `Daftar penilaian satu kecamatan (${list.rows.length} pegawai)`,
  await measure(() => call('evaluation.list', { periodId: q4.id, scope: 'all', unitId: kecamatan }), 20, 5),
);
backend.close();
// The filled copy is about 400 MB: the cache keeps one, this run's is removed.
fs.rmSync(dataDir, { recursive: true, force: true });
