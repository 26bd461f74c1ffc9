import type { AuditChanges } from '../../../shared/ipc/methods/audit';
import { canonicalJson } from './canonical';

/** Bookkeeping fields that change on every write and say nothing to a reader of the trail. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'searchName', 'failedAttempts', 'lastLoginAt']);
/** Recorded as changed, never with their value. */
const SECRET = new Set(['passwordHash']);
export const HIDDEN_VALUE = '(disembunyikan)';

type Fields = Record<string, unknown>;

/** The fields whose value differs between two versions of a record; a missing side means created or deleted. */
export function diffRecords(before: Fields | null, after: Fields | null): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of [...keys].sort()) {
    if (IGNORED.has(key)) continue;
    const from = before?.[key];
    const to = after?.[key];
    if (before && after && canonicalJson(from) === canonicalJson(to)) continue;
    if (!before && (to === null || to === undefined || to === '')) continue;
    const hide = SECRET.has(key);
    changes[key] = {
      ...(before ? { from: hide ? HIDDEN_VALUE : (from ?? null) } : {}),
      ...(after ? { to: hide ? HIDDEN_VALUE : (to ?? null) } : {}),
    };
  }
  return changes;
}
