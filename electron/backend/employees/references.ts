import { sql } from 'drizzle-orm';
import { subordinatesOf } from './queries';
import type { BackendContext } from '../context';

/**
 * Human-readable list of what still refers to an employee, so a delete can say why it is refused.
 * Capabilities that reference employees (SKP, evaluations …) add their check here.
 */
export function referencesTo(ctx: BackendContext, employeeId: number): string[] {
  const found: string[] = [];
  const subordinates = subordinatesOf(ctx.sql, employeeId);
  if (subordinates.length > 0) {
    const names = subordinates.slice(0, 3).map((s) => s.fullName);
    const more = subordinates.length > 3 ? ` dan ${subordinates.length - 3} lainnya` : '';
    found.push(`atasan langsung dari ${subordinates.length} pegawai (${names.join(', ')}${more})`);
  }
  const skp = ctx.sql.one<{ own: number; appraised: number }>(
    sql`SELECT (SELECT count(*) FROM skps WHERE employee_id = ${employeeId}) AS own,
      (SELECT count(DISTINCT skp_id) FROM skp_revisions WHERE appraiser_employee_id = ${employeeId}) AS appraised`,
  );
  if (skp.own > 0) found.push(`memiliki ${skp.own} SKP`);
  if (skp.appraised > 0) found.push(`tercatat sebagai pejabat penilai pada ${skp.appraised} SKP`);
  return found;
}
