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
  return found;
}
