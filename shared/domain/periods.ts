import { formatDateId, isValidIsoDate } from './dates';

/**
 * Tahun penilaian and its periods (domain.md §2, domain-research §1.8). The periodic evaluation follows the
 * period type chosen per year; every year also has one ANNUAL period ("AKHIR") spanning the whole year.
 * Dates are ISO `YYYY-MM-DD` strings, compared as text (which orders them correctly).
 */

/** How a year is divided for the periodic evaluations. Decision (domain.md §2): triwulanan by default. */
export const PERIOD_TYPES = ['MONTH', 'QUARTER', 'SEMESTER'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];
export const DEFAULT_PERIOD_TYPE: PeriodType = 'QUARTER';

export const PERIOD_TYPE_LABELS: Readonly<Record<PeriodType, string>> = {
  MONTH: 'Bulanan',
  QUARTER: 'Triwulanan',
  SEMESTER: 'Semesteran',
};

/** Every kind of period a year holds: its periodic ones and the annual (akhir) one. */
export const PERIOD_KINDS = [...PERIOD_TYPES, 'ANNUAL'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const MONTHS_PER_PERIOD: Readonly<Record<PeriodType, number>> = { MONTH: 1, QUARTER: 3, SEMESTER: 6 };

export interface PeriodSpan {
  kind: PeriodKind;
  /** 1-based position within the year (Triwulan II → 2); always 1 for ANNUAL. */
  number: number;
  startDate: string;
  endDate: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year: February has 29 in leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function firstDayOfYear(year: number): string {
  return `${year}-01-01`;
}

export function lastDayOfYear(year: number): string {
  return `${year}-12-31`;
}

/** The periodic periods of a year for a period type, in order (12 months, 4 quarters or 2 semesters). */
export function periodsOfYear(year: number, type: PeriodType): PeriodSpan[] {
  const size = MONTHS_PER_PERIOD[type];
  const spans: PeriodSpan[] = [];
  for (let number = 1; number <= 12 / size; number++) {
    const firstMonth = (number - 1) * size + 1;
    const lastMonth = firstMonth + size - 1;
    spans.push({
      kind: type,
      number,
      startDate: `${year}-${pad(firstMonth)}-01`,
      endDate: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    });
  }
  return spans;
}

export function annualPeriod(year: number): PeriodSpan {
  return { kind: 'ANNUAL', number: 1, startDate: firstDayOfYear(year), endDate: lastDayOfYear(year) };
}

/** The periodic periods followed by the annual one: what opening a year creates. */
export function allPeriodsOfYear(year: number, type: PeriodType): PeriodSpan[] {
  return [...periodsOfYear(year, type), annualPeriod(year)];
}

/** The periodic period a date falls in, for a period type; undefined for a date that is not a valid ISO date. */
export function periodOfDate(date: string, type: PeriodType): PeriodSpan | undefined {
  if (!isValidIsoDate(date)) return undefined;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return periodsOfYear(year, type)[Math.floor((month - 1) / MONTHS_PER_PERIOD[type])];
}

/** "Triwulan II", "Semester I", "Januari", "Akhir". */
export function periodShortLabel(kind: PeriodKind, number: number): string {
  switch (kind) {
    case 'MONTH':
      return MONTH_NAMES[number - 1] ?? `Bulan ${number}`;
    case 'QUARTER':
      return `Triwulan ${ROMAN[number - 1] ?? number}`;
    case 'SEMESTER':
      return `Semester ${ROMAN[number - 1] ?? number}`;
    case 'ANNUAL':
      return 'Akhir';
  }
}

/** "Triwulan II 2026", "Semester I 2026", "Januari 2026", "Akhir 2026". */
export function periodLabel(kind: PeriodKind, number: number, year: number): string {
  return `${periodShortLabel(kind, number)} ${year}`;
}

/**
 * An Indonesian date range: "1 April s.d. 30 Juni 2026" within one year, "1 Desember 2025 s.d. 31 Januari
 * 2026" across years, a single date when both ends are the same day. Invalid dates are printed as given.
 */
export function formatDateRangeId(startDate: string, endDate: string): string {
  if (startDate === endDate) return formatDateId(startDate);
  const start = formatDateId(startDate);
  const end = formatDateId(endDate);
  const sameYear =
    isValidIsoDate(startDate) && isValidIsoDate(endDate) && startDate.slice(0, 4) === endDate.slice(0, 4);
  const startText = sameYear ? start.slice(0, start.lastIndexOf(' ')) : start;
  return `${startText} s.d. ${end}`;
}

/** True when `[startDate, endDate]` is a valid, non-empty range inside the calendar year. */
export function isRangeWithinYear(startDate: string, endDate: string, year: number): boolean {
  return (
    isValidIsoDate(startDate) &&
    isValidIsoDate(endDate) &&
    startDate <= endDate &&
    startDate >= firstDayOfYear(year) &&
    endDate <= lastDayOfYear(year)
  );
}

/** True when two inclusive date ranges share at least one day. */
export function rangesOverlap(
  a: { startDate: string; endDate: string },
  b: { startDate: string; endDate: string },
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}
