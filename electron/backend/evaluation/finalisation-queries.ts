import { sql } from 'drizzle-orm';
import type { FinalisationDto, FinalisationRecap } from '../../../shared/ipc/methods/evaluation';
import type { SqlRunner } from '../db/sql-runner';

interface FinalisationRecord extends Omit<FinalisationDto, 'recap'> {
  id: number;
}

/**
 * A recap is written once and never updated (a correction is a new revision row), so its parsed form is kept
 * per connection: at city scale it is 30,000 rows of JSON that every kurva view of the period would otherwise
 * parse again. A restore opens a new connection (a new SqlRunner), which starts with an empty cache. The
 * objects are shared between calls: read them, never change them.
 */
const recaps = new WeakMap<SqlRunner, Map<string, FinalisationRecap>>();
const RECAPS_KEPT = 16;

/** Keyed by id and time too: a row rolled back with its transaction may leave its id to another. */
function recapOf(q: SqlRunner, id: number, finalisedAt: string): FinalisationRecap {
  let cache = recaps.get(q);
  if (!cache) recaps.set(q, (cache = new Map()));
  const key = `${id} ${finalisedAt}`;
  const known = cache.get(key);
  if (known) return known;
  const text = q.one<{ recap: string }>(sql`SELECT recap FROM finalisations WHERE id = ${id}`).recap;
  const recap = JSON.parse(text) as FinalisationRecap;
  if (cache.size >= RECAPS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(key, recap);
  return recap;
}

/** Every finalisation of a period for a unit, newest first, each with the recap as it stood. */
export function finalisationsOf(q: SqlRunner, periodId: number, unitId: number): FinalisationDto[] {
  return q
    .all<FinalisationRecord>(
      sql`SELECT id, revision, finalised_at AS finalisedAt, finalised_by AS finalisedBy,
            deviation_reason AS deviationReason, reopened_at AS reopenedAt, reopened_by AS reopenedBy,
            reopen_reason AS reopenReason
          FROM finalisations WHERE period_id = ${periodId} AND unit_id = ${unitId} ORDER BY revision DESC`,
    )
    .map(({ id, ...row }) => ({ ...row, recap: recapOf(q, id, row.finalisedAt) }));
}

export function latestFinalisationId(q: SqlRunner, periodId: number, unitId: number) {
  return q.get<{ id: number; revision: number; reopenedAt: string | null }>(
    sql`SELECT id, revision, reopened_at AS reopenedAt FROM finalisations
        WHERE period_id = ${periodId} AND unit_id = ${unitId} ORDER BY revision DESC LIMIT 1`,
  );
}
