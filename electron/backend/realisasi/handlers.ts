import type { realisasiMethods } from '../../../shared/ipc/methods/realisasi';
import type { Handler } from '../handlers';
import { attributionOf } from './attribution';
import { detectEvidenceFile } from './detect';
import { applyEntries } from './entries';
import {
  decodeContent,
  evidenceContent,
  insertFileEvidence,
  insertLinkEvidence,
  removeEvidence,
} from './evidence';
import { appendFeedback } from './feedback';
import { assertWritable, requireIki } from './guard';
import { loadRealisasiSheet, resolveSheet, sheetOf } from './sheet';
import { readEvidenceMaxBytes } from '../settings/store';
import type { RequestContext } from '../context';

type RealisasiMethod = keyof typeof realisasiMethods;

function writable(ctx: RequestContext, skpId: number, periodId: number) {
  const target = resolveSheet(ctx, skpId, periodId);
  assertWritable(ctx, target);
  return target;
}

export const realisasiHandlers = {
  'realisasi.sheet': (ctx, input) => loadRealisasiSheet(ctx, input.skpId, input.periodId),

  'realisasi.set': (ctx, input) => {
    const target = writable(ctx, input.skpId, input.periodId);
    applyEntries(ctx, target, input.entries, attributionOf(ctx, target.skp.employeeId));
    return sheetOf(ctx, target);
  },

  /**
   * 'own' effect: the content type is detected asynchronously (file-type), which cannot run inside the
   * synchronous write transaction; the checks run again inside the handler's own transaction, with the audit.
   */
  'evidence.addFile': async (ctx, input) => {
    const before = writable(ctx, input.skpId, input.periodId);
    requireIki(ctx, before, input.ikiLineageId);
    const bytes = decodeContent(input.contentBase64, readEvidenceMaxBytes(ctx.sql));
    const file = await detectEvidenceFile(bytes, input.fileName);
    return ctx.sqlite.transaction(() => {
      const target = writable(ctx, input.skpId, input.periodId);
      const by = attributionOf(ctx, target.skp.employeeId);
      insertFileEvidence(ctx, target, input.ikiLineageId, { ...file, bytes }, by);
      return sheetOf(ctx, target);
    })();
  },

  'evidence.addLink': (ctx, input) => {
    const target = writable(ctx, input.skpId, input.periodId);
    const by = attributionOf(ctx, target.skp.employeeId);
    insertLinkEvidence(ctx, target, input.ikiLineageId, { url: input.url, title: input.title }, by);
    return sheetOf(ctx, target);
  },

  'evidence.remove': (ctx, input) => {
    const target = writable(ctx, input.skpId, input.periodId);
    removeEvidence(ctx, target, input.evidenceId);
    return sheetOf(ctx, target);
  },

  'evidence.content': (ctx, input) => evidenceContent(ctx, input.skpId, input.periodId, input.evidenceId),

  'feedback.add': (ctx, input) => {
    const target = writable(ctx, input.skpId, input.periodId);
    const caller = ctx.caller;
    appendFeedback(ctx, target, input, {
      userId: caller?.userId ?? null,
      name: caller?.displayName ?? 'Sistem',
    });
    return sheetOf(ctx, target);
  },
} satisfies { [M in RealisasiMethod]: Handler<M> };
