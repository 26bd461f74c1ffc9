import type { Role } from '../domain/roles';

/**
 * What a method needs from its caller, declared beside its schema and checked by dispatch before the handler
 * runs. A relation names the employee the call is about; being a penilai is a relation, not a role.
 */
export type Access<I> =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | {
      kind: 'roles';
      roles: readonly Role[];
      /** Also allowed when the caller's linked employee stands in this relation to the employee it names. */
      or?: RelationCheck<I>;
    };

/**
 * The employee a relation is checked against: named in the input (`employeeOf`), or the pegawai whose SKP the
 * input names (`skpOf`, resolved by the backend; an SKP that does not exist satisfies no relation).
 */
export type RelationCheck<I> = { relation: Relation } & (
  { employeeOf: (input: I) => number } | { skpOf: (input: I) => number }
);

/**
 * self: the caller is that employee. appraiser: the caller is that employee's atasan langsung (may approve and
 * rate). selfOrAppraiser: either of those (realisasi may be entered by the pegawai or the penilai). viewer: self,
 * or anywhere above that employee in the atasan chain (read-only).
 */
export type Relation = 'self' | 'appraiser' | 'selfOrAppraiser' | 'viewer';

export const publicAccess = { kind: 'public' } as const;
export const signedIn = { kind: 'signedIn' } as const;

export function roles<I>(allowed: readonly Role[], or?: RelationCheck<I>): Access<I> {
  return or ? { kind: 'roles', roles: allowed, or } : { kind: 'roles', roles: allowed };
}

/** read: no rows change. write: dispatch runs it in one transaction and requires an audit entry. own: the
 * handler keeps its own transactions (sign-in bookkeeping must commit even when the answer is an error). */
export type Effect = 'read' | 'write' | 'own';
