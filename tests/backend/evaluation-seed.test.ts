import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/backend/context';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { openTestBackend } from './helpers';

describe('demo evaluations for Kecamatan Gayungan', () => {
  it('rates Triwulan I–III within the kurva for Baik, finalises I and II, and leaves IV open', async () => {
    const t = await openTestBackend();
    const started = performance.now();
    loadDemoData(systemContext(t.backend.ctx, 'seed'));
    // Units, employees, SKP and evaluations together; the evaluations alone take well under a second.
    expect(performance.now() - started).toBeLessThan(10_000);
    const year = (await t.ok('years.list', {}))[0]!;
    const quarter = (n: number) => year.periods.find((p) => p.kind === 'QUARTER' && p.number === n)!;
    const employees = (await t.ok('employees.list', { pageSize: 200 })).total;

    const states: string[] = [];
    for (const n of [1, 2, 3]) {
      const kurva = await t.ok('kurva.get', { periodId: quarter(n).id });
      expect(kurva.orgRating, `Triwulan ${n}`).toMatchObject({
        rating: 'BAIK',
        sourceNumber: expect.stringMatching(/\/2026$/),
      });
      expect(kurva.violations, `Triwulan ${n}`).toEqual([]);
      expect(kurva.total).toBe(employees);
      expect(kurva.unrated).toEqual([]);
      expect(kurva.counts.BAIK).toBeLessThanOrEqual(Math.floor(0.7 * employees));
      expect(kurva.counts.BUTUH_PERBAIKAN + kurva.counts.KURANG).toBeGreaterThanOrEqual(1);
      states.push(kurva.state);
    }
    expect(states).toEqual(['FINAL', 'FINAL', 'OPEN']);
    const q3 = await t.ok('kurva.get', { periodId: quarter(3).id });
    expect(q3.blockers).toEqual([]);
    const q4 = await t.ok('kurva.get', { periodId: quarter(4).id });
    expect(q4).toMatchObject({ state: 'OPEN', total: 0, orgRating: null, finalisations: [] });
    expect(q4.unrated).toHaveLength(employees);

    // The camat's rating hasil follows the org rating; the ratings were recorded for each atasan.
    const all = await t.ok('evaluation.list', { periodId: quarter(1).id, scope: 'all' });
    const camat = all.rows.find((r) => r.positionName === 'Camat Gayungan')!;
    expect(camat.evaluation).toMatchObject({
      ratingHasil: 'SESUAI',
      ratedOnBehalfOf: 'pejabat penilai di luar SIPKA',
    });
    const staff = all.rows.find((r) => r.positionName === 'Penyuluh Sosial')!;
    expect(staff.evaluation.ratedOnBehalfOf).toBe(staff.appraiserName);
    expect(all.doneCount).toBe(employees);
  });
});
