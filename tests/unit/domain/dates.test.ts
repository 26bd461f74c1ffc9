import { describe, expect, it } from 'vitest';
import {
  formatDateId,
  formatMonthId,
  isRealDate,
  isValidIsoDate,
  todayIso,
} from '../../../shared/domain/dates';

describe('formatDateId', () => {
  it('prints Indonesian dates', () => {
    expect(formatDateId('2026-12-31')).toBe('31 Desember 2026');
    expect(formatDateId('2024-02-29')).toBe('29 Februari 2024');
    expect(formatDateId('2015-05-01')).toBe('1 Mei 2015');
    expect(formatDateId('2026-08-17')).toBe('17 Agustus 2026');
  });

  it('returns invalid input unchanged', () => {
    expect(formatDateId('2023-02-29')).toBe('2023-02-29');
    expect(formatDateId('kemarin')).toBe('kemarin');
  });
});

describe('formatMonthId', () => {
  it('prints month and year', () => {
    expect(formatMonthId('2015-05')).toBe('Mei 2015');
    expect(formatMonthId('2015-13')).toBe('2015-13');
  });
});

describe('isValidIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isValidIsoDate('2026-12-31')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-1-5')).toBe(false);
    expect(isValidIsoDate('2026-01-05T00:00')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });

  it('isRealDate handles years below 100 without the 19xx mapping', () => {
    expect(isRealDate(4, 2, 29)).toBe(true);
    expect(isRealDate(1, 2, 29)).toBe(false);
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('defaults to now', () => {
    expect(isValidIsoDate(todayIso())).toBe(true);
  });
});
