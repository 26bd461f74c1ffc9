import { describe, expect, it } from 'vitest';
import {
  allPeriodsOfYear,
  daysInMonth,
  formatDateRangeId,
  isLeapYear,
  isRangeWithinYear,
  periodLabel,
  periodOfDate,
  periodsOfYear,
  periodShortLabel,
  rangesOverlap,
} from '../../../shared/domain/periods';

describe('calendar', () => {
  it('knows leap years and the length of February', () => {
    expect([2024, 2028, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2026, 2100, 1900].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('periodsOfYear', () => {
  it('divides a year into four quarters with real end dates', () => {
    expect(periodsOfYear(2026, 'QUARTER')).toEqual([
      { kind: 'QUARTER', number: 1, startDate: '2026-01-01', endDate: '2026-03-31' },
      { kind: 'QUARTER', number: 2, startDate: '2026-04-01', endDate: '2026-06-30' },
      { kind: 'QUARTER', number: 3, startDate: '2026-07-01', endDate: '2026-09-30' },
      { kind: 'QUARTER', number: 4, startDate: '2026-10-01', endDate: '2026-12-31' },
    ]);
  });

  it('divides a year into two semesters', () => {
    expect(periodsOfYear(2026, 'SEMESTER').map((p) => [p.startDate, p.endDate])).toEqual([
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ]);
  });

  it('divides a year into twelve months, February by the leap year', () => {
    const leap = periodsOfYear(2024, 'MONTH');
    expect(leap).toHaveLength(12);
    expect(leap[1]).toEqual({ kind: 'MONTH', number: 2, startDate: '2024-02-01', endDate: '2024-02-29' });
    expect(periodsOfYear(2026, 'MONTH')[1]!.endDate).toBe('2026-02-28');
    expect(periodsOfYear(2026, 'MONTH')[10]!.endDate).toBe('2026-11-30');
  });

  it('adds the annual (akhir) period last', () => {
    const all = allPeriodsOfYear(2026, 'SEMESTER');
    expect(all).toHaveLength(3);
    expect(all.at(-1)).toEqual({ kind: 'ANNUAL', number: 1, startDate: '2026-01-01', endDate: '2026-12-31' });
  });

  it('covers every day of the year exactly once', () => {
    for (const type of ['MONTH', 'QUARTER', 'SEMESTER'] as const) {
      const spans = periodsOfYear(2024, type);
      expect(spans[0]!.startDate).toBe('2024-01-01');
      expect(spans.at(-1)!.endDate).toBe('2024-12-31');
      for (let i = 1; i < spans.length; i++) {
        const previousEnd = new Date(`${spans[i - 1]!.endDate}T00:00:00Z`);
        previousEnd.setUTCDate(previousEnd.getUTCDate() + 1);
        expect(previousEnd.toISOString().slice(0, 10)).toBe(spans[i]!.startDate);
      }
    }
  });
});

describe('periodOfDate', () => {
  it('finds the period a date falls in, at the edges too', () => {
    expect(periodOfDate('2026-03-31', 'QUARTER')?.number).toBe(1);
    expect(periodOfDate('2026-04-01', 'QUARTER')?.number).toBe(2);
    expect(periodOfDate('2026-12-31', 'QUARTER')?.number).toBe(4);
    expect(periodOfDate('2026-06-30', 'SEMESTER')?.number).toBe(1);
    expect(periodOfDate('2026-07-01', 'SEMESTER')?.number).toBe(2);
    expect(periodOfDate('2024-02-29', 'MONTH')).toEqual({
      kind: 'MONTH',
      number: 2,
      startDate: '2024-02-01',
      endDate: '2024-02-29',
    });
  });

  it('answers nothing for a date that does not exist', () => {
    expect(periodOfDate('2026-02-29', 'MONTH')).toBeUndefined();
    expect(periodOfDate('kemarin', 'QUARTER')).toBeUndefined();
  });
});

describe('labels', () => {
  it('names periods as the forms do', () => {
    expect(periodLabel('QUARTER', 2, 2026)).toBe('Triwulan II 2026');
    expect(periodLabel('QUARTER', 4, 2026)).toBe('Triwulan IV 2026');
    expect(periodLabel('SEMESTER', 1, 2026)).toBe('Semester I 2026');
    expect(periodLabel('MONTH', 1, 2026)).toBe('Januari 2026');
    expect(periodLabel('MONTH', 12, 2026)).toBe('Desember 2026');
    expect(periodLabel('ANNUAL', 1, 2026)).toBe('Akhir 2026');
    expect(periodShortLabel('QUARTER', 3)).toBe('Triwulan III');
  });

  it('prints Indonesian date ranges', () => {
    expect(formatDateRangeId('2026-04-01', '2026-06-30')).toBe('1 April s.d. 30 Juni 2026');
    expect(formatDateRangeId('2026-01-01', '2026-12-31')).toBe('1 Januari s.d. 31 Desember 2026');
    expect(formatDateRangeId('2025-12-01', '2026-01-31')).toBe('1 Desember 2025 s.d. 31 Januari 2026');
    expect(formatDateRangeId('2024-02-29', '2024-02-29')).toBe('29 Februari 2024');
  });
});

describe('ranges', () => {
  it('checks a range lies inside its year', () => {
    expect(isRangeWithinYear('2026-01-01', '2026-12-31', 2026)).toBe(true);
    expect(isRangeWithinYear('2026-07-01', '2026-06-30', 2026)).toBe(false);
    expect(isRangeWithinYear('2025-12-31', '2026-06-30', 2026)).toBe(false);
    expect(isRangeWithinYear('2026-02-01', '2026-02-29', 2026)).toBe(false);
  });

  it('detects overlap, touching ends included', () => {
    const first = { startDate: '2026-01-01', endDate: '2026-06-30' };
    expect(rangesOverlap(first, { startDate: '2026-07-01', endDate: '2026-12-31' })).toBe(false);
    expect(rangesOverlap(first, { startDate: '2026-06-30', endDate: '2026-12-31' })).toBe(true);
    expect(rangesOverlap(first, { startDate: '2026-03-01', endDate: '2026-03-31' })).toBe(true);
  });
});
