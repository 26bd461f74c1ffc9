import { HR_ROLES } from '../../../shared/domain/roles';
import type { skpMethods } from '../../../shared/ipc/methods/skp';
import type { RequestContext } from '../context';
import { findPerson } from '../employees/queries';
import type { Handler } from '../handlers';
import { requireYear } from '../years/handlers';
import { matrix, parentOptions, tree } from './cascade';
import { copyForwardAll, copyFromPreviousYear } from './copy';
import { skpDetail } from './detail';
import { beginEdit, loadForWrite, lockOf, locked } from './guard';
import { handDown } from './handdown';
import { listSkp, queueOf, skpRowsOfEmployee } from './lists';
import {
  createIki,
  createRhk,
  deleteIki,
  deleteRhk,
  reorderIki,
  reorderRhk,
  setApproach,
  setExpectations,
  setLampiran,
  updateIki,
  updateRhk,
} from './plan';
import {
  approve,
  createSkp,
  deleteSkp,
  discardRevision,
  returnSkp,
  revise,
  setDates,
  submit,
  withdraw,
} from './workflow';

type SkpMethod = keyof typeof skpMethods;

function isHr(ctx: RequestContext): boolean {
  return !ctx.caller || HR_ROLES.includes(ctx.caller.role);
}

/** Runs an edit of the latest (editable) revision and answers with the SKP as it now stands. */
function edit(
  ctx: RequestContext,
  input: { skpId: number; version: number },
  run: (t: ReturnType<typeof beginEdit>) => void,
) {
  run(beginEdit(ctx, input.skpId, input.version));
  return skpDetail(ctx, input.skpId);
}

export const skpHandlers = {
  'skp.list': (ctx, input) =>
    listSkp(
      ctx.sql,
      input,
      isHr(ctx) ? { kind: 'all' } : { kind: 'subtree', rootEmployeeId: ctx.caller?.employeeId ?? null },
    ),

  'skp.queue': (ctx, input) => {
    const employeeId = ctx.caller?.employeeId ?? null;
    return employeeId === null ? [] : queueOf(ctx.sql, employeeId, input.yearId);
  },

  'skp.mine': (ctx, input) => {
    const year = requireYear(ctx, input.yearId);
    const employeeId = ctx.caller?.employeeId ?? null;
    if (employeeId === null) return { employee: null, skps: [], canCreate: false };
    const skps = skpRowsOfEmployee(ctx.sql, employeeId, year.id);
    const employee = findPerson(ctx.sql, employeeId) ?? null;
    return {
      employee,
      skps,
      canCreate: year.status === 'OPEN' && employee?.activity === 'AKTIF' && skps.length === 0,
    };
  },

  'skp.get': (ctx, input) => skpDetail(ctx, input.skpId, input.revision),

  'skp.parentOptions': (ctx, input) => parentOptions(ctx, input.skpId),

  'skp.matrix': (ctx, input) => matrix(ctx, input.yearId, input.appraiserEmployeeId, input.appraiserSkpId),

  'skp.tree': (ctx, input) => tree(ctx, input.yearId, input.rootSkpId),

  'skp.create': (ctx, input) => skpDetail(ctx, createSkp(ctx, input).skpId),

  'skp.setApproach': (ctx, input) => edit(ctx, input, (t) => setApproach(ctx, t, input.approach)),

  'skp.setDates': (ctx, input) => {
    setDates(
      ctx,
      input.skpId,
      input.version,
      { startDate: input.startDate, endDate: input.endDate },
      input.reason,
    );
    return skpDetail(ctx, input.skpId);
  },

  'skp.delete': (ctx, input) => {
    deleteSkp(ctx, input.skpId, input.version);
    return { id: input.skpId };
  },

  'skp.rhk.create': (ctx, input) =>
    edit(ctx, input, (t) => {
      createRhk(ctx, t, {
        group: input.group,
        text: input.text,
        parentRhkId: input.parentRhkId,
        externalParentText: input.externalParentText,
        iki: input.iki,
      });
    }),

  'skp.rhk.update': (ctx, input) =>
    edit(ctx, input, (t) =>
      updateRhk(ctx, t, input.rhkId, {
        group: input.group,
        text: input.text,
        parentRhkId: input.parentRhkId,
        externalParentText: input.externalParentText,
      }),
    ),

  'skp.rhk.delete': (ctx, input) => edit(ctx, input, (t) => deleteRhk(ctx, t, input.rhkId)),

  'skp.rhk.reorder': (ctx, input) => edit(ctx, input, (t) => reorderRhk(ctx, t, input.group, input.rhkIds)),

  'skp.iki.create': (ctx, input) =>
    edit(ctx, input, (t) => {
      createIki(ctx, t, input.rhkId, {
        aspect: input.aspect,
        indicator: input.indicator,
        target: input.target,
        unitOfMeasure: input.unitOfMeasure,
        direction: input.direction,
      });
    }),

  'skp.iki.update': (ctx, input) =>
    edit(ctx, input, (t) =>
      updateIki(ctx, t, input.ikiId, {
        aspect: input.aspect,
        indicator: input.indicator,
        target: input.target,
        unitOfMeasure: input.unitOfMeasure,
        direction: input.direction,
      }),
    ),

  'skp.iki.delete': (ctx, input) => edit(ctx, input, (t) => deleteIki(ctx, t, input.ikiId)),

  'skp.iki.reorder': (ctx, input) => edit(ctx, input, (t) => reorderIki(ctx, t, input.rhkId, input.ikiIds)),

  'skp.setLampiran': (ctx, input) =>
    edit(ctx, input, (t) =>
      setLampiran(ctx, t, {
        ...(input.resources ? { resources: input.resources } : {}),
        ...(input.accountability ? { accountability: input.accountability } : {}),
        ...(input.consequences ? { consequences: input.consequences } : {}),
      }),
    ),

  /** Also while submitted: the pejabat penilai sets expectations during the dialog kinerja, before approving. */
  'skp.setExpectations': (ctx, input) => {
    const target = loadForWrite(ctx, input.skpId, input.version);
    const lock = lockOf(target.skp, target.revision);
    if (lock && lock.reason !== 'SUBMITTED') throw locked(lock.message);
    setExpectations(ctx, target, input.expectations);
    return skpDetail(ctx, input.skpId);
  },

  'skp.submit': (ctx, input) => {
    submit(ctx, input.skpId, input.version);
    return skpDetail(ctx, input.skpId);
  },

  'skp.withdraw': (ctx, input) => {
    withdraw(ctx, input.skpId, input.version);
    return skpDetail(ctx, input.skpId);
  },

  'skp.approve': (ctx, input) => {
    approve(ctx, input.skpId, input.version, input.note);
    return skpDetail(ctx, input.skpId);
  },

  'skp.return': (ctx, input) => {
    returnSkp(ctx, input.skpId, input.version, input.reason);
    return skpDetail(ctx, input.skpId);
  },

  'skp.revise': (ctx, input) => {
    revise(ctx, input.skpId, input.version, input.reason);
    return skpDetail(ctx, input.skpId);
  },

  'skp.discardRevision': (ctx, input) => {
    discardRevision(ctx, input.skpId, input.version);
    return skpDetail(ctx, input.skpId);
  },

  'skp.copyFromPreviousYear': (ctx, input) => {
    const { skpId, ...copied } = copyFromPreviousYear(ctx, input.employeeId, input.yearId);
    return { skp: skpDetail(ctx, skpId), copied };
  },

  'skp.copyForwardAll': (ctx, input) => copyForwardAll(ctx, input),

  'skp.handDown': (ctx, input) => skpDetail(ctx, handDown(ctx, input)),
} satisfies { [M in SkpMethod]: Handler<M> };
