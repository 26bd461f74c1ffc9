import type { CoreValueCode } from '../../../shared/domain/behaviour';
import { todayIso } from '../../../shared/domain/dates';
import { LAMPIRAN_SUGGESTIONS, type Aspect, type RhkGroup } from '../../../shared/domain/skp';
import { parseTarget } from '../../../shared/domain/skp-target';
import type { RequestContext } from '../context';
import { beginEdit, requireSkp } from '../skp/guard';
import { createRhk, setExpectations, type IkiData } from '../skp/plan';
import { approve, createSkp, submit } from '../skp/workflow';
import { openYear } from '../years/handlers';

/**
 * The demo office's SKP for the current year (triwulanan): every employee's plan cascades from the camat's RHK
 * through the sekcam, kepala seksi/subbagian and lurah to the staff, and is approved. Written through the same
 * rules the app uses; the approvals are recorded "atas nama" each pejabat penilai as demo data.
 */

type Triple = [indicator: string, target: string, unit: string];

interface RhkSeed {
  key?: string;
  group?: RhkGroup;
  text: string;
  /** Key of the atasan RHK this one intervenes. */
  parent?: string;
  iki: [Aspect, ...Triple][];
}

interface PlanSeed {
  employee: string;
  rhk: RhkSeed[];
  expectations?: Partial<Record<CoreValueCode, string>>;
}

/** Kuantitas, kualitas and waktu IKI for a work result named by `noun`. */
function kkw(noun: string, count: string, unit: string, quality = '90 – 100', months = '12'): RhkSeed['iki'] {
  return [
    ['KUANTITAS', `Jumlah ${noun}`, count, unit],
    ['KUALITAS', `Persentase ${noun} yang sesuai standar dan diterima tanpa perbaikan`, quality, '%'],
    ['WAKTU', `Waktu penyelesaian ${noun} sesuai jadwal`, months, 'Bulan'],
  ];
}

function utama(key: string, text: string, parent: string | undefined, iki: RhkSeed['iki']): RhkSeed {
  return { ...(key ? { key } : {}), text, ...(parent ? { parent } : {}), iki };
}

function tambahan(text: string, iki: RhkSeed['iki']): RhkSeed {
  return { group: 'TAMBAHAN', text, iki };
}

const CAMAT_EXTERNAL =
  'Meningkatnya kualitas penyelenggaraan pemerintahan dan pelayanan publik di Kota Surabaya (RHK Sekretaris Daerah Kota Surabaya)';

const OFFICE_PLANS: PlanSeed[] = [
  {
    employee: 'camat',
    rhk: [
      utama(
        'C1',
        'Meningkatnya kualitas pelayanan publik dan administrasi kependudukan di Kecamatan Gayungan',
        undefined,
        [
          [
            'KUANTITAS',
            'Jumlah layanan administrasi kependudukan dan surat keterangan yang diselesaikan',
            '12.000',
            'Layanan',
          ],
          ['KUALITAS', 'Indeks kepuasan masyarakat terhadap layanan kecamatan', '85 – 90', 'Nilai IKM'],
          ['WAKTU', 'Rata-rata waktu penyelesaian surat keterangan', '3', 'Hari'],
        ],
      ),
      utama(
        'C2',
        'Terwujudnya ketenteraman, ketertiban umum, dan perlindungan masyarakat di Kecamatan Gayungan',
        undefined,
        [
          ['KUANTITAS', 'Jumlah gangguan ketenteraman dan ketertiban umum yang ditangani', '120', 'Kasus'],
          ['KUALITAS', 'Persentase pengaduan ketertiban umum yang tertangani tuntas', '95', '%'],
          ['WAKTU', 'Waktu tanggap penanganan pengaduan warga', '1', 'Hari'],
        ],
      ),
      utama('C3', 'Meningkatnya pemberdayaan masyarakat dan kesejahteraan sosial di kelurahan', undefined, [
        ['KUANTITAS', 'Jumlah kegiatan pemberdayaan masyarakat yang terlaksana', '48', 'Kegiatan'],
        ['KUALITAS', 'Persentase bantuan sosial yang tersalurkan tepat sasaran', '100', '%'],
        ['WAKTU', 'Ketepatan waktu pelaporan kegiatan pemberdayaan', '12', 'Bulan'],
      ]),
      utama('C4', 'Meningkatnya kualitas sarana dan prasarana lingkungan kelurahan', undefined, [
        [
          'KUANTITAS',
          'Jumlah usulan pembangunan sarana dan prasarana kelurahan yang dikawal',
          '24',
          'Usulan',
        ],
        ['KUALITAS', 'Persentase pembangunan sarana kelurahan yang sesuai spesifikasi', '90 – 100', '%'],
        ['WAKTU', 'Ketepatan waktu penyelesaian pembangunan sarana kelurahan', '12', 'Bulan'],
      ]),
      utama('C5', 'Terwujudnya tata kelola pemerintahan kecamatan yang akuntabel', undefined, [
        ['KUANTITAS', 'Jumlah dokumen perencanaan, keuangan, dan kepegawaian yang tersusun', '24', 'Dokumen'],
        ['KUALITAS', 'Nilai evaluasi akuntabilitas kinerja (SAKIP) kecamatan', '80', 'Nilai'],
        ['WAKTU', 'Ketepatan waktu penyampaian laporan kinerja kecamatan', '12', 'Bulan'],
      ]),
      tambahan('Terlaksananya koordinasi penanganan genangan dan banjir di wilayah kecamatan', [
        ['KUANTITAS', 'Jumlah rapat koordinasi penanganan genangan', '4', 'Kegiatan'],
      ]),
    ],
  },
  {
    employee: 'sekcam',
    expectations: {
      AKUNTABEL: 'Menjadi teladan dalam ketertiban administrasi dan penggunaan anggaran kecamatan',
      KOLABORATIF: 'Menggerakkan seluruh subbagian untuk menyelesaikan dokumen perencanaan tepat waktu',
    },
    rhk: [
      utama(
        'S1',
        'Tersusunnya dokumen perencanaan dan laporan keuangan kecamatan yang akuntabel',
        'C5',
        kkw('dokumen perencanaan dan laporan keuangan', '12', 'Dokumen'),
      ),
      utama('S2', 'Terkelolanya administrasi umum, kepegawaian, dan aset kecamatan', 'C5', [
        ['KUANTITAS', 'Jumlah layanan administrasi kepegawaian yang diproses', '150', 'Layanan'],
        ['KUALITAS', 'Persentase data kepegawaian yang mutakhir', '100', '%'],
        ['WAKTU', 'Ketepatan waktu pemutakhiran data kepegawaian', '12', 'Bulan'],
      ]),
      utama(
        'S3',
        'Terkoordinasinya penyusunan laporan kinerja dan pelayanan administrasi kecamatan',
        'C1',
        kkw('laporan kinerja kecamatan', '4', 'Laporan', '100'),
      ),
    ],
  },
  {
    employee: 'kasubumum',
    rhk: [
      utama(
        'U1',
        'Terselenggaranya pengelolaan administrasi kepegawaian kecamatan',
        'S2',
        kkw('usulan layanan kepegawaian', '120', 'Usulan'),
      ),
      utama(
        'U2',
        'Terkelolanya persuratan, kearsipan, dan barang milik daerah kecamatan',
        'S2',
        kkw('laporan barang milik daerah', '2', 'Laporan', '100'),
      ),
    ],
  },
  {
    employee: 'kasubrenkeu',
    rhk: [
      utama(
        'R1',
        'Tersusunnya dokumen perencanaan anggaran (Renja, RKA, DPA) kecamatan',
        'S1',
        kkw('dokumen perencanaan anggaran', '3', 'Dokumen', '100'),
      ),
      utama(
        'R2',
        'Tersusunnya laporan keuangan kecamatan tepat waktu',
        'S1',
        kkw('laporan keuangan kecamatan', '14', 'Laporan'),
      ),
    ],
  },
  {
    employee: 'kasipem',
    expectations: {
      BERORIENTASI_PELAYANAN:
        'Menjadi role model/panutan dalam mengimplementasikan pelayanan prima di loket kecamatan',
    },
    rhk: [
      utama(
        'P1',
        'Terselenggaranya pelayanan administrasi kependudukan dan surat keterangan yang cepat dan tepat',
        'C1',
        [
          ['KUANTITAS', 'Jumlah surat keterangan yang diterbitkan', '6.000', 'Surat'],
          ['KUALITAS', 'Persentase surat keterangan yang terbit tanpa kesalahan', '98', '%'],
          ['WAKTU', 'Waktu penyelesaian surat keterangan sejak berkas lengkap', '3', 'Hari'],
        ],
      ),
      utama(
        'P2',
        'Tersusunnya laporan penyelenggaraan pemerintahan kelurahan',
        'C5',
        kkw('laporan penyelenggaraan pemerintahan kelurahan', '4', 'Laporan', '100', '4'),
      ),
    ],
  },
  {
    employee: 'kasitrantib',
    rhk: [
      utama(
        'T1',
        'Terlaksananya patroli dan penertiban ketenteraman dan ketertiban umum',
        'C2',
        kkw('kegiatan patroli dan penertiban', '96', 'Kegiatan'),
      ),
      utama('T2', 'Tertanganinya pengaduan gangguan ketertiban masyarakat', 'C2', [
        ['KUANTITAS', 'Jumlah pengaduan gangguan ketertiban yang ditindaklanjuti', '100', 'Pengaduan'],
        ['KUALITAS', 'Persentase pengaduan yang selesai ditangani', '95', '%'],
        ['WAKTU', 'Waktu tindak lanjut pengaduan sejak diterima', '1', 'Hari'],
      ]),
    ],
  },
  {
    employee: 'kasikesra',
    expectations: {
      HARMONIS: 'Membangun hubungan baik dengan kader dan tokoh masyarakat di keempat kelurahan',
    },
    rhk: [
      utama(
        'K1',
        'Terlaksananya kegiatan pemberdayaan masyarakat dan kesejahteraan sosial',
        'C3',
        kkw('kegiatan pemberdayaan masyarakat', '36', 'Kegiatan'),
      ),
      utama(
        'K2',
        'Tersalurkannya bantuan sosial kepada warga yang berhak',
        'C3',
        kkw('penerima bantuan sosial yang terverifikasi', '450', 'Orang', '100'),
      ),
    ],
  },
  {
    employee: 'kasiekbang',
    rhk: [
      utama(
        'E1',
        'Terpantaunya pembangunan sarana dan prasarana kelurahan',
        'C4',
        kkw('laporan pemantauan pembangunan', '12', 'Laporan'),
      ),
      utama(
        'E2',
        'Terbinanya usaha mikro dan kecil di wilayah kecamatan',
        'C3',
        kkw('pelaku usaha mikro yang dibina', '60', 'Orang'),
      ),
    ],
  },
  {
    employee: 'umum1',
    rhk: [
      utama(
        '',
        'Tersusunnya data dan analisis kebutuhan pegawai kecamatan',
        'U1',
        kkw('dokumen analisis kebutuhan pegawai', '2', 'Dokumen', '100'),
      ),
      utama(
        '',
        'Terprosesnya usulan kenaikan pangkat, cuti, dan gaji berkala pegawai',
        'U1',
        kkw('usulan kenaikan pangkat, cuti, dan gaji berkala', '80', 'Usulan'),
      ),
    ],
  },
  {
    employee: 'umum2',
    rhk: [
      utama(
        '',
        'Terkelolanya surat masuk dan surat keluar kecamatan',
        'U2',
        kkw('surat masuk dan keluar yang diagendakan', '2.400', 'Surat'),
      ),
      utama(
        '',
        'Tercatatnya barang milik daerah di kantor kecamatan',
        'U2',
        kkw('laporan inventaris barang', '2', 'Laporan', '100'),
      ),
    ],
  },
  {
    employee: 'umum3',
    rhk: [
      utama(
        '',
        'Terpeliharanya jaringan dan perangkat teknologi informasi kantor kecamatan',
        'U2',
        kkw('laporan pemeliharaan perangkat dan jaringan', '12', 'Laporan'),
      ),
      utama(
        '',
        'Terkelolanya data kepegawaian pada aplikasi kepegawaian',
        'U1',
        kkw('data pegawai yang dimutakhirkan', '45', 'Data', '100'),
      ),
      tambahan('Terkelolanya konten media sosial kecamatan', [
        ['KUANTITAS', 'Jumlah unggahan informasi layanan', '96', 'Unggahan'],
      ]),
    ],
  },
  {
    employee: 'renkeu1',
    rhk: [
      utama(
        '',
        'Tersusunnya laporan keuangan bulanan dan semesteran kecamatan',
        'R2',
        kkw('laporan keuangan bulanan dan semesteran', '14', 'Laporan'),
      ),
      utama(
        '',
        'Tersusunnya laporan realisasi anggaran kecamatan',
        'R2',
        kkw('laporan realisasi anggaran', '4', 'Laporan', '100', '4'),
      ),
    ],
  },
  {
    employee: 'renkeu2',
    rhk: [
      utama(
        '',
        'Terlaksananya penatausahaan pembayaran dan pertanggungjawaban belanja',
        'R2',
        kkw('dokumen pertanggungjawaban belanja', '240', 'Dokumen'),
      ),
      utama(
        '',
        'Tersusunnya rencana kebutuhan anggaran kegiatan kecamatan',
        'R1',
        kkw('dokumen rencana kebutuhan anggaran', '2', 'Dokumen', '100'),
      ),
    ],
  },
  {
    employee: 'renkeu3',
    rhk: [
      utama(
        '',
        'Terarsipnya dokumen pertanggungjawaban keuangan kecamatan',
        'R2',
        kkw('berkas pertanggungjawaban yang diarsipkan', '240', 'Berkas'),
      ),
      utama(
        '',
        'Tersusunnya daftar arsip perencanaan anggaran',
        'R1',
        kkw('daftar arsip perencanaan', '2', 'Dokumen', '100'),
      ),
    ],
  },
  {
    employee: 'pem1',
    rhk: [
      utama(
        '',
        'Tersusunnya kajian penyelenggaraan pemerintahan kelurahan',
        'P2',
        kkw('dokumen kajian pemerintahan kelurahan', '2', 'Dokumen', '100'),
      ),
      utama(
        '',
        'Tersusunnya bahan laporan penyelenggaraan pemerintahan kecamatan',
        'P2',
        kkw('bahan laporan penyelenggaraan pemerintahan', '4', 'Laporan', '100', '4'),
      ),
    ],
  },
  {
    employee: 'pem2',
    rhk: [
      utama('', 'Terverifikasinya berkas permohonan administrasi kependudukan warga', 'P1', [
        ['KUANTITAS', 'Jumlah berkas permohonan yang diverifikasi', '4.000', 'Berkas'],
        ['KUALITAS', 'Persentase berkas terverifikasi tanpa kesalahan', '98', '%'],
        ['WAKTU', 'Waktu verifikasi berkas sejak diterima', '1', 'Hari'],
      ]),
      utama('', 'Terselesaikannya surat keterangan pindah dan domisili warga', 'P1', [
        ['KUANTITAS', 'Jumlah surat keterangan pindah dan domisili yang diselesaikan', '1.200', 'Surat'],
        ['KUALITAS', 'Persentase surat keterangan yang sesuai data kependudukan', '100', '%'],
        ['WAKTU', 'Waktu penyelesaian surat keterangan', '2 – 3', 'Hari'],
      ]),
    ],
  },
  {
    employee: 'pem3',
    rhk: [
      utama(
        '',
        'Terlayaninya warga di loket pelayanan terpadu kecamatan',
        'P1',
        kkw('warga yang dilayani di loket', '5.000', 'Orang'),
      ),
      utama(
        '',
        'Terinputnya data permohonan layanan ke aplikasi pelayanan',
        'P1',
        kkw('data permohonan yang diinput', '5.000', 'Data'),
      ),
    ],
  },
  {
    employee: 'trantib1',
    rhk: [
      utama(
        '',
        'Terlaksananya patroli wilayah dan pengawasan ketertiban umum',
        'T1',
        kkw('kegiatan patroli wilayah', '96', 'Kegiatan'),
      ),
      utama(
        '',
        'Tersusunnya laporan pengawasan ketertiban umum',
        'T2',
        kkw('laporan pengawasan ketertiban', '12', 'Laporan'),
      ),
    ],
  },
  {
    employee: 'trantib2',
    rhk: [
      utama(
        '',
        'Tercatatnya pengaduan dan tindak lanjut gangguan ketertiban',
        'T2',
        kkw('pengaduan yang dicatat dan ditindaklanjuti', '100', 'Pengaduan'),
      ),
      utama(
        '',
        'Terarsipnya berita acara penertiban',
        'T1',
        kkw('berita acara penertiban yang diarsipkan', '48', 'Dokumen'),
      ),
    ],
  },
  {
    employee: 'trantib3',
    rhk: [
      utama(
        '',
        'Terlaksananya penertiban reklame dan pedagang kaki lima tidak berizin',
        'T1',
        kkw('kegiatan penertiban reklame dan PKL', '48', 'Kegiatan'),
      ),
      utama(
        '',
        'Terlaksananya pengamanan kegiatan masyarakat dan pemerintahan',
        'T2',
        kkw('kegiatan pengamanan', '24', 'Kegiatan'),
      ),
    ],
  },
  {
    employee: 'kesra1',
    rhk: [
      utama(
        '',
        'Terlaksananya penyuluhan sosial kepada warga',
        'K1',
        kkw('kegiatan penyuluhan sosial', '24', 'Kegiatan'),
      ),
      utama(
        '',
        'Terverifikasinya calon penerima bantuan sosial',
        'K2',
        kkw('calon penerima bantuan yang diverifikasi', '450', 'Orang', '100'),
      ),
    ],
  },
  {
    employee: 'kesra2',
    rhk: [
      utama(
        '',
        'Tersusunnya data penerima bantuan sosial yang mutakhir',
        'K2',
        kkw('data penerima bantuan sosial yang dimutakhirkan', '450', 'Data', '100'),
      ),
      utama(
        '',
        'Tersusunnya laporan kegiatan kesejahteraan rakyat',
        'K1',
        kkw('laporan kegiatan kesejahteraan rakyat', '12', 'Laporan'),
      ),
    ],
  },
  {
    employee: 'kesra3',
    rhk: [
      utama(
        '',
        'Terlaksananya pendampingan kelompok pemberdayaan masyarakat',
        'K1',
        kkw('kelompok pemberdayaan yang didampingi', '16', 'Kelompok'),
      ),
      utama(
        '',
        'Terlaksananya pendampingan penyaluran bantuan sosial',
        'K2',
        kkw('kegiatan pendampingan penyaluran bantuan', '12', 'Kegiatan'),
      ),
    ],
  },
  {
    employee: 'ekbang1',
    rhk: [
      utama(
        '',
        'Terlaksananya pengawasan fisik pembangunan sarana dan prasarana kelurahan',
        'E1',
        kkw('laporan pengawasan fisik pembangunan', '24', 'Laporan'),
      ),
      utama(
        '',
        'Tersusunnya dokumentasi kemajuan pembangunan kelurahan',
        'E1',
        kkw('dokumen kemajuan pembangunan', '12', 'Dokumen'),
      ),
    ],
  },
  {
    employee: 'ekbang2',
    rhk: [
      utama(
        '',
        'Tersusunnya data pelaku usaha mikro di wilayah kecamatan',
        'E2',
        kkw('data pelaku usaha mikro', '300', 'Data', '100'),
      ),
      utama(
        '',
        'Terlaksananya pembinaan dan pelatihan usaha mikro',
        'E2',
        kkw('kegiatan pembinaan usaha mikro', '6', 'Kegiatan'),
      ),
    ],
  },
];

const KELURAHAN: { key: string; name: string }[] = [
  { key: 'dukuh', name: 'Dukuh Menanggal' },
  { key: 'gay', name: 'Gayungan' },
  { key: 'ket', name: 'Ketintang' },
  { key: 'men', name: 'Menanggal' },
];

const LURAH_KEYS: Record<string, string> = {
  dukuh: 'lurahdukuh',
  gay: 'lurahgay',
  ket: 'lurahket',
  men: 'lurahmen',
};

/** The same work in each of the four kelurahan: the lurah, the sekretaris kelurahan and two staff. */
function kelurahanPlans(k: { key: string; name: string }): PlanSeed[] {
  const id = (n: number) => `${k.key}L${n}`;
  return [
    {
      employee: LURAH_KEYS[k.key]!,
      rhk: [
        utama(id(1), `Terselenggaranya pelayanan administrasi kependudukan di Kelurahan ${k.name}`, 'C1', [
          ['KUANTITAS', 'Jumlah surat pengantar dan keterangan yang diterbitkan', '2.400', 'Surat'],
          ['KUALITAS', 'Persentase warga yang puas terhadap layanan kelurahan', '85 – 90', '%'],
          ['WAKTU', 'Waktu penyelesaian surat keterangan', '1', 'Hari'],
        ]),
        utama(
          id(2),
          `Terjaganya ketenteraman dan ketertiban di Kelurahan ${k.name}`,
          'C2',
          kkw('kegiatan pembinaan ketertiban lingkungan', '24', 'Kegiatan'),
        ),
        utama(
          id(3),
          `Terlaksananya pemberdayaan masyarakat dan pembangunan sarana di Kelurahan ${k.name}`,
          'C3',
          kkw('kegiatan pemberdayaan dan pembangunan sarana', '12', 'Kegiatan'),
        ),
        utama(
          id(4),
          `Terkelolanya administrasi pemerintahan dan keuangan Kelurahan ${k.name}`,
          'C5',
          kkw('laporan administrasi dan keuangan kelurahan', '12', 'Laporan'),
        ),
        tambahan(`Terlaksananya kegiatan Kampung Pancasila di Kelurahan ${k.name}`, [
          ['KUANTITAS', 'Jumlah RW yang melaksanakan kegiatan Kampung Pancasila', '8', 'RW'],
        ]),
      ],
    },
    {
      employee: `${k.key}1`,
      rhk: [
        utama(
          '',
          `Tersusunnya laporan keuangan dan administrasi umum Kelurahan ${k.name}`,
          id(4),
          kkw('laporan keuangan dan administrasi umum', '12', 'Laporan'),
        ),
        utama(
          '',
          `Terkoordinasinya musyawarah perencanaan pembangunan Kelurahan ${k.name}`,
          id(3),
          kkw('dokumen hasil musyawarah perencanaan', '1', 'Dokumen', '100'),
        ),
      ],
    },
    {
      employee: `${k.key}2`,
      rhk: [
        utama('', 'Terlayaninya permohonan surat pengantar dan dokumen kependudukan warga', id(1), [
          ['KUANTITAS', 'Jumlah permohonan surat yang dilayani', '2.400', 'Surat'],
          ['KUALITAS', 'Persentase surat yang terbit tanpa kesalahan', '98', '%'],
          ['WAKTU', 'Waktu pelayanan surat pengantar', '1', 'Hari'],
        ]),
        utama(
          '',
          'Terarsipnya dokumen administrasi kelurahan',
          id(4),
          kkw('berkas administrasi yang diarsipkan', '600', 'Berkas'),
        ),
      ],
    },
    {
      employee: `${k.key}3`,
      rhk: [
        utama(
          '',
          'Terlaksananya pendataan dan pelaporan ketertiban lingkungan',
          id(2),
          kkw('laporan ketertiban lingkungan', '12', 'Laporan'),
        ),
        utama(
          '',
          'Terdokumentasinya kegiatan pemberdayaan masyarakat kelurahan',
          id(3),
          kkw('dokumentasi kegiatan pemberdayaan', '12', 'Dokumen'),
        ),
      ],
    },
  ];
}

const LAMPIRAN = {
  resources: [
    LAMPIRAN_SUGGESTIONS.resources[0]!,
    LAMPIRAN_SUGGESTIONS.resources[1]!,
    LAMPIRAN_SUGGESTIONS.resources[2]!,
  ],
  accountability: [LAMPIRAN_SUGGESTIONS.accountability[0]!, LAMPIRAN_SUGGESTIONS.accountability[1]!],
  consequences: [LAMPIRAN_SUGGESTIONS.consequences[0]!, LAMPIRAN_SUGGESTIONS.consequences[2]!],
};

function ikiData([aspect, indicator, target, unitOfMeasure]: [Aspect, ...Triple]): IkiData {
  const parsed = parseTarget(target);
  if (!parsed.ok) throw new Error(`Target contoh tidak valid: ${target}`);
  return { aspect, indicator, target: parsed.target, unitOfMeasure, direction: null };
}

export interface DemoSkpResult {
  year: number;
  skps: number;
}

/** Opens the current year and gives every demo employee an approved SKP; `employeeIds` maps the demo keys. */
export function loadDemoSkp(ctx: RequestContext, employeeIds: ReadonlyMap<string, number>): DemoSkpResult {
  const year = Number(todayIso(ctx.now()).slice(0, 4));
  const opened = openYear(ctx, year, 'QUARTER');
  const rhkIds = new Map<string, number>();
  const plans = new Map([...OFFICE_PLANS, ...KELURAHAN.flatMap(kelurahanPlans)].map((p) => [p.employee, p]));
  // The register lists every atasan before their bawahan, so each parent RHK exists when it is named.
  for (const [key, employeeId] of employeeIds) {
    const plan = plans.get(key);
    if (!plan) throw new Error(`Pegawai contoh ${key} belum memiliki rencana SKP contoh`);
    const { skpId } = createSkp(ctx, {
      employeeId,
      yearId: opened.id,
      startDate: '',
      endDate: '',
      approach: 'KUANTITATIF',
      lampiran: LAMPIRAN,
    });
    const target = () => beginEdit(ctx, skpId, requireSkp(ctx, skpId).version);
    for (const seed of plan.rhk) {
      const id = createRhk(ctx, target(), {
        group: seed.group ?? 'UTAMA',
        text: seed.text,
        parentRhkId: seed.parent ? rhkIds.get(seed.parent)! : null,
        externalParentText: key === 'camat' ? CAMAT_EXTERNAL : '',
        iki: seed.iki.map(ikiData),
      });
      if (seed.key) rhkIds.set(seed.key, id);
    }
    if (plan.expectations) setExpectations(ctx, target(), plan.expectations);
    submit(ctx, skpId, requireSkp(ctx, skpId).version);
    approve(ctx, skpId, requireSkp(ctx, skpId).version, 'Data contoh SIPKA');
  }
  return { year, skps: employeeIds.size };
}
