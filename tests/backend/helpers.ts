import { afterAll } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/app';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import type { ErrorInfo, Result } from '../../shared/ipc/result';
import { tempDir } from '../support/temp-dir';
import type { SessionHolder } from '../../electron/backend/context';

export { tempDir };

export const ADMIN = {
  username: 'admin',
  displayName: 'Admin Kepegawaian',
  password: 'rahasia-admin-1',
  passwordConfirm: 'rahasia-admin-1',
};

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  /** This client's session (signed in as the first ADMIN unless opened with signedIn: false). */
  session: SessionHolder;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Calls and returns the data, failing the test with the error when the call fails. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls and returns the error, failing the test when the call succeeds. */
  err<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ErrorInfo>;
  count(table: string): number;
}

const opened: Backend[] = [];
afterAll(() => {
  while (opened.length > 0) opened.pop()!.close();
});

export async function openTestBackend(
  options: { dataDir?: string; now?: () => Date; signedIn?: boolean } = {},
): Promise<TestBackend> {
  const dataDir = options.dataDir ?? tempDir();
  const backend = await openBackend({
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    ...(options.now ? { now: options.now } : {}),
    log: () => {},
  });
  opened.push(backend);
  const session: SessionHolder = { token: null };
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    backend.dispatch(method, input, session) as Promise<Result<MethodOutput<M>>>;
  if (options.signedIn !== false) {
    const done = await call('setup.complete', { admin: ADMIN, office: TEST_OFFICE, loadDemo: false });
    if (!done.ok) throw new Error(done.error.message);
  }
  return {
    backend,
    dataDir,
    session,
    call,
    async ok(method, input) {
      const result = await call(method, input);
      if (!result.ok)
        throw new Error(
          `${method} gagal: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`,
        );
      return result.data;
    },
    async err(method, input) {
      const result = await call(method, input);
      if (result.ok) throw new Error(`${method} seharusnya gagal, tetapi berhasil`);
      return result.error;
    },
    count(table) {
      return (backend.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
  };
}

export const TEST_OFFICE = {
  instansiName: 'Pemerintah Kota Uji',
  officeName: 'Kecamatan Uji',
  cityName: 'Kota Uji',
  address: 'Jl. Uji No. 1',
  placeName: 'Uji',
};

/** Another client of the same backend: its own session, signed in as `username`. */
export async function clientAs(t: TestBackend, username: string, password: string) {
  const session: SessionHolder = { token: null };
  const call = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    t.backend.dispatch(method, input, session) as Promise<Result<MethodOutput<M>>>;
  const login = await call('auth.login', { username, password });
  if (!login.ok) throw new Error(`masuk sebagai ${username} gagal: ${login.error.message}`);
  return { session, call, user: login.data };
}

/** A small unit tree: kecamatan → sekretariat → subbagian, and one kelurahan. */
export async function seedUnits(t: TestBackend) {
  const kec = await t.ok('units.create', { name: 'Kecamatan Uji', kind: 'KECAMATAN', parentId: null });
  const sekr = await t.ok('units.create', { name: 'Sekretariat', kind: 'SEKRETARIAT', parentId: kec.id });
  const subbag = await t.ok('units.create', { name: 'Subbagian Umum', kind: 'SUBBAGIAN', parentId: sekr.id });
  const kel = await t.ok('units.create', { name: 'Kelurahan Uji', kind: 'KELURAHAN', parentId: kec.id });
  return { kec, sekr, subbag, kel };
}

export function pnsInput(
  overrides: Partial<MethodInput<'employees.create'>> & { unitId: number },
): MethodInput<'employees.create'> {
  return {
    nip: '198609262015051001',
    name: 'Fajar Nugroho',
    frontTitle: '',
    backTitle: 'S.STP.',
    gender: 'L',
    birthPlace: 'Surabaya',
    birthDate: '1986-09-26',
    status: 'PNS',
    golongan: 'III/c',
    positionName: 'Lurah Uji',
    positionType: 'PENGAWAS',
    functionalLevel: null,
    supervisorId: null,
    tmtJabatan: '2022-01-03',
    ...overrides,
  };
}
