import { parseGolongan } from './golongan';
import { checkNipAgainstEmployee, parseNip } from './nip';
import type { EmployeeStatus, PositionType, FunctionalLevel, Gender } from './positions';

export interface EmployeeIdentity {
  nip: string;
  status: EmployeeStatus;
  gender: Gender;
  birthDate: string;
  golongan: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  tmtJabatan: string;
}

export interface FieldIssue {
  field: keyof EmployeeIdentity;
  message: string;
}

export type IdentityCheck =
  | { ok: true; issues: []; normalized: { nip: string; golongan: string } }
  | { ok: false; issues: FieldIssue[] };

/**
 * The cross-field rules of a pegawai record (domain.md §1): the NIP must be valid for the status and agree
 * with the recorded birth date and gender; the golongan must exist for the status; a fungsional position
 * names its jenjang. Runs in the form and again in the backend.
 */
export function checkEmployeeIdentity(value: EmployeeIdentity, today?: string): IdentityCheck {
  const issues: FieldIssue[] = [];
  const nip = parseNip(value.nip, value.status, today);
  const nipProblem = checkNipAgainstEmployee({ ...value, ...(today ? { today } : {}) });
  if (nipProblem !== null) issues.push({ field: 'nip', message: capitalize(nipProblem) });
  let golongan = '';
  if (value.golongan !== '') {
    const parsed = parseGolongan(value.golongan, value.status);
    if (parsed === null)
      issues.push({ field: 'golongan', message: 'Golongan tidak dikenal untuk status kepegawaian ini.' });
    else golongan = parsed;
  } else if (value.status !== 'PPPK_PARUH_WAKTU') {
    issues.push({ field: 'golongan', message: 'Golongan wajib diisi.' });
  }
  if (value.positionType === 'FUNGSIONAL' && value.functionalLevel === null) {
    issues.push({ field: 'functionalLevel', message: 'Pilih jenjang jabatan fungsional.' });
  }
  if (value.tmtJabatan !== '' && value.birthDate !== '' && value.tmtJabatan <= value.birthDate) {
    issues.push({ field: 'tmtJabatan', message: 'TMT jabatan harus sesudah tanggal lahir.' });
  }
  if (issues.length > 0 || !nip.ok) return { ok: false, issues };
  return { ok: true, issues: [], normalized: { nip: nip.nip, golongan } };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
