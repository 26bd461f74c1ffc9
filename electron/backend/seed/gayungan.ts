import type { UnitKind } from '../../../shared/domain/positions';
import { employeeData, type EmployeeDataInput } from '../../../shared/ipc/methods/employees';
import type { RequestContext } from '../context';
import { employeeHandlers } from '../employees/handlers';
import { loadDemoRealisasi } from './gayungan-realisasi';
import { loadDemoSkp } from './gayungan-skp';
import { loadDemoEvaluation } from './gayungan-evaluation';
import { findYearByNumber } from '../years/queries';
import { conflict } from '../errors';
import { unitHandlers } from '../units/handlers';
import { countRows } from '../settings/store';

/** Fictitious demo office for Kecamatan Gayungan, Kota Surabaya: names and NIPs are invented. */
export const GAYUNGAN_OFFICE = {
  instansiName: 'Pemerintah Kota Surabaya',
  officeName: 'Kecamatan Gayungan',
  cityName: 'Kota Surabaya',
  address: 'Jl. Gayungan PTT No. 2, Surabaya 60235',
  letterheadLines: [
    'PEMERINTAH KOTA SURABAYA',
    'KECAMATAN GAYUNGAN',
    'Jl. Gayungan PTT No. 2, Surabaya 60235',
  ],
  placeName: 'Surabaya',
  logoDataUrl: null,
  phone: '(031) 8280000',
  email: 'kec.gayungan@surabaya.go.id',
  idleLockMinutes: 15,
  evidenceMaxMb: 20,
};

interface UnitSeed {
  key: string;
  name: string;
  kind: UnitKind;
  parent?: string;
}

const UNITS: UnitSeed[] = [
  { key: 'kec', name: 'Kecamatan Gayungan', kind: 'KECAMATAN' },
  { key: 'sekr', name: 'Sekretariat Kecamatan', kind: 'SEKRETARIAT', parent: 'kec' },
  { key: 'umum', name: 'Subbagian Umum dan Kepegawaian', kind: 'SUBBAGIAN', parent: 'sekr' },
  { key: 'renkeu', name: 'Subbagian Perencanaan dan Keuangan', kind: 'SUBBAGIAN', parent: 'sekr' },
  { key: 'pem', name: 'Seksi Pemerintahan dan Pelayanan Publik', kind: 'SEKSI', parent: 'kec' },
  { key: 'trantib', name: 'Seksi Ketenteraman dan Ketertiban Umum', kind: 'SEKSI', parent: 'kec' },
  { key: 'kesra', name: 'Seksi Kesejahteraan Rakyat', kind: 'SEKSI', parent: 'kec' },
  { key: 'ekbang', name: 'Seksi Perekonomian dan Pembangunan', kind: 'SEKSI', parent: 'kec' },
  { key: 'dukuh', name: 'Kelurahan Dukuh Menanggal', kind: 'KELURAHAN', parent: 'kec' },
  { key: 'gayungan', name: 'Kelurahan Gayungan', kind: 'KELURAHAN', parent: 'kec' },
  { key: 'ketintang', name: 'Kelurahan Ketintang', kind: 'KELURAHAN', parent: 'kec' },
  { key: 'menanggal', name: 'Kelurahan Menanggal', kind: 'KELURAHAN', parent: 'kec' },
];

type Seeded = Omit<EmployeeDataInput, 'nip' | 'unitId' | 'supervisorId' | 'birthDate' | 'gender'> & {
  key: string;
  unit: string;
  supervisor?: string;
  gender: 'L' | 'P';
  /** YYYY-MM-DD */
  born: string;
  /** PNS: TMT CPNS YYYY-MM; PPPK: year of appointment YYYY. */
  appointed: string;
};

function pns(
  key: string,
  unit: string,
  supervisor: string | undefined,
  name: string,
  gender: 'L' | 'P',
  born: string,
  appointed: string,
  golongan: string,
  positionName: string,
  positionType: Seeded['positionType'],
  titles: { front?: string; back?: string; functionalLevel?: Seeded['functionalLevel'] } = {},
): Seeded {
  return {
    key,
    unit,
    ...(supervisor ? { supervisor } : {}),
    name,
    frontTitle: titles.front ?? '',
    backTitle: titles.back ?? '',
    gender,
    born,
    appointed,
    status: 'PNS',
    golongan,
    positionName,
    positionType,
    functionalLevel: titles.functionalLevel ?? null,
    birthPlace: 'Surabaya',
    tmtJabatan: `${Math.max(Number(appointed.slice(0, 4)) + 4, 2019)}-01-02`,
  };
}

function pppk(
  key: string,
  unit: string,
  supervisor: string,
  name: string,
  gender: 'L' | 'P',
  born: string,
  appointed: string,
  golongan: string,
  positionName: string,
): Seeded {
  return {
    key,
    unit,
    supervisor,
    name,
    frontTitle: '',
    backTitle: '',
    gender,
    born,
    appointed,
    status: 'PPPK',
    golongan,
    positionName,
    positionType: 'FUNGSIONAL',
    functionalLevel: positionName.includes('Ahli') ? 'AHLI_PERTAMA' : 'TERAMPIL',
    birthPlace: 'Sidoarjo',
    tmtJabatan: `${appointed}-03-01`,
  };
}

const EMPLOYEES: Seeded[] = [
  pns(
    'camat',
    'kec',
    undefined,
    'Hendro Wicaksono',
    'L',
    '1976-04-12',
    '2000-03',
    'IV/b',
    'Camat Gayungan',
    'ADMINISTRATOR',
    { front: 'Drs.', back: 'M.Si.' },
  ),
  pns(
    'sekcam',
    'sekr',
    'camat',
    'Retno Palupi',
    'P',
    '1979-08-23',
    '2003-12',
    'IV/a',
    'Sekretaris Kecamatan',
    'ADMINISTRATOR',
    { back: 'S.Sos., M.M.' },
  ),
  pns(
    'kasubumum',
    'umum',
    'sekcam',
    'Agus Prasetyo',
    'L',
    '1982-01-30',
    '2006-04',
    'III/d',
    'Kepala Subbagian Umum dan Kepegawaian',
    'PENGAWAS',
    { back: 'S.E.' },
  ),
  pns(
    'kasubrenkeu',
    'renkeu',
    'sekcam',
    'Dewi Kartikasari',
    'P',
    '1984-06-05',
    '2009-03',
    'III/c',
    'Kepala Subbagian Perencanaan dan Keuangan',
    'PENGAWAS',
    { back: 'S.E., M.Ak.' },
  ),
  pns(
    'kasipem',
    'pem',
    'camat',
    'Bambang Sutrisno',
    'L',
    '1980-11-17',
    '2005-02',
    'III/d',
    'Kepala Seksi Pemerintahan dan Pelayanan Publik',
    'PENGAWAS',
    { back: 'S.H.' },
  ),
  pns(
    'kasitrantib',
    'trantib',
    'camat',
    'Yusuf Hidayat',
    'L',
    '1981-03-09',
    '2006-01',
    'III/d',
    'Kepala Seksi Ketenteraman dan Ketertiban Umum',
    'PENGAWAS',
    { back: 'S.Sos.' },
  ),
  pns(
    'kasikesra',
    'kesra',
    'camat',
    'Siti Nurhayati',
    'P',
    '1985-09-21',
    '2010-03',
    'III/c',
    'Kepala Seksi Kesejahteraan Rakyat',
    'PENGAWAS',
    { back: 'S.Psi.' },
  ),
  pns(
    'kasiekbang',
    'ekbang',
    'camat',
    'Rudi Hartono',
    'L',
    '1983-12-02',
    '2008-03',
    'III/d',
    'Kepala Seksi Perekonomian dan Pembangunan',
    'PENGAWAS',
    { back: 'S.T.' },
  ),
  pns(
    'lurahdukuh',
    'dukuh',
    'camat',
    'Eko Saputro',
    'L',
    '1982-07-14',
    '2007-05',
    'III/d',
    'Lurah Dukuh Menanggal',
    'PENGAWAS',
    { back: 'S.AP.' },
  ),
  pns(
    'lurahgay',
    'gayungan',
    'camat',
    'Lilik Suryani',
    'P',
    '1984-02-28',
    '2009-02',
    'III/d',
    'Lurah Gayungan',
    'PENGAWAS',
    { back: 'S.Sos.' },
  ),
  pns(
    'lurahket',
    'ketintang',
    'camat',
    'Fajar Nugroho',
    'L',
    '1986-09-26',
    '2015-05',
    'III/c',
    'Lurah Ketintang',
    'PENGAWAS',
    { back: 'S.STP., M.Si.' },
  ),
  pns(
    'lurahmen',
    'menanggal',
    'camat',
    'Wahyu Setiawan',
    'L',
    '1983-05-19',
    '2008-06',
    'III/d',
    'Lurah Menanggal',
    'PENGAWAS',
    { back: 'S.IP.' },
  ),
  // Subbagian Umum dan Kepegawaian
  pns(
    'umum1',
    'umum',
    'kasubumum',
    'Sri Wahyuni',
    'P',
    '1988-10-03',
    '2014-03',
    'III/b',
    'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
    'FUNGSIONAL',
    { back: 'S.Psi.', functionalLevel: 'AHLI_PERTAMA' },
  ),
  pns(
    'umum2',
    'umum',
    'kasubumum',
    'Joko Santoso',
    'L',
    '1990-01-25',
    '2019-02',
    'II/c',
    'Pengadministrasi Perkantoran',
    'PELAKSANA',
  ),
  pppk(
    'umum3',
    'umum',
    'kasubumum',
    'Rizky Ramadhan',
    'L',
    '1994-04-01',
    '2022',
    'IX',
    'Pranata Komputer Ahli Pertama',
  ),
  // Subbagian Perencanaan dan Keuangan
  pns(
    'renkeu1',
    'renkeu',
    'kasubrenkeu',
    'Nur Aini',
    'P',
    '1989-12-12',
    '2017-03',
    'III/a',
    'Penata Laporan Keuangan',
    'PELAKSANA',
    { back: 'S.Ak.' },
  ),
  pns(
    'renkeu2',
    'renkeu',
    'kasubrenkeu',
    'Hari Purnomo',
    'L',
    '1987-08-08',
    '2011-04',
    'II/d',
    'Pengelola Keuangan',
    'PELAKSANA',
  ),
  pppk(
    'renkeu3',
    'renkeu',
    'kasubrenkeu',
    'Anisa Putri',
    'P',
    '1996-06-18',
    '2023',
    'VII',
    'Arsiparis Terampil',
  ),
  // Seksi Pemerintahan dan Pelayanan Publik
  pns(
    'pem1',
    'pem',
    'kasipem',
    'Ahmad Fauzi',
    'L',
    '1991-03-15',
    '2019-03',
    'III/a',
    'Analis Kebijakan Ahli Pertama',
    'FUNGSIONAL',
    { back: 'S.H.', functionalLevel: 'AHLI_PERTAMA' },
  ),
  pns(
    'pem2',
    'pem',
    'kasipem',
    'Endang Lestari',
    'P',
    '1986-05-27',
    '2010-06',
    'II/d',
    'Pengadministrasi Kependudukan',
    'PELAKSANA',
  ),
  pppk(
    'pem3',
    'pem',
    'kasipem',
    'Dimas Aditya',
    'L',
    '1997-11-09',
    '2024',
    'V',
    'Operator Layanan Operasional',
  ),
  // Seksi Ketenteraman dan Ketertiban Umum
  pns(
    'trantib1',
    'trantib',
    'kasitrantib',
    'Slamet Riyadi',
    'L',
    '1985-02-11',
    '2009-12',
    'II/d',
    'Pengelola Ketenteraman dan Ketertiban',
    'PELAKSANA',
  ),
  pns(
    'trantib2',
    'trantib',
    'kasitrantib',
    'Teguh Prakoso',
    'L',
    '1992-07-07',
    '2019-03',
    'II/b',
    'Pengadministrasi Umum',
    'PELAKSANA',
  ),
  pppk(
    'trantib3',
    'trantib',
    'kasitrantib',
    'Galih Pratama',
    'L',
    '1995-01-20',
    '2022',
    'V',
    'Operator Layanan Operasional',
  ),
  // Seksi Kesejahteraan Rakyat
  pns(
    'kesra1',
    'kesra',
    'kasikesra',
    'Rina Marlina',
    'P',
    '1990-09-30',
    '2015-03',
    'III/a',
    'Penyuluh Sosial',
    'PELAKSANA',
    { back: 'S.Sos.' },
  ),
  pns(
    'kesra2',
    'kesra',
    'kasikesra',
    'Mulyadi',
    'L',
    '1984-04-04',
    '2008-03',
    'II/d',
    'Pengadministrasi Umum',
    'PELAKSANA',
  ),
  pppk(
    'kesra3',
    'kesra',
    'kasikesra',
    'Fitri Handayani',
    'P',
    '1993-08-16',
    '2023',
    'IX',
    'Penyuluh Sosial Ahli Pertama',
  ),
  // Seksi Perekonomian dan Pembangunan
  pns(
    'ekbang1',
    'ekbang',
    'kasiekbang',
    'Yoga Pamungkas',
    'L',
    '1993-10-10',
    '2019-02',
    'III/a',
    'Pengawas Bangunan',
    'PELAKSANA',
    { back: 'S.T.' },
  ),
  pns(
    'ekbang2',
    'ekbang',
    'kasiekbang',
    'Kurniawati',
    'P',
    '1988-03-03',
    '2012-05',
    'III/a',
    'Analis Perekonomian',
    'PELAKSANA',
    { back: 'S.E.' },
  ),
  // Kelurahan Dukuh Menanggal
  pns(
    'dukuh1',
    'dukuh',
    'lurahdukuh',
    'Bayu Firmansyah',
    'L',
    '1987-12-24',
    '2011-03',
    'III/b',
    'Sekretaris Kelurahan Dukuh Menanggal',
    'PENGAWAS',
    { back: 'S.Sos.' },
  ),
  pns(
    'dukuh2',
    'dukuh',
    'lurahdukuh',
    'Wulan Sari',
    'P',
    '1992-05-05',
    '2019-03',
    'II/c',
    'Pengadministrasi Kependudukan',
    'PELAKSANA',
  ),
  pppk(
    'dukuh3',
    'dukuh',
    'lurahdukuh',
    'Tri Wibowo',
    'L',
    '1990-02-14',
    '2022',
    'V',
    'Operator Layanan Operasional',
  ),
  // Kelurahan Gayungan
  pns(
    'gay1',
    'gayungan',
    'lurahgay',
    'Arif Budiman',
    'L',
    '1985-06-30',
    '2009-04',
    'III/b',
    'Sekretaris Kelurahan Gayungan',
    'PENGAWAS',
    { back: 'S.E.' },
  ),
  pns(
    'gay2',
    'gayungan',
    'lurahgay',
    'Ratna Dewi',
    'P',
    '1989-11-11',
    '2014-06',
    'II/d',
    'Pengadministrasi Umum',
    'PELAKSANA',
  ),
  pppk(
    'gay3',
    'gayungan',
    'lurahgay',
    'Indah Permatasari',
    'P',
    '1998-03-22',
    '2024',
    'VII',
    'Arsiparis Terampil',
  ),
  // Kelurahan Ketintang
  pns(
    'ket1',
    'ketintang',
    'lurahket',
    'Dwi Cahyono',
    'L',
    '1986-01-08',
    '2010-03',
    'III/b',
    'Sekretaris Kelurahan Ketintang',
    'PENGAWAS',
    { back: 'S.H.' },
  ),
  pns(
    'ket2',
    'ketintang',
    'lurahket',
    'Maya Anggraini',
    'P',
    '1994-09-09',
    '2019-03',
    'II/c',
    'Pengadministrasi Kependudukan',
    'PELAKSANA',
  ),
  pppk(
    'ket3',
    'ketintang',
    'lurahket',
    'Prasetya Utama',
    'L',
    '1991-12-01',
    '2023',
    'V',
    'Operator Layanan Operasional',
  ),
  // Kelurahan Menanggal
  pns(
    'men1',
    'menanggal',
    'lurahmen',
    'Sugeng Riyanto',
    'L',
    '1984-10-15',
    '2008-12',
    'III/b',
    'Sekretaris Kelurahan Menanggal',
    'PENGAWAS',
    { back: 'S.AP.' },
  ),
  pns(
    'men2',
    'menanggal',
    'lurahmen',
    'Lina Marliana',
    'P',
    '1990-04-17',
    '2015-03',
    'II/d',
    'Pengadministrasi Umum',
    'PELAKSANA',
  ),
  pppk(
    'men3',
    'menanggal',
    'lurahmen',
    'Andika Saputra',
    'L',
    '1996-07-27',
    '2024',
    'V',
    'Operator Layanan Operasional',
  ),
];

/** NIP PNS: YYYYMMDD YYYYMM G NNN; NI PPPK: YYYYMMDD YYYY CC G NNN (CC is a code, 21 here). */
function makeNip(person: Seeded, sequence: number): string {
  const birth = person.born.replaceAll('-', '');
  const gender = person.gender === 'L' ? '1' : '2';
  const seq = String(sequence).padStart(3, '0');
  const appointed = person.status === 'PNS' ? person.appointed.replace('-', '') : `${person.appointed}21`;
  return `${birth}${appointed}${gender}${seq}`;
}

export interface DemoResult {
  units: number;
  employees: number;
}

/** Loads the demo office into an empty database, through the same handlers (and rules) the app uses. */
export function loadDemoData(ctx: RequestContext): DemoResult {
  return ctx.db.transaction(() => {
    const counts = countRows(ctx.db);
    if (counts.unitCount > 0 || counts.employeeCount > 0) {
      throw conflict('Data contoh hanya bisa dimuat ke basis data yang masih kosong.');
    }
    const unitIds = new Map<string, number>();
    for (const unit of UNITS) {
      const parentId = unit.parent ? unitIds.get(unit.parent)! : null;
      const created = unitHandlers['units.create'](ctx, { name: unit.name, kind: unit.kind, parentId });
      unitIds.set(unit.key, created.id);
    }
    const employeeIds = new Map<string, number>();
    EMPLOYEES.forEach((person, index) => {
      const { key, unit, supervisor, born, appointed, ...fields } = person;
      void appointed;
      const data = employeeData.parse({
        ...fields,
        nip: makeNip(person, index + 1),
        birthDate: born,
        unitId: unitIds.get(unit)!,
        supervisorId: supervisor ? employeeIds.get(supervisor)! : null,
      });
      employeeIds.set(key, employeeHandlers['employees.create'](ctx, data).id);
    });
    const skp = loadDemoSkp(ctx, employeeIds);
    loadDemoRealisasi(ctx, skp.year);
    // Order matters: the realisasi seed comes before the evaluations, whose finalised periods refuse realisasi.
    loadDemoEvaluation(ctx, employeeIds, findYearByNumber(ctx.sql, skp.year)!.id);
    return { units: unitIds.size, employees: employeeIds.size };
  });
}
