import { sql } from 'drizzle-orm';
import { todayIso } from '../../../shared/domain/dates';
import { checkKurvaDistribusi } from '../../../shared/domain/kurva';
import { headRatingHasil, type OrgRating, type Predikat, type Rating } from '../../../shared/domain/predikat';
import type { RequestContext } from '../context';
import { finalise } from '../evaluation/finalisation';
import { kurvaCounts } from '../evaluation/kurva';
import { setOrgRating } from '../evaluation/org-rating';
import { periodicPeriods, type PeriodRow } from '../evaluation/period';
import { findEvaluation } from '../evaluation/queries';
import { rate } from '../evaluation/rate';

/**
 * The demo office's evaluations: the org rating Baik for Triwulan I–III, every pegawai rated by their atasan for
 * those quarters (recorded "atas nama" the pejabat penilai, as demo data) with a spread that keeps to the kurva
 * for Baik, Triwulan I and II finalised, Triwulan III rated but still open, Triwulan IV not yet rated.
 *
 * Runs after the realisasi seed: a finalised period refuses realisasi.
 */

const ORG_RATING: OrgRating = 'BAIK';
const RATED_QUARTERS = [1, 2, 3] as const;
const FINALISED_QUARTERS = [1, 2] as const;
const NOTE = 'Data contoh SIPKA';

/** Everyone not named here (27 of the 41) is Baik; the head's rating hasil follows the org rating. */
const SPREAD: Readonly<Record<(typeof RATED_QUARTERS)[number], Readonly<Record<string, Predikat>>>> = {
  1: {
    sekcam: 'SANGAT_BAIK',
    kasipem: 'SANGAT_BAIK',
    lurahket: 'SANGAT_BAIK',
    umum1: 'SANGAT_BAIK',
    renkeu1: 'SANGAT_BAIK',
    pem1: 'SANGAT_BAIK',
    ekbang1: 'SANGAT_BAIK',
    ket2: 'SANGAT_BAIK',
    kasubrenkeu: 'SANGAT_BAIK',
    lurahgay: 'SANGAT_BAIK',
    trantib2: 'BUTUH_PERBAIKAN',
    dukuh3: 'BUTUH_PERBAIKAN',
    men2: 'BUTUH_PERBAIKAN',
    ket3: 'KURANG',
  },
  2: {
    sekcam: 'SANGAT_BAIK',
    kasikesra: 'SANGAT_BAIK',
    lurahket: 'SANGAT_BAIK',
    umum1: 'SANGAT_BAIK',
    renkeu1: 'SANGAT_BAIK',
    kesra3: 'SANGAT_BAIK',
    ekbang1: 'SANGAT_BAIK',
    gay1: 'SANGAT_BAIK',
    ket2: 'SANGAT_BAIK',
    kasipem: 'SANGAT_BAIK',
    pem2: 'SANGAT_BAIK',
    trantib2: 'BUTUH_PERBAIKAN',
    men2: 'BUTUH_PERBAIKAN',
    gay2: 'KURANG',
  },
  3: {
    sekcam: 'SANGAT_BAIK',
    kasipem: 'SANGAT_BAIK',
    kasikesra: 'SANGAT_BAIK',
    umum1: 'SANGAT_BAIK',
    umum3: 'SANGAT_BAIK',
    pem1: 'SANGAT_BAIK',
    kesra3: 'SANGAT_BAIK',
    ekbang1: 'SANGAT_BAIK',
    ket1: 'SANGAT_BAIK',
    lurahmen: 'SANGAT_BAIK',
    renkeu3: 'SANGAT_BAIK',
    dukuh3: 'BUTUH_PERBAIKAN',
    men2: 'BUTUH_PERBAIKAN',
    trantib3: 'BUTUH_PERBAIKAN',
  },
};

/** One pair of ratings for each predikat (PermenPAN-RB 6/2022 matrix); a varied pair for Baik. */
function ratingsFor(predikat: Predikat, index: number): [hasil: Rating, perilaku: Rating] {
  switch (predikat) {
    case 'SANGAT_BAIK':
      return ['DI_ATAS', 'DI_ATAS'];
    case 'BAIK':
      return index % 5 === 0
        ? ['DI_ATAS', 'SESUAI']
        : index % 7 === 0
          ? ['SESUAI', 'DI_ATAS']
          : ['SESUAI', 'SESUAI'];
    case 'BUTUH_PERBAIKAN':
      return ['DI_BAWAH', 'SESUAI'];
    case 'KURANG':
      return ['SESUAI', 'DI_BAWAH'];
    case 'SANGAT_KURANG':
      return ['DI_BAWAH', 'DI_BAWAH'];
  }
}

/** The day `days` after the quarter ends, never after today. */
function daysAfter(ctx: RequestContext, period: PeriodRow, days: number): string {
  const end = new Date(`${period.endDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  const date = end.toISOString().slice(0, 10);
  const today = todayIso(ctx.now());
  return date < today ? date : today;
}

/** A penetapan dated two weeks after the quarter. */
function sourceDate(ctx: RequestContext, period: PeriodRow): string {
  return daysAfter(ctx, period, 15);
}

/**
 * Dates the demo ratings and finalisations as an office would have made them, shortly after each quarter (so a
 * printed Triwulan I evaluation is not signed in November). The audit trail keeps the real time of loading.
 */
function backdate(ctx: RequestContext, period: PeriodRow): void {
  const ratedAt = `${daysAfter(ctx, period, 10)}T02:00:00.000Z`;
  const finalisedAt = `${daysAfter(ctx, period, 20)}T03:00:00.000Z`;
  ctx.sqlite.prepare('UPDATE evaluations SET rated_at = ? WHERE period_id = ?').run(ratedAt, period.id);
  ctx.sqlite
    .prepare('UPDATE finalisations SET finalised_at = ? WHERE period_id = ?')
    .run(finalisedAt, period.id);
}

function skpOf(ctx: RequestContext, employeeId: number, yearId: number): number {
  return ctx.sql.one<{ id: number }>(
    sql`SELECT id FROM skps WHERE employee_id = ${employeeId} AND year_id = ${yearId} ORDER BY start_date DESC LIMIT 1`,
  ).id;
}

export interface DemoEvaluationResult {
  rated: number;
  finalised: number;
}

/** `employeeIds` maps the demo keys (the register's order); `yearId` is the demo year of loadDemoSkp. */
export function loadDemoEvaluation(
  ctx: RequestContext,
  employeeIds: ReadonlyMap<string, number>,
  yearId: number,
): DemoEvaluationResult {
  const quarters = periodicPeriods(ctx.sql, yearId);
  let rated = 0;
  for (const quarter of RATED_QUARTERS) {
    const period = quarters.find((p) => p.kind === 'QUARTER' && p.number === quarter)!;
    setOrgRating(ctx, {
      periodId: period.id,
      unitId: null,
      version: 0,
      rating: ORG_RATING,
      sourceNumber: `800.1.6.4/${String(40 + quarter * 17).padStart(3, '0')}/436.3.2/${period.year}`,
      sourceDate: sourceDate(ctx, period),
      note: `Penetapan capaian kinerja organisasi Kecamatan Gayungan ${period.year} oleh Wali Kota (data contoh).`,
    });
    let index = 0;
    for (const [key, employeeId] of employeeIds) {
      const predikat = SPREAD[quarter][key] ?? 'BAIK';
      const [hasil, perilaku] = ratingsFor(predikat, index++);
      const skpId = skpOf(ctx, employeeId, yearId);
      rate(ctx, {
        skpId,
        periodId: period.id,
        version: findEvaluation(ctx.sql, skpId, period.id)?.version ?? 0,
        ratingHasil: key === 'camat' ? headRatingHasil(ORG_RATING) : hasil,
        ratingPerilaku: perilaku,
        note: NOTE,
      });
      rated += 1;
    }
    const counts = kurvaCounts(ctx.sql, period.id, sql``).counts;
    if (checkKurvaDistribusi(ORG_RATING, counts).length > 0) {
      throw new Error(`Sebaran predikat contoh Triwulan ${quarter} tidak sesuai kurva distribusi`);
    }
  }
  for (const quarter of FINALISED_QUARTERS) {
    const period = quarters.find((p) => p.kind === 'QUARTER' && p.number === quarter)!;
    finalise(ctx, { periodId: period.id, deviationReason: '' });
  }
  for (const quarter of RATED_QUARTERS) {
    backdate(
      ctx,
      quarters.find((p) => p.kind === 'QUARTER' && p.number === quarter)!,
    );
  }
  return { rated, finalised: FINALISED_QUARTERS.length };
}
