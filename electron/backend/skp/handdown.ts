import { sql } from 'drizzle-orm';
import { rhkMatchKey } from '../../../shared/domain/skp';
import type { RequestContext } from '../context';
import { AppError, fieldError } from '../errors';
import { assertYearOpen, beginEdit, identityOf, powersOver, requireSkp } from './guard';
import { createRhk } from './plan';
import { pickSkp, rhkOfRevision, skpsOfEmployee } from './queries';
import { createSkp } from './workflow';

/**
 * From the matrix: the atasan gives a bawahan starting Utama RHK, each intervening one of the atasan's RHK. The
 * bawahan's SKP of the year is created when there is none; RHK whose text the SKP already has are not added
 * twice. Returns the bawahan's SKP id.
 */
export function handDown(
  ctx: RequestContext,
  input: { appraiserSkpId: number; employeeId: number; rhk: { parentRhkId: number; text: string }[] },
): number {
  const appraiserSkp = requireSkp(ctx, input.appraiserSkpId);
  assertYearOpen(appraiserSkp);
  const powers = powersOver(ctx, input.employeeId);
  if (!powers.hr && ctx.caller?.employeeId !== appraiserSkp.employeeId) {
    throw new AppError('FORBIDDEN', 'RHK hanya dapat diturunkan dari SKP Anda sendiri.');
  }
  const supervisor = ctx.sql.get<{ s: number | null }>(
    sql`SELECT supervisor_id AS s FROM employees WHERE id = ${input.employeeId}`,
  );
  if (supervisor?.s !== appraiserSkp.employeeId) {
    const bawahan = identityOf(ctx, input.employeeId).employee.fullName;
    const atasan = identityOf(ctx, appraiserSkp.employeeId).employee.fullName;
    throw fieldError('employeeId', `${bawahan} bukan bawahan langsung ${atasan}.`);
  }
  const existing = pickSkp(skpsOfEmployee(ctx.sql, input.employeeId, appraiserSkp.yearId), appraiserSkp);
  const skpId =
    existing?.id ??
    createSkp(
      ctx,
      {
        employeeId: input.employeeId,
        yearId: appraiserSkp.yearId,
        startDate: '',
        endDate: '',
        approach: 'KUANTITATIF',
      },
      'Dibuat dari matriks pembagian peran dan hasil.',
    ).skpId;
  const version = requireSkp(ctx, skpId).version;
  const target = beginEdit(ctx, skpId, version);
  const present = new Set(rhkOfRevision(ctx.sql, target.revision.id).map((r) => rhkMatchKey(r.text)));
  for (const item of input.rhk) {
    const key = rhkMatchKey(item.text);
    if (present.has(key)) continue;
    present.add(key);
    createRhk(ctx, target, {
      group: 'UTAMA',
      text: item.text,
      parentRhkId: item.parentRhkId,
      externalParentText: '',
      iki: [],
    });
  }
  return skpId;
}
