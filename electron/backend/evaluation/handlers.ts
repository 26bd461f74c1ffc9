import type { evaluationMethods } from '../../../shared/ipc/methods/evaluation';
import type { Handler } from '../handlers';
import { finalise, reopen } from './finalisation';
import { kurvaView } from './kurva';
import { listEvaluations } from './list';
import { getOrgRating, setOrgRating } from './org-rating';
import { exclude, rate } from './rate';
import { evaluationScreen } from './screen';

type EvaluationMethod = keyof typeof evaluationMethods;

export const evaluationHandlers = {
  'evaluation.list': (ctx, input) => listEvaluations(ctx, input),

  'evaluation.get': (ctx, input) => evaluationScreen(ctx, input.skpId, input.periodId),

  'evaluation.rate': (ctx, input) => {
    rate(ctx, input);
    return evaluationScreen(ctx, input.skpId, input.periodId);
  },

  'evaluation.exclude': (ctx, input) => {
    exclude(ctx, input);
    return evaluationScreen(ctx, input.skpId, input.periodId);
  },

  'orgRating.get': (ctx, input) => getOrgRating(ctx, input),

  'orgRating.set': (ctx, input) => setOrgRating(ctx, input),

  'kurva.get': (ctx, input) => kurvaView(ctx.sql, input.periodId, input.unitId),

  'finalisation.finalise': (ctx, input) => finalise(ctx, input),

  'finalisation.reopen': (ctx, input) => reopen(ctx, input),
} satisfies { [M in EvaluationMethod]: Handler<M> };
