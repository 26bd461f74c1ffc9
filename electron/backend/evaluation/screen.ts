import { rangesOverlap } from '../../../shared/domain/periods';
import type { EvaluationScreen, PeriodicHistoryRow } from '../../../shared/ipc/methods/evaluation';
import type { RequestContext } from '../context';
import { feedbackOf } from '../realisasi/queries';
import { loadRealisasiSheet } from '../realisasi/sheet';
import { findSkp, type SkpRow } from '../skp/queries';
import { canAppraise } from '../users/relations';
import { headRatingFromOrg } from './head';
import { periodWriteLock, topUnitId } from './lock';
import { findOrgRating } from './org-rating';
import { periodicPeriods, requirePeriod, toPeriodDto } from './period';
import { evaluationsOfSkp, findEvaluation, toEvaluationDto } from './queries';
import { progressOf } from './list';
import { unratableReason } from './scope';

/** The annual screen's support: every periodic period the SKP covers, with its result and umpan balik. */
function historyOf(ctx: RequestContext, skp: SkpRow): PeriodicHistoryRow[] {
  const evaluations = evaluationsOfSkp(ctx.sql, skp.id);
  return periodicPeriods(ctx.sql, skp.yearId)
    .filter((period) => rangesOverlap(period, skp))
    .map((period) => {
      const record = evaluations.get(period.id);
      return {
        period: toPeriodDto(period),
        evaluation: record ? toEvaluationDto(record, skp.id, period.id) : null,
        averageCapaian: progressOf(ctx.sql, [skp.id], period.id).get(skp.id)!.averageCapaian,
        feedback: feedbackOf(ctx.sql, skp.id, period.id),
      };
    });
}

/** Everything the penilai's screen for one SKP and one period needs. */
export function evaluationScreen(ctx: RequestContext, skpId: number, periodId: number): EvaluationScreen {
  const sheet = loadRealisasiSheet(ctx, skpId, periodId);
  const skp = findSkp(ctx.sql, skpId)!;
  const period = requirePeriod(ctx.sql, periodId);
  const top = topUnitId(ctx.sql);
  const caller = ctx.caller;
  const writable = periodWriteLock(ctx.sql, period.id) === null;
  const inForce = unratableReason(ctx.sql, skp.id, period) === null;
  const self = caller !== null && caller.employeeId === skp.employeeId;
  const appraiser = caller !== null && canAppraise(ctx, caller, skp.employeeId);
  const admin = caller === null || caller.role === 'ADMIN';
  const record = findEvaluation(ctx.sql, skp.id, period.id);
  const excluded = record?.excludedReason != null;
  const open = writable && inForce && !excluded;
  return {
    sheet,
    evaluation: toEvaluationDto(record, skp.id, period.id),
    ratingHasilFromOrg: headRatingFromOrg(ctx.sql, skp.employeeId, period.id),
    orgRating: top === undefined ? null : (findOrgRating(ctx.sql, period.id, top) ?? null),
    history: period.kind === 'ANNUAL' ? historyOf(ctx, skp) : [],
    can: {
      rate: open && appraiser && !self,
      rateOnBehalf: open && admin && !appraiser && !self,
      exclude: writable && admin && (inForce || excluded),
    },
  };
}
