import { format } from 'date-fns';
import { id } from 'date-fns/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** True when the year/month/day triple is a real calendar date (Feb 29 only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // avoid the 0–99 → 1900–1999 mapping of Date.UTC
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `YYYY-MM-DD` and a real calendar date. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today's date in the computer's local time zone (not UTC: WIB is UTC+7), as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-12-31" → "31 Desember 2026". Input that is not a valid ISO date is returned unchanged. */
export function formatDateId(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isValidIsoDate(iso)) return iso;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'd MMMM yyyy', { locale: id });
}

/** "2015-05" → "Mei 2015". Input that is not `YYYY-MM` with month 01–12 is returned unchanged. */
export function formatMonthId(isoMonth: string): string {
  const m = ISO_MONTH.exec(isoMonth);
  if (!m) return isoMonth;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return isoMonth;
  return format(new Date(Number(m[1]), month - 1, 1), 'MMMM yyyy', { locale: id });
}
