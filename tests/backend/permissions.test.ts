import { beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/backend/context';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { canAppraise, canView } from '../../electron/backend/users/relations';
import type { Role } from '../../shared/domain/roles';
import { contract, type MethodName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { ADMIN, clientAs, openTestBackend, TEST_OFFICE, type TestBackend } from './helpers';

type Who = Role | 'ANONIM';
const EVERYONE: Who[] = ['ANONIM', 'ADMIN', 'OPERATOR', 'PEGAWAI'];
const SIGNED_IN: Who[] = ['ADMIN', 'OPERATOR', 'PEGAWAI'];
const HR: Who[] = ['ADMIN', 'OPERATOR'];
const ADMIN_ONLY: Who[] = ['ADMIN'];

/** Who may call each method (with no relation to the employee it names). Written out, not derived. */
const EXPECTED: Record<MethodName, Who[]> = {
  'units.list': SIGNED_IN,
  'units.create': HR,
  'units.rename': HR,
  'units.move': HR,
  'units.delete': HR,
  'employees.list': SIGNED_IN,
  'employees.get': HR,
  'employees.create': HR,
  'employees.update': HR,
  'employees.setActivity': HR,
  'employees.delete': HR,
  'settings.get': SIGNED_IN,
  'settings.update': ADMIN_ONLY,
  'setup.status': EVERYONE,
  'setup.complete': EVERYONE,
  'auth.session': EVERYONE,
  'auth.login': EVERYONE,
  'auth.unlock': EVERYONE,
  'auth.logout': SIGNED_IN,
  'auth.changePassword': SIGNED_IN,
  'users.list': ADMIN_ONLY,
  'users.create': ADMIN_ONLY,
  'users.update': ADMIN_ONLY,
  'users.resetPassword': ADMIN_ONLY,
  'audit.list': HR,
  'audit.verify': HR,
  'years.list': SIGNED_IN,
  'years.get': SIGNED_IN,
  'years.open': ADMIN_ONLY,
  'years.close': ADMIN_ONLY,
  'years.reopen': ADMIN_ONLY,
  'skp.list': SIGNED_IN,
  'skp.queue': SIGNED_IN,
  'skp.mine': SIGNED_IN,
  'skp.get': HR,
  'skp.parentOptions': HR,
  'skp.matrix': HR,
  'skp.tree': SIGNED_IN,
  'skp.create': HR,
  'skp.setApproach': HR,
  'skp.setDates': HR,
  'skp.delete': HR,
  'skp.rhk.create': HR,
  'skp.rhk.update': HR,
  'skp.rhk.delete': HR,
  'skp.rhk.reorder': HR,
  'skp.iki.create': HR,
  'skp.iki.update': HR,
  'skp.iki.delete': HR,
  'skp.iki.reorder': HR,
  'skp.setLampiran': HR,
  'skp.setExpectations': HR,
  'skp.submit': HR,
  'skp.withdraw': HR,
  'skp.approve': ADMIN_ONLY,
  'skp.return': ADMIN_ONLY,
  'skp.revise': HR,
  'skp.discardRevision': HR,
  'skp.copyFromPreviousYear': HR,
  'skp.copyForwardAll': HR,
  'skp.handDown': HR,
  'backup.create': HR,
  'backup.auto': HR,
  'backup.inspect': HR,
  'backup.restore': ADMIN_ONLY,
  'backup.list': HR,
  'backup.history': HR,
  'backup.targets': HR,
  'backup.status': HR,
  'backup.settings.get': HR,
  'backup.settings.update': ADMIN_ONLY,
  'documents.prepare': HR,
  'documents.print': HR,
  'documents.verify': SIGNED_IN,
  'documents.register.list': HR,
  'documents.register.unsignedSummary': HR,
  'documents.attachScan': HR,
  'documents.scanContent': HR,
  'documents.batch.prepare': HR,
  'documents.batch.start': HR,
  'documents.batch.status': HR,
  'documents.batch.cancel': HR,
  'realisasi.sheet': HR,
  'realisasi.set': HR,
  'evidence.addFile': HR,
  'evidence.addLink': HR,
  'evidence.remove': HR,
  'evidence.content': HR,
  'feedback.add': [],
  'evaluation.list': SIGNED_IN,
  'evaluation.get': HR,
  'evaluation.rate': ADMIN_ONLY,
  'evaluation.exclude': ADMIN_ONLY,
  'orgRating.get': SIGNED_IN,
  'orgRating.set': ADMIN_ONLY,
  'kurva.get': HR,
  'finalisation.finalise': ADMIN_ONLY,
  'finalisation.reopen': ADMIN_ONLY,
};

const PASSWORD = 'sandi-uji-123';

let t: TestBackend;
let people: {
  camat: number;
  kasi: number;
  staff: number;
  otherStaff: number;
  target: number;
  year: number;
  otherSkp: number;
  /** Triwulan IV: open and unrated in the demo data. */
  period: number;
};
const clients = new Map<Who, (method: MethodName, input: unknown) => Promise<Result<unknown>>>();

async function user(username: string, role: Role, employeeId: number | null) {
  const created = await t.ok('users.create', {
    username,
    displayName: username,
    role,
    employeeId,
    password: 'awal-awal-1',
    passwordConfirm: 'awal-awal-1',
  });
  const client = await clientAs(t, username, 'awal-awal-1');
  await client.call('auth.changePassword', {
    currentPassword: 'awal-awal-1',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  return { created, client };
}

beforeAll(async () => {
  t = await openTestBackend();
  loadDemoData(systemContext(t.backend.ctx, 'seed'));
  const byPosition = async (position: string) =>
    (await t.ok('employees.list', { query: '', pageSize: 200 })).rows.find(
      (r) => r.positionName === position,
    )!.id;
  people = {
    camat: await byPosition('Camat Gayungan'),
    kasi: await byPosition('Kepala Seksi Kesejahteraan Rakyat'),
    staff: await byPosition('Penyuluh Sosial'),
    otherStaff: await byPosition('Pengawas Bangunan'),
    target: 0,
    year: 0,
    otherSkp: 0,
    period: 0,
  };
  people.year = (await t.ok('years.list', {}))[0]!.id;
  people.period = (await t.ok('years.get', { id: people.year })).periods.find(
    (p) => p.kind === 'QUARTER' && p.number === 4,
  )!.id;
  people.otherSkp = (
    await t.ok('skp.list', { yearId: people.year, query: 'Yoga Pamungkas' })
  ).rows[0]!.skpId!;
  clients.set('ADMIN', (m, i) => t.backend.dispatch(m, i, t.session));
  clients.set('ANONIM', (m, i) => t.backend.dispatch(m, i, { token: null }));
  const operator = await user('operator', 'OPERATOR', null);
  clients.set('OPERATOR', (m, i) => operator.client.call(m as never, i as never));
  const pegawai = await user('pegawai', 'PEGAWAI', people.staff);
  clients.set('PEGAWAI', (m, i) => pegawai.client.call(m as never, i as never));
  people.target = (
    await t.ok('users.create', {
      username: 'sasaran',
      displayName: 'Sasaran',
      role: 'OPERATOR',
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    })
  ).id;
});

function sampleInput(method: MethodName): unknown {
  const employee = {
    ...{
      nip: '198609262015051001',
      name: 'Contoh',
      gender: 'L',
      birthDate: '1986-09-26',
      status: 'PNS',
      golongan: 'III/a',
    },
    positionName: 'Staf',
    positionType: 'PELAKSANA',
    unitId: 1,
  };
  const samples: Partial<Record<MethodName, unknown>> = {
    'units.create': { name: 'Seksi Baru', kind: 'SEKSI', parentId: 1 },
    'units.rename': { id: 2, name: 'Sekretariat Kecamatan' },
    'units.move': { id: 3, parentId: 2 },
    'units.delete': { id: 9999 },
    'employees.get': { id: people.otherStaff },
    'employees.create': employee,
    'employees.update': { id: people.otherStaff, version: 99, data: employee },
    'employees.setActivity': { id: people.otherStaff, version: 99, activity: 'AKTIF', since: '', note: '' },
    'employees.delete': { id: 9999 },
    'settings.update': { ...TEST_OFFICE },
    'setup.complete': { admin: { ...ADMIN, username: 'kedua' }, office: TEST_OFFICE },
    'auth.login': { username: 'tidak.ada', password: 'apa-saja-1' },
    'auth.unlock': { password: 'salah-salah' },
    'auth.changePassword': {
      currentPassword: 'salah-salah',
      password: 'baru-baru-1',
      passwordConfirm: 'baru-baru-1',
    },
    'users.create': {
      username: 'baru',
      displayName: 'Baru',
      role: 'OPERATOR',
      password: 'x',
      passwordConfirm: 'x',
    },
    'users.update': {
      id: people.target,
      version: 99,
      displayName: 'S',
      role: 'OPERATOR',
      employeeId: null,
      active: true,
    },
    'users.resetPassword': { id: people.target, password: 'x', passwordConfirm: 'x' },
    ...skpSamples(),
    ...documentSamples(),
    ...evaluationSamples(),
  };
  return samples[method] ?? {};
}

/** Valid inputs naming an SKP of someone the PEGAWAI has no relation to; every write answers CONFLICT on `version`. */
function skpSamples(): Partial<Record<MethodName, unknown>> {
  const skp = { skpId: people.otherSkp, version: 99 };
  return {
    'years.get': { id: people.year },
    'years.open': { year: 2026 },
    'years.close': { id: people.year, version: 99 },
    'years.reopen': { id: people.year, version: 99, reason: 'Koreksi' },
    'skp.list': { yearId: people.year },
    'skp.mine': { yearId: people.year },
    'skp.get': { skpId: people.otherSkp },
    'skp.parentOptions': { skpId: people.otherSkp },
    'skp.matrix': { yearId: people.year, appraiserEmployeeId: people.camat },
    'skp.tree': { yearId: people.year },
    'skp.create': { employeeId: people.otherStaff, yearId: people.year },
    'skp.setApproach': { ...skp, approach: 'KUALITATIF' },
    'skp.setDates': { ...skp, startDate: '2026-01-01', endDate: '2026-06-30' },
    'skp.delete': skp,
    'skp.rhk.create': { ...skp, group: 'TAMBAHAN', text: 'Contoh' },
    'skp.rhk.update': { ...skp, rhkId: 1, text: 'Contoh' },
    'skp.rhk.delete': { ...skp, rhkId: 1 },
    'skp.rhk.reorder': { ...skp, group: 'UTAMA', rhkIds: [1] },
    'skp.iki.create': { ...skp, rhkId: 1, indicator: 'Contoh' },
    'skp.iki.update': { ...skp, ikiId: 1, indicator: 'Contoh' },
    'skp.iki.delete': { ...skp, ikiId: 1 },
    'skp.iki.reorder': { ...skp, rhkId: 1, ikiIds: [1] },
    'skp.setLampiran': { ...skp, resources: ['Contoh'] },
    'skp.setExpectations': { ...skp, expectations: { LOYAL: 'Contoh' } },
    'skp.submit': skp,
    'skp.withdraw': skp,
    'skp.approve': { ...skp, note: 'Contoh' },
    'skp.return': { ...skp, reason: 'Contoh' },
    'skp.revise': { ...skp, reason: 'Contoh' },
    'skp.discardRevision': skp,
    'skp.copyFromPreviousYear': { employeeId: people.otherStaff, yearId: people.year },
    'skp.copyForwardAll': { fromYearId: people.year, toYearId: people.year },
    'skp.handDown': {
      appraiserSkpId: 9999,
      employeeId: people.otherStaff,
      rhk: [{ parentRhkId: 1, text: 'Contoh' }],
    },
    ...realisasiSamples(),
  };
}

/** Valid inputs on someone else's SKP naming an IKI, a file or an RHK that does not exist: nothing is written. */
function realisasiSamples(): Partial<Record<MethodName, unknown>> {
  const sheet = { skpId: people.otherSkp, periodId: 1 };
  return {
    'realisasi.sheet': sheet,
    'realisasi.set': { ...sheet, entries: [{ ikiLineageId: 999_999, value: 1 }] },
    'evidence.addFile': { ...sheet, ikiLineageId: 999_999, fileName: 'a.pdf', contentBase64: 'JVBERi0=' },
    'evidence.addLink': { ...sheet, ikiLineageId: 999_999, url: 'https://contoh.go.id' },
    'evidence.remove': { ...sheet, evidenceId: 999_999 },
    'evidence.content': { ...sheet, evidenceId: 999_999 },
    'feedback.add': { ...sheet, rhkLineageId: 999_999, text: 'Contoh' },
  };
}

/** Inputs naming an SKP of someone the PEGAWAI has no relation to; ADMIN's writes answer CONFLICT (version, blockers). */
function evaluationSamples(): Partial<Record<MethodName, unknown>> {
  const ref = { skpId: people.otherSkp, periodId: people.period };
  return {
    'evaluation.list': { periodId: people.period },
    'evaluation.get': ref,
    'evaluation.rate': { ...ref, version: 99, ratingHasil: 'SESUAI', ratingPerilaku: 'SESUAI' },
    'evaluation.exclude': { ...ref, version: 99, reason: 'CUTI' },
    'orgRating.get': { periodId: people.period },
    'orgRating.set': {
      periodId: people.period,
      version: 99,
      rating: 'BAIK',
      sourceNumber: '800/1/436.7/2026',
      sourceDate: '2026-10-01',
    },
    'kurva.get': { periodId: people.period },
    'finalisation.finalise': { periodId: people.period },
    'finalisation.reopen': { periodId: people.period, reason: 'Koreksi' },
  };
}

/** Inputs that pass the access check but stop before anything is rendered or written. */
function documentSamples(): Partial<Record<MethodName, unknown>> {
  const request = { kind: 'SKP', skpId: people.otherSkp };
  return {
    'documents.prepare': { request },
    'documents.print': { request, targetPath: 'bukan-lokasi-mutlak.pdf' },
    'documents.verify': { text: 'SKP-00000-00000' },
    'documents.attachScan': { registerId: 999_999, fileName: 'a.pdf', contentBase64: 'JVBERi0=' },
    'documents.scanContent': { registerId: 999_999 },
    'documents.batch.prepare': { kind: 'SKP', yearId: people.year },
    'documents.batch.start': { kind: 'SKP', yearId: people.year, targetPath: 'bukan-lokasi-mutlak.pdf' },
    'documents.batch.status': { jobId: 'tidak-ada' },
    'documents.batch.cancel': { jobId: 'tidak-ada' },
  };
}

/** Refused means the access check said no; any other answer (including validation or conflict) got past it. */
function refused(result: Result<unknown>, method: MethodName): boolean {
  if (result.ok) return false;
  if (result.error.code === 'FORBIDDEN') return true;
  // A public sign-in that fails answers UNAUTHENTICATED by design; that is not an access refusal.
  return result.error.code === 'UNAUTHENTICATED' && !['auth.login', 'auth.unlock'].includes(method);
}

describe('permissions', () => {
  it('declares the access of every method, and the matrix below covers every method', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(['public', 'signedIn', 'roles'], name).toContain(spec.access.kind);
      expect(['read', 'write', 'own'], name).toContain(spec.effect);
    }
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(contract).sort());
  });

  const methods = (Object.keys(EXPECTED) as MethodName[]).filter((m) => m !== 'auth.logout');
  for (const who of EVERYONE) {
    it(`allows and refuses each method as expected for ${who}`, async () => {
      const call = clients.get(who)!;
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const method of methods) {
        const result = await call(method, sampleInput(method));
        outcome[method] = refused(result, method) ? 'ditolak' : 'boleh';
        expected[method] = EXPECTED[method].includes(who) ? 'boleh' : 'ditolak';
      }
      expect(outcome).toEqual(expected);
      const logout = await call('auth.logout', {});
      expect(refused(logout, 'auth.logout') ? 'ditolak' : 'boleh').toBe(
        EXPECTED['auth.logout'].includes(who) ? 'boleh' : 'ditolak',
      );
    });
  }

  it('lets a penilai appraise exactly their bawahan, and view their whole subtree read-only', async () => {
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const kasiUser = await user('kasi', 'PEGAWAI', people.kasi);
    const caller = {
      userId: kasiUser.created.id,
      username: 'kasi',
      displayName: 'kasi',
      role: 'PEGAWAI' as const,
      employeeId: people.kasi,
    };
    const ctx = t.backend.ctx;
    expect(canAppraise(ctx, caller, people.staff)).toBe(true);
    expect(canAppraise(ctx, caller, people.kasi)).toBe(false);
    expect(canAppraise(ctx, caller, people.otherStaff)).toBe(false);
    const camatCaller = { ...caller, employeeId: people.camat };
    expect(canAppraise(ctx, camatCaller, people.kasi)).toBe(true);
    expect(canAppraise(ctx, camatCaller, people.staff)).toBe(false);
    expect(canView(ctx, camatCaller, people.staff)).toBe(true);
    expect(canView(ctx, caller, people.camat)).toBe(false);

    expect(await kasiUser.client.call('employees.get', { id: people.staff })).toMatchObject({ ok: true });
    expect(await kasiUser.client.call('employees.get', { id: people.kasi })).toMatchObject({ ok: true });
    expect(await kasiUser.client.call('employees.get', { id: people.camat })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const listed = await kasiUser.client.call('employees.list', { pageSize: 200 });
    expect(listed.ok && listed.data.rows.map((r) => r.id).sort()).toEqual(
      [
        people.kasi,
        people.staff,
        ...(await t.ok('employees.get', { id: people.kasi })).subordinates.map((s) => s.id),
      ]
        .filter((v, i, a) => a.indexOf(v) === i)
        .sort(),
    );
  });
});
