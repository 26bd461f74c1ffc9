/**
 * IKI targets as people type them on Indonesian forms: a number ("12", "12,5", "1.000") or a range ("80-90",
 * "80 – 90", "7 s.d. 8"). Numbers follow Indonesian writing: a comma is the decimal mark and a dot groups
 * thousands. A single dot followed by other than exactly three digits ("12.5") is read as a decimal point,
 * because that is what someone who types it means; "1.500" is one thousand five hundred.
 */

/** A target: a single number has low === high. */
export interface Target {
  low: number;
  high: number;
}

export type TargetParse = { ok: true; target: Target } | { ok: false; message: string };

export const TARGET_MAX = 1e15;

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN_COMMA = /^\d+(?:,\d+)?$/;
const PLAIN_DOT = /^\d+\.\d+$/;

/** An Indonesian-written non-negative number, or null when the text is not one. */
export function parseIdNumber(raw: string): number | null {
  const text = raw.trim();
  let normalized: string;
  if (GROUPED.test(text)) normalized = text.replaceAll('.', '').replace(',', '.');
  else if (PLAIN_COMMA.test(text)) normalized = text.replace(',', '.');
  else if (PLAIN_DOT.test(text)) normalized = text;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

const RANGE_WORDS = /\s*(?:s\.?\s?d\.?|s\/d|sampai\s+dengan|sampai|hingga)\s*/gi;
const DASHES = /[–—‑−]/g;

const HOW = 'Tulis angka (mis. 12 atau 12,5) atau rentang (mis. 80 – 90).';

/** Parses a target typed as text; the message is meant to be shown beside the target field. */
export function parseTarget(raw: string): TargetParse {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Target wajib diisi.' };
  const normalized = text.replace(DASHES, '-').replace(RANGE_WORDS, '-');
  if (normalized.startsWith('-') && !normalized.slice(1).includes('-')) {
    return { ok: false, message: 'Target tidak boleh negatif.' };
  }
  const parts = normalized.split('-').map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => p === '')) {
    return { ok: false, message: `Target "${text}" tidak dapat dibaca. ${HOW}` };
  }
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIdNumber(part);
    if (value === null) {
      if (/^[\d.,]+\s*\S/.test(part)) {
        return {
          ok: false,
          message: `Target hanya berisi angka; tulis satuan (mis. "%", "Dokumen") di kolom satuan.`,
        };
      }
      return { ok: false, message: `"${part}" bukan angka. ${HOW}` };
    }
    if (value > TARGET_MAX) return { ok: false, message: 'Target terlalu besar.' };
    values.push(value);
  }
  const low = values[0]!;
  const high = values[1] ?? low;
  if (low > high) {
    return {
      ok: false,
      message: `Batas bawah rentang (${formatIdNumber(low)}) lebih besar dari batas atas (${formatIdNumber(high)}).`,
    };
  }
  return { ok: true, target: { low, high } };
}

/** 1000 → "1.000", 12.5 → "12,5", 0.125 → "0,125" (at most 4 decimals, trailing zeros dropped). */
export function formatIdNumber(value: number): string {
  const negative = value < 0;
  const fixed = Math.abs(value)
    .toFixed(4)
    .replace(/\.?0+$/, '');
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "1.000", or "80 – 90" for a range. */
export function formatTarget(target: Target): string {
  return target.low === target.high
    ? formatIdNumber(target.low)
    : `${formatIdNumber(target.low)} – ${formatIdNumber(target.high)}`;
}

/** "80 – 90 %", "12 Dokumen"; the target alone when there is no satuan. */
export function formatTargetWithUnit(target: Target, unitOfMeasure: string): string {
  const unit = unitOfMeasure.trim();
  return unit === '' ? formatTarget(target) : `${formatTarget(target)} ${unit}`;
}
