import { formatDateId, formatMonthId, isRealDate, isValidIsoDate, todayIso } from './dates';
import { isPppk, type EmployeeStatus, type Gender } from './positions';

export type { EmployeeStatus, Gender } from './positions';

/**
 * NIP PNS and NI PPPK (domain.md §1, domain-research §3.1–3.2). Both are 18 digits:
 *
 *   PNS   YYYYMMDD YYYYMM G NNN  birth date · TMT CPNS (year, month 01–12) · gender · sequence
 *   PPPK  YYYYMMDD YYYY CC G NNN birth date · year of appointment · code (NOT a month) · gender · sequence
 *
 * Digit 15 is 1 = laki-laki, 2 = perempuan; the sequence is 001–999. A PPPK number is never checked with the
 * PNS month rule: the real NI PPPK 198409102022212020 has "21" in digits 13–14.
 */
export type NipParse =
  | {
      ok: true;
      /** 18 digits, no spaces. */
      nip: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: Gender;
      /** YYYY-MM, PNS only. */
      tmtCpns?: string;
      /** Year of first appointment as PPPK, PPPK only. */
      appointmentYear?: number;
    }
  | { ok: false; message: string };

export const NIP_LENGTH = 18;

/** Minimum age at appointment (CPNS and PPPK): the 18th birthday. */
const MIN_AGE = 18;
/** No serving ASN was born before this year: a guard against typos such as 1086… for 1986…. */
const MIN_BIRTH_YEAR = 1900;

const fail = (message: string): NipParse => ({ ok: false, message });
const invalid = (detail: string): NipParse => fail(`NIP tidak valid: ${detail}`);

/** Removes every whitespace character (spaces, tabs, non-breaking spaces …). Used for search queries too. */
export function normalizeNipQuery(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** "198609262015051001" → "19860926 201505 1 001" (groups 8-6-1-3); anything not 18 digits is returned unchanged. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * Parses and validates a NIP (PNS) or NI PPPK (PPPK, PPPK paruh waktu) as typed by a user.
 * Whitespace is stripped; any other non-digit (dots, dashes, letters) is rejected. The first problem, in digit
 * order, is reported, naming the part and its digit positions. `today` (YYYY-MM-DD) defaults to the local date.
 */
export function parseNip(raw: string, status: EmployeeStatus, today: string = todayIso()): NipParse {
  if (!isValidIsoDate(today)) throw new Error(`parseNip: today must be YYYY-MM-DD, got "${today}"`);
  const nip = normalizeNipQuery(raw);
  if (nip === '') return fail('NIP wajib diisi');
  if (!/^\d+$/.test(nip)) return fail('NIP hanya boleh berisi angka');
  if (nip.length !== NIP_LENGTH) {
    return fail(`NIP harus ${NIP_LENGTH} digit, yang diisi ${nip.length} digit`);
  }

  // Digits 1–8: tanggal lahir.
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (!isRealDate(birthYear, birthMonth, birthDay)) {
    return invalid(`tanggal lahir (digit 1–8) "${nip.slice(0, 8)}" bukan tanggal yang ada`);
  }
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (birthYear < MIN_BIRTH_YEAR) {
    return invalid(`tanggal lahir (digit 1–8) tahun ${birthYear} tidak wajar`);
  }
  if (birthDate > today) {
    return invalid(`tanggal lahir (digit 1–8) ${formatDateId(birthDate)} ada di masa depan`);
  }

  const currentMonth = today.slice(0, 7);
  let tmtCpns: string | undefined;
  let appointmentYear: number | undefined;

  if (isPppk(status)) {
    // Digits 9–12: tahun pengangkatan; digits 13–14 are a code and are not checked.
    appointmentYear = Number(nip.slice(8, 12));
    if (appointmentYear < birthYear + MIN_AGE) {
      return invalid(
        `tahun pengangkatan (digit 9–12) ${appointmentYear} lebih awal dari usia ${MIN_AGE} tahun ` +
          `(lahir tahun ${birthYear})`,
      );
    }
    if (appointmentYear > Number(today.slice(0, 4))) {
      return invalid(`tahun pengangkatan (digit 9–12) ${appointmentYear} ada di masa depan`);
    }
  } else {
    // Digits 9–14: TMT CPNS, year and month (the day is always the 1st and omitted).
    const tmtMonth = nip.slice(12, 14);
    if (Number(tmtMonth) < 1 || Number(tmtMonth) > 12) {
      return invalid(`bulan TMT CPNS (digit 13–14) harus 01–12, tertulis ${tmtMonth}`);
    }
    tmtCpns = `${nip.slice(8, 12)}-${tmtMonth}`;
    // Compared by month, because the TMT has no day: 18th birthday in May 2015 allows TMT May 2015.
    const adultMonth = `${String(birthYear + MIN_AGE).padStart(4, '0')}-${nip.slice(4, 6)}`;
    if (tmtCpns < adultMonth) {
      return invalid(
        `TMT CPNS (digit 9–14) ${formatMonthId(tmtCpns)} lebih awal dari usia ${MIN_AGE} tahun ` +
          `(lahir ${formatDateId(birthDate)})`,
      );
    }
    if (tmtCpns > currentMonth) {
      return invalid(`TMT CPNS (digit 9–14) ${formatMonthId(tmtCpns)} ada di masa depan`);
    }
  }

  // Digit 15: jenis kelamin.
  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') {
    return invalid(
      `jenis kelamin (digit 15) harus 1 (laki-laki) atau 2 (perempuan), tertulis ${genderDigit}`,
    );
  }
  const gender: Gender = genderDigit === '1' ? 'L' : 'P';

  // Digits 16–18: nomor urut.
  if (nip.slice(15) === '000') return invalid('nomor urut (digit 16–18) tidak boleh 000');

  return isPppk(status)
    ? { ok: true, nip, birthDate, gender, appointmentYear }
    : { ok: true, nip, birthDate, gender, tmtCpns };
}

/** True when the NIP's gender digit agrees with the recorded jenis kelamin. */
export function nipGenderMatches(nipGender: Gender, recordedGender: Gender): boolean {
  return nipGender === recordedGender;
}

export interface NipEmployeeCheckInput {
  nip: string;
  status: EmployeeStatus;
  gender: Gender;
  /** Recorded tanggal lahir (YYYY-MM-DD); skipped when empty or missing. */
  birthDate?: string | null;
  today?: string;
}

/**
 * Validates the NIP and checks it against the pegawai's recorded data. Returns null when all is well, otherwise
 * one message: the NIP's own problem, else a contradiction with the recorded tanggal lahir (digits 1–8),
 * else with the recorded jenis kelamin (digit 15).
 */
export function checkNipAgainstEmployee(input: NipEmployeeCheckInput): string | null {
  const parsed = parseNip(input.nip, input.status, input.today);
  if (!parsed.ok) return parsed.message;
  const recordedBirthDate = (input.birthDate ?? '').trim();
  if (recordedBirthDate !== '' && recordedBirthDate !== parsed.birthDate) {
    return (
      `digit 1–8 NIP (tanggal lahir ${formatDateId(parsed.birthDate)}) tidak sesuai dengan ` +
      `tanggal lahir pegawai (${formatDateId(recordedBirthDate)})`
    );
  }
  if (!nipGenderMatches(parsed.gender, input.gender)) {
    return 'digit 15 NIP (jenis kelamin) tidak sesuai dengan jenis kelamin pegawai';
  }
  return null;
}
