/**
 * SKP at city scale: 30,000 employees in a 40-wide atasan tree (every atasan has 40 bawahan), each with an
 * approved SKP of 8 RHK × 3 IKI whose RHK intervene their atasan's. Prints median and p95 through dispatch of
 * loading one SKP with its cascade context and of the matrix of an atasan with 40 bawahan (issue 5 target: p95
 * ≤ 50 ms), and the time to copy every SKP forward to a new year (target < 60 s, one transaction per batch).
 */
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/app';
import type { SessionHolder } from '../../electron/backend/context';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import type { CopyForwardResult, SkpDetail, SkpMatrix } from '../../shared/ipc/methods/skp';
import type { YearDto } from '../../shared/ipc/methods/years';
import { tempDir } from '../support/temp-dir';
import { fillCity } from './fixtures';
import { measure, ms } from './stats';

const EMPLOYEES = 30_000;
const FAN_OUT = 40;
const RHK_PER_SKP = 8;
const ASPECTS = [
  ['KUANTITAS', 'HIGHER_IS_BETTER', 'Dokumen', 12],
  ['KUALITAS', 'HIGHER_IS_BETTER', '%', 90],
  ['WAKTU', 'LOWER_IS_BETTER', 'Bulan', 12],
] as const;

const backend = await openBackend({
  dataDir: tempDir('sipka-bench-skp-'),
  migrationsDir: SOURCE_MIGRATIONS_DIR,
});
const session: SessionHolder = { token: null };
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
}
await call('setup.complete', {
  admin: {
    username: 'admin',
    displayName: 'Admin',
    password: 'rahasia-admin-1',
    passwordConfirm: 'rahasia-admin-1',
  },
  office: {
    instansiName: 'Pemerintah Kota Uji',
    officeName: 'Kota Uji',
    cityName: 'Uji',
    address: 'Jl. Uji',
    placeName: 'Uji',
  },
});

let started = performance.now();
fillCity(backend, 200, EMPLOYEES);
const { sqlite } = backend.ctx;
// Employee k (1-based) is the atasan of employees 40(k−1)+2 … 40k+1.
sqlite.prepare(`UPDATE employees SET supervisor_id = (id - 2) / ${FAN_OUT} + 1 WHERE id > 1`).run();
const year = await call<YearDto>('years.open', { year: 2026 });

/** Approved SKP for everyone, written directly: the bench measures reads and the copy, not the editor. */
function fillSkp(yearId: number): void {
  const now = new Date().toISOString();
  const insertSkp = sqlite.prepare(
    `INSERT INTO skps (id, year_id, employee_id, start_date, end_date, current_revision_id, approved_revision_id,
       created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-12-31', NULL, NULL, ?, ?)`,
  );
  const insertRevision = sqlite.prepare(
    `INSERT INTO skp_revisions (id, skp_id, number, status, approach, employee_snapshot, appraiser_snapshot,
       appraiser_employee_id, employee_unit_id, office_name, instansi_name, resources, accountability, consequences,
       created_by, submitted_at, submitted_by, decided_at, decided_by, created_at, updated_at)
     VALUES (?, ?, 1, 'DISETUJUI', 'KUANTITATIF', ?, ?, ?, ?, 'Kota Uji', 'Pemerintah Kota Uji', ?, ?, ?, 'admin', ?,
       'admin', ?, 'admin', ?, ?)`,
  );
  const setRevision = sqlite.prepare(
    'UPDATE skps SET current_revision_id = ?, approved_revision_id = ? WHERE id = ?',
  );
  const insertRhk = sqlite.prepare(
    `INSERT INTO skp_rhk (id, revision_id, lineage_id, rhk_group, sort_order, text, parent_lineage_id, parent_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertIki = sqlite.prepare(
    `INSERT INTO skp_iki (id, rhk_id, revision_id, lineage_id, sort_order, aspect, indicator, target_low, target_high,
       unit_of_measure, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const people = sqlite
    .prepare(
      `SELECT e.id, e.name, e.nip, e.position_name AS position, e.unit_id AS unitId, u.name AS unit, e.supervisor_id AS sup
       FROM employees e JOIN units u ON u.id = e.unit_id ORDER BY e.id`,
    )
    .all() as {
    id: number;
    name: string;
    nip: string;
    position: string;
    unitId: number;
    unit: string;
    sup: number | null;
  }[];
  const lampiran = JSON.stringify(['Laptop', 'Jaringan internet']);
  const rhkText = (employeeId: number, n: number) => `Hasil kerja ${n + 1} dari pegawai ${employeeId}`;
  const rhkId = (employeeId: number, n: number) => (employeeId - 1) * RHK_PER_SKP + n + 1;
  const snapshot = (p: (typeof people)[number]) =>
    JSON.stringify({
      employeeId: p.id,
      fullName: p.name,
      nip: p.nip,
      pangkatGolongan: 'Penata Muda (III/a)',
      positionName: p.position,
      unitName: p.unit,
    });
  sqlite.transaction(() => {
    for (const p of people) {
      insertSkp.run(p.id, yearId, p.id, now, now);
      const atasan = p.sup === null ? null : people[p.sup - 1]!;
      insertRevision.run(
        p.id,
        p.id,
        snapshot(p),
        atasan ? snapshot(atasan) : null,
        p.sup,
        p.unitId,
        lampiran,
        lampiran,
        lampiran,
        now,
        now,
        now,
        now,
      );
      setRevision.run(p.id, p.id, p.id);
      for (let n = 0; n < RHK_PER_SKP; n++) {
        const id = rhkId(p.id, n);
        const parentN = (p.id + n) % RHK_PER_SKP;
        insertRhk.run(
          id,
          p.id,
          id,
          n < 6 ? 'UTAMA' : 'TAMBAHAN',
          n + 1,
          rhkText(p.id, n),
          p.sup === null ? null : rhkId(p.sup, parentN),
          p.sup === null ? '' : rhkText(p.sup, parentN),
        );
        ASPECTS.forEach(([aspect, direction, unit, target], a) => {
          const ikiId = (id - 1) * ASPECTS.length + a + 1;
          insertIki.run(
            ikiId,
            id,
            p.id,
            ikiId,
            a + 1,
            aspect,
            `${aspect} hasil kerja ${n + 1}`,
            target,
            target,
            unit,
            direction,
          );
        });
      }
    }
  })();
}

fillSkp(year.id);
sqlite.exec('ANALYZE');
console.log(
  `Isi ${EMPLOYEES.toLocaleString('id-ID')} SKP (${RHK_PER_SKP} RHK × 3 IKI): ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

function line(label: string, timing: { median: number; p95: number }): void {
  console.log(`${label.padEnd(44)} dispatch median ${ms(timing.median)}, p95 ${ms(timing.p95)}`);
}

// Employee 2: atasan of 40 (each of their 8 RHK is intervened by 40 bawahan RHK) and bawahan of employee 1.
const middle = await call<SkpDetail>('skp.get', { skpId: 2 });
const supporters = middle.rhk.reduce((n, r) => n + r.supporters.length, 0);
line(
  `SKP + konteks kaskade (${supporters} RHK bawahan)`,
  await measure(() => call('skp.get', { skpId: 2 }), 300, 50),
);
line(
  'SKP pegawai pelaksana (tanpa bawahan)',
  await measure(() => call('skp.get', { skpId: EMPLOYEES }), 300, 50),
);
const matrix = await call<SkpMatrix>('skp.matrix', { yearId: year.id, appraiserEmployeeId: 2 });
line(
  `Matriks atasan (${matrix.rows.length} bawahan × ${matrix.columns.length} RHK)`,
  await measure(() => call('skp.matrix', { yearId: year.id, appraiserEmployeeId: 2 }), 300, 50),
);

line(
  'Daftar SKP (halaman 1, dengan hitungan status)',
  await measure(() => call('skp.list', { yearId: year.id, pageSize: 25 }), 100, 20),
);
// Autosave: one IKI field of a draft revision, answered with the whole SKP.
let draft = await call<SkpDetail>('skp.revise', { skpId: 3, version: 1, reason: 'Bench' });
const ikiId = draft.rhk[0]!.iki[0]!.id;
let target = 10;
line(
  'Simpan otomatis satu kolom IKI (draf)',
  await measure(
    async () => {
      target += 1;
      draft = await call<SkpDetail>('skp.iki.update', {
        skpId: 3,
        version: draft.version,
        ikiId,
        target: String(target),
      });
    },
    300,
    50,
  ),
);

const next = await call<YearDto>('years.open', { year: 2027 });
started = performance.now();
let done = false;
let created = 0;
while (!done) {
  const step = await call<CopyForwardResult>('skp.copyForwardAll', {
    fromYearId: year.id,
    toYearId: next.id,
    batchSize: 1000,
    maxBatches: 10,
  });
  created += step.created;
  done = step.done;
  console.log(
    `  salin: ${created.toLocaleString('id-ID')} dibuat, ${step.remaining.toLocaleString('id-ID')} tersisa`,
  );
}
const copied = await call<SkpDetail>('skp.get', { skpId: EMPLOYEES + 2 });
console.log(
  `Salin ${created.toLocaleString('id-ID')} SKP ke tahun 2027 (batch 1.000): ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `RHK utama tanpa induk di SKP contoh: ${copied.issues.filter((i) => i.code === 'UTAMA_WITHOUT_PARENT').length}`,
);
backend.close();
