import { CORE_VALUES, type CoreValueCode } from '../../../shared/domain/behaviour';
import { recordChange } from '../audit/trail';
import type { RequestContext } from '../context';
import { feedback } from '../db/schema';
import { requireRhkLineage, type WritableTarget } from './guard';

export interface NewFeedback {
  rhkLineageId: number | null;
  coreValue: CoreValueCode | null;
  text: string;
}

/** Appends one umpan balik to the feed (never overwritten) on one RHK in force or one core value. */
export function appendFeedback(
  ctx: RequestContext,
  target: WritableTarget,
  input: NewFeedback,
  author: { userId: number | null; name: string; at?: string },
): number {
  const about =
    input.rhkLineageId !== null
      ? `RHK "${requireRhkLineage(ctx, target, input.rhkLineageId)}"`
      : `nilai ${CORE_VALUES.find((v) => v.code === input.coreValue)?.name ?? input.coreValue}`;
  const row = {
    skpId: target.skp.id,
    periodId: target.period.id,
    rhkLineageId: input.rhkLineageId,
    coreValue: input.coreValue,
    text: input.text,
    authorUserId: author.userId,
    authorName: author.name,
    at: author.at ?? ctx.now().toISOString(),
  };
  const { id } = ctx.db.insert(feedback).values(row).returning({ id: feedback.id }).get();
  const { authorUserId: _user, ...kept } = row;
  recordChange(ctx, 'feedback', id, null, kept, `Umpan balik ${target.period.label} pada ${about}.`);
  return id;
}
