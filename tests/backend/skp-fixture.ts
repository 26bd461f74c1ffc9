import type { Role } from '../../shared/domain/roles';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';
import type { SkpDetail } from '../../shared/ipc/methods/skp';
import type { ErrorInfo, Result } from '../../shared/ipc/result';
import { clientAs, openTestBackend, pnsInput, seedUnits, type TestBackend } from './helpers';

/** A signed-in client with the same call/ok/err shape as the test backend's own (ADMIN) client. */
export interface Client {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  err<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ErrorInfo>;
}

const PASSWORD = 'sandi-uji-123';

export async function clientFor(
  t: TestBackend,
  username: string,
  role: Role,
  employeeId: number | null,
): Promise<Client> {
  await t.ok('users.create', {
    username,
    displayName: username,
    role,
    employeeId,
    password: 'awal-awal-1',
    passwordConfirm: 'awal-awal-1',
  });
  const first = await clientAs(t, username, 'awal-awal-1');
  await first.call('auth.changePassword', {
    currentPassword: 'awal-awal-1',
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  const { call } = first;
  return {
    call,
    async ok(method, input) {
      const result = await call(method, input);
      if (!result.ok)
        throw new Error(`${username}: ${method} gagal: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    async err(method, input) {
      const result = await call(method, input);
      if (result.ok) throw new Error(`${username}: ${method} seharusnya gagal, tetapi berhasil`);
      return result.error;
    },
  };
}

/**
 * A small office: the camat (no atasan in SIPKA), a kasi and a lurah under him, two staff under the kasi; a user
 * for each of camat, kasi and the first staff (PEGAWAI), and an OPERATOR; the year 2026 opened (triwulanan).
 */
export async function skpOffice() {
  const t = await openTestBackend();
  const units = await seedUnits(t);
  const person = async (
    seq: number,
    overrides: Partial<MethodInput<'employees.create'>> & {
      unitId: number;
      name: string;
      positionName: string;
    },
  ) => (await t.ok('employees.create', pnsInput({ nip: `19860926201505100${seq}`, ...overrides }))).id;
  const camat = await person(1, {
    unitId: units.kec.id,
    name: 'Hendro Wicaksono',
    frontTitle: 'Drs.',
    backTitle: 'M.Si.',
    golongan: 'IV/b',
    positionName: 'Camat Uji',
    positionType: 'ADMINISTRATOR',
  });
  const kasi = await person(2, {
    unitId: units.sekr.id,
    name: 'Bambang Sutrisno',
    backTitle: 'S.H.',
    golongan: 'III/d',
    positionName: 'Kepala Seksi Pemerintahan',
    supervisorId: camat,
  });
  const staff = await person(3, {
    unitId: units.subbag.id,
    name: 'Ahmad Fauzi',
    backTitle: '',
    golongan: 'III/a',
    positionName: 'Pengadministrasi Kependudukan',
    positionType: 'PELAKSANA',
    supervisorId: kasi,
  });
  const staff2 = await person(4, {
    unitId: units.subbag.id,
    name: 'Joko Santoso',
    backTitle: '',
    golongan: 'II/c',
    positionName: 'Pengadministrasi Umum',
    positionType: 'PELAKSANA',
    supervisorId: kasi,
  });
  const lurah = await person(5, {
    unitId: units.kel.id,
    name: 'Eko Saputro',
    backTitle: 'S.AP.',
    golongan: 'III/d',
    positionName: 'Lurah Uji',
    supervisorId: camat,
  });
  const year = await t.ok('years.open', { year: 2026 });
  return {
    t,
    units,
    ids: { camat, kasi, staff, staff2, lurah },
    year,
    camatUser: await clientFor(t, 'camat', 'PEGAWAI', camat),
    kasiUser: await clientFor(t, 'kasi', 'PEGAWAI', kasi),
    staffUser: await clientFor(t, 'staf', 'PEGAWAI', staff),
    operator: await clientFor(t, 'operator', 'OPERATOR', null),
  };
}

export type SkpOffice = Awaited<ReturnType<typeof skpOffice>>;

/** Kuantitas, kualitas and waktu IKI, all valid. */
export function kkw(noun: string) {
  return [
    { aspect: 'KUANTITAS' as const, indicator: `Jumlah ${noun}`, target: '12', unitOfMeasure: 'Dokumen' },
    {
      aspect: 'KUALITAS' as const,
      indicator: `Persentase ${noun} sesuai standar`,
      target: '90 – 100',
      unitOfMeasure: '%',
    },
    { aspect: 'WAKTU' as const, indicator: `Ketepatan waktu ${noun}`, target: '12', unitOfMeasure: 'Bulan' },
  ];
}

/** Adds one complete RHK (with K/K/W IKI) and returns the SKP as it then stands. */
export async function addRhk(
  client: Pick<Client, 'ok'>,
  skp: SkpDetail,
  text: string,
  parentRhkId: number | null,
  group: 'UTAMA' | 'TAMBAHAN' = 'UTAMA',
  externalParentText = '',
): Promise<SkpDetail> {
  return client.ok('skp.rhk.create', {
    skpId: skp.id,
    version: skp.version,
    group,
    text,
    parentRhkId,
    externalParentText,
    iki: kkw(text.toLowerCase()),
  });
}

/** The camat's SKP with two Utama RHK (intervening an RHK outside SIPKA), approved by ADMIN "atas nama". */
export async function approvedCamatSkp(o: SkpOffice): Promise<SkpDetail> {
  let skp = await o.t.ok('skp.create', { employeeId: o.ids.camat, yearId: o.year.id });
  skp = await addRhk(
    o.t,
    skp,
    'Meningkatnya kualitas pelayanan publik kecamatan',
    null,
    'UTAMA',
    'RHK Sekda',
  );
  skp = await addRhk(
    o.t,
    skp,
    'Terwujudnya tata kelola kecamatan yang akuntabel',
    null,
    'UTAMA',
    'RHK Sekda',
  );
  skp = await o.t.ok('skp.submit', { skpId: skp.id, version: skp.version });
  return o.t.ok('skp.approve', {
    skpId: skp.id,
    version: skp.version,
    note: 'Disetujui Sekda secara tertulis',
  });
}
