import { format, parseISO } from 'date-fns';
import { id as localeId } from 'date-fns/locale';
import { formatDateId } from '../../../shared/domain/dates';

/** A nullable ISO date for display: "26 September 1986", or a dash when empty. */
export function dateOrDash(iso: string | null | undefined): string {
  return iso ? formatDateId(iso) : '—';
}

/** An ISO timestamp in local time: "29 November 2025, 05.13". */
export function formatTimestamp(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMMM yyyy, HH.mm', { locale: localeId });
}

export function textOrDash(text: string | null | undefined): string {
  return text && text.trim() !== '' ? text : '—';
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('id-ID').format(n);
}

/** An ISO timestamp in local time, compact for tables: "30 Nov 2026 08.15". */
export function formatShortTimestamp(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy HH.mm', { locale: localeId });
}
