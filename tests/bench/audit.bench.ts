/**
 * Cost of the audit trail (issue 3 targets): 10,000 employee edits through dispatch with the hash-chained
 * trail vs with a trail that records nothing (ratio ≤ 1.3), and audit.verify over 1,000,000 entries (< 10 s).
 */
import { performance } from 'node:perf_hooks';
import { openBackend, type Backend } from '../../electron/backend/app';
import type { AuditTrail } from '../../electron/backend/audit/trail';
import { systemContext } from '../../electron/backend/context';
import { verifyAuditChain } from '../../electron/backend/audit/verify';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import type { EmployeeDetail } from '../../shared/ipc/methods/employees';
import { tempDir } from '../support/temp-dir';

const EDITS = 10_000;
const ADMIN = {
  username: 'admin',
  displayName: 'Admin',
  password: 'rahasia-admin-1',
  passwordConfirm: 'rahasia-admin-1',
};
const OFFICE = {
  instansiName: 'Kota',
  officeName: 'Kecamatan',
  cityName: 'Kota',
  address: 'Jl.',
  placeName: 'Kota',
};

class CountingOnlyTrail implements AuditTrail {
  appended = 0;
  append(): void {
    this.appended += 1;
  }
}

async function timeEdits(backend: Backend): Promise<number> {
  const session = { token: null };
  await backend.dispatch('setup.complete', { admin: ADMIN, office: OFFICE }, session);
  loadDemoData(systemContext(backend.ctx, 'seed'));
  const list = await backend.dispatch('employees.list', { pageSize: 200 }, session);
  if (!list.ok) throw new Error(list.error.message);
  const targets: EmployeeDetail[] = [];
  for (const row of (list.data as { rows: { id: number }[] }).rows) {
    const detail = await backend.dispatch('employees.get', { id: row.id }, session);
    if (detail.ok) targets.push(detail.data as EmployeeDetail);
  }
  const start = performance.now();
  for (let i = 0; i < EDITS; i++) {
    const e = targets[i % targets.length]!;
    const result = await backend.dispatch(
      'employees.update',
      {
        id: e.id,
        version: e.version,
        data: {
          nip: e.nip,
          name: e.name,
          frontTitle: e.frontTitle,
          backTitle: e.backTitle,
          gender: e.gender,
          birthPlace: `Kota ${i}`,
          birthDate: e.birthDate,
          status: e.status,
          golongan: e.golongan ?? '',
          positionName: e.positionName,
          positionType: e.positionType,
          functionalLevel: e.functionalLevel,
          unitId: e.unitId,
          supervisorId: e.supervisor?.id ?? null,
          tmtJabatan: e.tmtJabatan ?? '',
        },
      },
      session,
    );
    if (!result.ok) throw new Error(result.error.message);
    targets[i % targets.length] = result.data as EmployeeDetail;
  }
  return performance.now() - start;
}

const withAudit = await openBackend({
  dataDir: tempDir('sipka-bench-'),
  migrationsDir: SOURCE_MIGRATIONS_DIR,
});
const audited = await timeEdits(withAudit);
const withoutAudit = await openBackend({
  dataDir: tempDir('sipka-bench-'),
  migrationsDir: SOURCE_MIGRATIONS_DIR,
  audit: () => new CountingOnlyTrail(),
});
const plain = await timeEdits(withoutAudit);
console.log(
  `${EDITS} ubah pegawai: dengan jejak audit ${(audited / 1000).toFixed(2)} s, tanpa ${(plain / 1000).toFixed(2)} s, rasio ${(audited / plain).toFixed(2)}`,
);
withoutAudit.close();

const { sqlite } = withAudit.ctx;
const ctx = systemContext(withAudit.ctx, 'bench');
const existing = (sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) ?? 0;
const fillStart = performance.now();
sqlite.transaction(() => {
  for (let i = existing; i < 1_000_000; i++) {
    ctx.audit.append(ctx, {
      action: 'UPDATE',
      entityType: 'employee',
      entityId: i % 5000,
      changes: { birthPlace: { from: `Kota ${i}`, to: `Kota ${i + 1}` } },
    });
  }
})();
console.log(`Isi 1.000.000 entri audit: ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);
const verifyStart = performance.now();
const verdict = verifyAuditChain(sqlite);
console.log(
  `audit.verify atas ${verdict.count} entri: ${((performance.now() - verifyStart) / 1000).toFixed(2)} s (${verdict.intact ? 'utuh' : 'RUSAK'})`,
);
withAudit.close();
