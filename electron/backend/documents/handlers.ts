import type { documentMethods } from '../../../shared/ipc/methods/documents';
import type { Handler } from '../handlers';
import { batchStatus, cancelBatch, prepareBatch, startBatch } from './batch';
import { preparePrint, printDocument } from './print';
import { listRegister, unsignedSummary } from './register';
import { attachScan, scanContent } from './scans';
import { verifyDocument } from './verify';

type DocumentMethod = keyof typeof documentMethods;

export const documentHandlers = {
  'documents.prepare': (ctx, input) => preparePrint(ctx, input.request),
  /** 'own' effect: rendering is asynchronous; the register row, audit entry and rename share one transaction. */
  'documents.print': (ctx, input) => printDocument(ctx, input),
  'documents.verify': (ctx, input) => verifyDocument(ctx, input.text),
  'documents.register.list': (ctx, input) => listRegister(ctx.sql, input),
  'documents.register.unsignedSummary': (ctx, input) => unsignedSummary(ctx.sql, input),
  'documents.attachScan': (ctx, input) => attachScan(ctx, input),
  'documents.scanContent': (ctx, input) => scanContent(ctx, input.registerId),
  'documents.batch.prepare': (ctx, input) => prepareBatch(ctx, input),
  'documents.batch.start': (ctx, input) => startBatch(ctx, input),
  'documents.batch.status': (ctx, input) => batchStatus(ctx, input.jobId),
  'documents.batch.cancel': (ctx, input) => cancelBatch(ctx, input.jobId),
} satisfies { [M in DocumentMethod]: Handler<M> };
