import { describe, expect, it } from 'vitest';
import { openTestBackend } from './helpers';

describe('years', () => {
  it('opens a year with its periods (triwulanan by default) and the annual period', async () => {
    const t = await openTestBackend();
    const year = await t.ok('years.open', { year: 2026 });
    expect(year).toMatchObject({
      year: 2026,
      periodType: 'QUARTER',
      periodTypeLabel: 'Triwulanan',
      status: 'OPEN',
    });
    expect(year.periods.map((p) => [p.label, p.startDate, p.endDate])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30'],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31'],
      ['Akhir 2026', '2026-01-01', '2026-12-31'],
    ]);
    expect(year.periods[1]!.rangeLabel).toBe('1 April s.d. 30 Juni 2026');
    expect(t.count('periods')).toBe(5);
    const audit = await t.ok('audit.list', { entityType: 'year' });
    expect(audit.rows[0]!.note).toBe('Tahun penilaian 2026 dibuka dengan periode triwulanan.');
  });

  it('opens monthly and semester years, with February by the calendar', async () => {
    const t = await openTestBackend();
    const monthly = await t.ok('years.open', { year: 2028, periodType: 'MONTH' });
    expect(monthly.periods).toHaveLength(13);
    expect(monthly.periods[1]).toMatchObject({ label: 'Februari 2028', endDate: '2028-02-29' });
    const semester = await t.ok('years.open', { year: 2027, periodType: 'SEMESTER' });
    expect(semester.periods.map((p) => p.label)).toEqual([
      'Semester I 2027',
      'Semester II 2027',
      'Akhir 2027',
    ]);
    expect((await t.ok('years.list', {})).map((y) => y.year)).toEqual([2028, 2027]);
  });

  it('refuses a year twice, and a year out of range', async () => {
    const t = await openTestBackend();
    await t.ok('years.open', { year: 2026 });
    const twice = await t.err('years.open', { year: 2026 });
    expect(twice).toMatchObject({ code: 'CONFLICT', fields: { year: 'Tahun penilaian 2026 sudah dibuka.' } });
    const early = await t.err('years.open', { year: 1999 });
    expect(early.fields).toHaveProperty('year');
    const type = await t.err('years.open', { year: 2027, periodType: 'WEEK' as 'MONTH' });
    expect(type.fields).toHaveProperty('periodType');
    expect(t.count('years')).toBe(1);
  });

  it('closes a year and opens it again, on the current version only', async () => {
    const t = await openTestBackend();
    const year = await t.ok('years.open', { year: 2025 });
    expect(year.skpCounts).toMatchObject({ DISETUJUI: 0, BELUM_ADA: 0, total: 0 });
    const closed = await t.ok('years.close', { id: year.id, version: year.version });
    expect(closed).toMatchObject({ status: 'CLOSED', closedBy: 'admin', version: 2 });
    expect((await t.err('years.close', { id: year.id, version: year.version })).code).toBe('CONFLICT');
    expect((await t.err('years.close', { id: year.id, version: closed.version })).code).toBe('CONFLICT');
    const noReason = await t.err('years.reopen', { id: year.id, version: closed.version, reason: '' });
    expect(noReason.fields).toHaveProperty('reason');
    const reopened = await t.ok('years.reopen', {
      id: year.id,
      version: closed.version,
      reason: 'Koreksi SKP',
    });
    expect(reopened).toMatchObject({ status: 'OPEN', closedAt: null });
    const audit = await t.ok('audit.list', { entityType: 'year' });
    expect(audit.rows[0]!.note).toBe('Dibuka kembali: Koreksi SKP');
    expect((await t.err('years.get', { id: 999 })).code).toBe('NOT_FOUND');
  });
});
