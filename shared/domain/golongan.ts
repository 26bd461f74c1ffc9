import { isPppk, type EmployeeStatus } from './positions';

/**
 * Golongan/ruang and pangkat (domain-research §3.3 and §3.4).
 *
 * PNS: golongan I/a … IV/e, each with a pangkat name; `rank` orders them (1 = I/a … 17 = IV/e).
 * PPPK: golongan I … XVII (Perpres 98/2020), no ruang and no pangkat.
 * PPPK paruh waktu: the sources only say "treat as PPPK with a flag", so SIPKA offers the same I … XVII scale;
 * the golongan field is optional, so a paruh waktu pegawai without a golongan simply leaves it empty.
 */
export const PNS_GOLONGAN = [
  { code: 'I/a', pangkat: 'Juru Muda', rank: 1 },
  { code: 'I/b', pangkat: 'Juru Muda Tingkat I', rank: 2 },
  { code: 'I/c', pangkat: 'Juru', rank: 3 },
  { code: 'I/d', pangkat: 'Juru Tingkat I', rank: 4 },
  { code: 'II/a', pangkat: 'Pengatur Muda', rank: 5 },
  { code: 'II/b', pangkat: 'Pengatur Muda Tingkat I', rank: 6 },
  { code: 'II/c', pangkat: 'Pengatur', rank: 7 },
  { code: 'II/d', pangkat: 'Pengatur Tingkat I', rank: 8 },
  { code: 'III/a', pangkat: 'Penata Muda', rank: 9 },
  { code: 'III/b', pangkat: 'Penata Muda Tingkat I', rank: 10 },
  { code: 'III/c', pangkat: 'Penata', rank: 11 },
  { code: 'III/d', pangkat: 'Penata Tingkat I', rank: 12 },
  { code: 'IV/a', pangkat: 'Pembina', rank: 13 },
  { code: 'IV/b', pangkat: 'Pembina Tingkat I', rank: 14 },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda', rank: 15 },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya', rank: 16 },
  { code: 'IV/e', pangkat: 'Pembina Utama', rank: 17 },
] as const;

export type PnsGolongan = (typeof PNS_GOLONGAN)[number]['code'];

export const PPPK_GOLONGAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export type PppkGolongan = (typeof PPPK_GOLONGAN)[number];

export interface GolonganOption {
  value: string;
  label: string;
}

const PNS_OPTIONS: readonly GolonganOption[] = PNS_GOLONGAN.map((g) => ({
  value: g.code,
  label: `${g.code} – ${g.pangkat}`,
}));
const PPPK_OPTIONS: readonly GolonganOption[] = PPPK_GOLONGAN.map((g) => ({ value: g, label: g }));

/** Dropdown options for the golongan field, lowest first. */
export function golonganOptions(status: EmployeeStatus): readonly GolonganOption[] {
  return isPppk(status) ? PPPK_OPTIONS : PNS_OPTIONS;
}

const ARABIC_TO_ROMAN: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

function stripPrefix(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:golongan|gol\.?)\s*/i, '')
    .trim();
}

/**
 * Canonical golongan code from what a user or an imported sheet wrote, or null.
 * PNS: "III/a", "iii/a", "III a", "III-a", "IIIa", "3/a", optionally after "Gol." or "Golongan".
 * PPPK (and paruh waktu): roman "IX" (any case) or arabic "9", range I … XVII.
 */
export function parseGolongan(raw: string, status: EmployeeStatus): string | null {
  const text = stripPrefix(raw);
  if (text === '') return null;
  if (isPppk(status)) {
    if (/^\d{1,2}$/.test(text)) {
      const n = Number(text);
      return n >= 1 && n <= PPPK_GOLONGAN.length ? PPPK_GOLONGAN[n - 1] : null;
    }
    const upper = text.toUpperCase();
    return PPPK_GOLONGAN.find((g) => g === upper) ?? null;
  }
  const m = /^(iv|iii|ii|i|[1-4])\s*[/\-.]?\s*([a-e])$/i.exec(text);
  if (!m) return null;
  const golongan = ARABIC_TO_ROMAN[m[1]] ?? m[1].toUpperCase();
  const code = `${golongan}/${m[2].toLowerCase()}`;
  return PNS_GOLONGAN.some((g) => g.code === code) ? code : null;
}

/** The pangkat of a PNS golongan ("III/b" → "Penata Muda Tingkat I"); undefined for anything else. */
export function pangkatOf(golongan: string): string | undefined {
  const code = parseGolongan(golongan, 'PNS');
  return PNS_GOLONGAN.find((g) => g.code === code)?.pangkat;
}

/** Sort rank of a golongan within its scale (PNS 1 = I/a … 17 = IV/e; PPPK 1 = I … 17 = XVII), or undefined. */
export function golonganRank(status: EmployeeStatus, golongan: string): number | undefined {
  const code = parseGolongan(golongan, status);
  if (code === null) return undefined;
  if (isPppk(status)) return PPPK_GOLONGAN.indexOf(code as PppkGolongan) + 1;
  return PNS_GOLONGAN.find((g) => g.code === code)?.rank;
}

/**
 * Printable pangkat/golongan: PNS "Penata Muda Tingkat I (III/b)", PPPK "IX".
 * Empty input gives ""; a value that cannot be parsed is printed as written (trimmed) rather than hidden.
 */
export function formatPangkatGolongan(status: EmployeeStatus, golongan: string | null | undefined): string {
  const raw = (golongan ?? '').trim();
  if (raw === '') return '';
  const code = parseGolongan(raw, status);
  if (code === null) return raw;
  if (isPppk(status)) return code;
  const pangkat = pangkatOf(code);
  return pangkat === undefined ? code : `${pangkat} (${code})`;
}

/**
 * Canonical pangkat name from a written form, or null when it is not one of the 17 PNS pangkat.
 * "Tk. I", "Tk.I", "Tkt. I", "tk I", "Tingkat I" (and "1" for "I") are one and the same, case-insensitive:
 * "penata muda tk.i" → "Penata Muda Tingkat I".
 */
export function normalizePangkatName(raw: string): string | null {
  const key = raw
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(?:tingkat|tkt|tk)\.?\s*(?:i|1)$/, 'tingkat i');
  return PNS_GOLONGAN.find((g) => g.pangkat.toLowerCase() === key)?.pangkat ?? null;
}

/** The PNS golongan of a pangkat name in any accepted written form ("Pembina Tk.I" → "IV/b"), or null. */
export function golonganOfPangkat(raw: string): PnsGolongan | null {
  const name = normalizePangkatName(raw);
  return PNS_GOLONGAN.find((g) => g.pangkat === name)?.code ?? null;
}
