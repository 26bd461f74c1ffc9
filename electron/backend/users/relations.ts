import { sql } from 'drizzle-orm';
import type { Relation } from '../../../shared/ipc/access';
import type { BackendContext, Caller } from '../context';
import { supervisorChain } from '../employees/queries';

/**
 * THE penilai rule (PermenPAN-RB 6/2022: the pejabat penilai kinerja is the atasan langsung): a user linked to
 * an employee may approve and rate exactly the employees whose atasan that employee is.
 */
export function canAppraise(ctx: BackendContext, caller: Caller, employeeId: number): boolean {
  if (caller.employeeId === null || caller.employeeId === employeeId) return false;
  const row = ctx.sql.get<{ supervisorId: number | null }>(
    sql`SELECT supervisor_id AS supervisorId FROM employees WHERE id = ${employeeId}`,
  );
  return row?.supervisorId === caller.employeeId;
}

/** Read-only reach: one's own record and everyone below one in the atasan chain. */
export function canView(ctx: BackendContext, caller: Caller, employeeId: number): boolean {
  if (caller.employeeId === null) return false;
  return supervisorChain(ctx.sql, employeeId).includes(caller.employeeId);
}

export function relationHolds(
  ctx: BackendContext,
  caller: Caller,
  relation: Relation,
  employeeId: number,
): boolean {
  switch (relation) {
    case 'self':
      return caller.employeeId !== null && caller.employeeId === employeeId;
    case 'appraiser':
      return canAppraise(ctx, caller, employeeId);
    case 'selfOrAppraiser':
      return caller.employeeId === employeeId || canAppraise(ctx, caller, employeeId);
    case 'viewer':
      return canView(ctx, caller, employeeId);
  }
}
