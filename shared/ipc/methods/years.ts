import { z } from 'zod';
import {
  DEFAULT_PERIOD_TYPE,
  MAX_YEAR,
  MIN_YEAR,
  PERIOD_TYPES,
  type PeriodKind,
  type PeriodType,
} from '../../domain/periods';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import { id, optionalText, requiredText } from './fields';

export const YEAR_STATUSES = ['OPEN', 'CLOSED'] as const;
export type YearStatus = (typeof YEAR_STATUSES)[number];
export const YEAR_STATUS_LABELS: Readonly<Record<YearStatus, string>> = {
  OPEN: 'Berjalan',
  CLOSED: 'Ditutup',
};

export interface PeriodDto {
  id: number;
  kind: PeriodKind;
  /** 1-based within the year; 1 for the annual period. */
  number: number;
  /** "Triwulan II 2026", "Akhir 2026". */
  label: string;
  /** "Triwulan II", "Akhir". */
  shortLabel: string;
  startDate: string;
  endDate: string;
  /** "1 April s.d. 30 Juni 2026". */
  rangeLabel: string;
}

/** How many SKP of the year stand at each status of their latest revision, and who has none yet. */
export interface SkpStatusCounts {
  DRAFT: number;
  DIAJUKAN: number;
  DIKEMBALIKAN: number;
  DISETUJUI: number;
  /** Active employees without any SKP in the year. */
  BELUM_ADA: number;
  total: number;
}

export interface YearDto {
  id: number;
  version: number;
  year: number;
  periodType: PeriodType;
  periodTypeLabel: string;
  status: YearStatus;
  /** The year that contains today's date (the default choice on pages). */
  isCurrent: boolean;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string;
  /** The periodic periods in order, then the annual (AKHIR) period last. */
  periods: PeriodDto[];
  skpCounts: SkpStatusCounts;
}

/** The short reference to a year that other DTOs carry. */
export interface YearRef {
  id: number;
  year: number;
  periodType: PeriodType;
  status: YearStatus;
}

const yearNumber = z
  .number({ error: 'Isi tahun dengan angka' })
  .int('Isi tahun dengan angka')
  .min(MIN_YEAR, `Tahun paling awal ${MIN_YEAR}`)
  .max(MAX_YEAR, `Tahun paling akhir ${MAX_YEAR}`);

export const yearOpenInput = z.object({
  year: yearNumber,
  periodType: z.enum(PERIOD_TYPES, { error: 'Pilih jenis periode' }).default(DEFAULT_PERIOD_TYPE),
});
export type YearOpenInput = z.input<typeof yearOpenInput>;

const adminOnly = roles(['ADMIN']);
const version = z.number().int().positive();

export const yearMethods = {
  'years.list': method({ input: z.object({}), output: returns<YearDto[]>(), access: signedIn }),
  'years.get': method({ input: z.object({ id }), output: returns<YearDto>(), access: signedIn }),
  'years.open': method({
    input: yearOpenInput,
    output: returns<YearDto>(),
    access: adminOnly,
    effect: 'write',
  }),
  /**
   * Makes the year read-only. Refused (CONFLICT, naming them) while any SKP of the year waits for a decision or
   * is being revised: every SKP's latest revision must be approved.
   */
  'years.close': method({
    input: z.object({ id, version, note: optionalText('Catatan', 1000) }),
    output: returns<YearDto>(),
    access: adminOnly,
    effect: 'write',
  }),
  /** Opens a closed year again for corrections; the reason goes into the audit trail. */
  'years.reopen': method({
    input: z.object({ id, version, reason: requiredText('Alasan', 1000) }),
    output: returns<YearDto>(),
    access: adminOnly,
    effect: 'write',
  }),
};
