import { useSearchParams } from 'react-router';
import { useIsHrStaff, useSession } from '../../app/session';
import { positiveInt } from '../../lib/params';

export type EvaluationScope = 'mine' | 'all';

export interface ScopeChoice {
  scope: EvaluationScope;
  unitId: number | null;
  /** Whether the caller may switch between "bawahan saya" and "semua pegawai". */
  canChoose: boolean;
  set: (patch: { scope?: EvaluationScope; unitId?: number | null }) => void;
}

/**
 * Whose evaluations a page lists, kept in the URL (`?lingkup=all&unit=3`) so the per-bawahan screen can walk the
 * same list. HR staff see everyone by default; anyone else their own bawahan.
 */
export function useScopeChoice(): ScopeChoice {
  const [params, setParams] = useSearchParams();
  const hr = useIsHrStaff();
  const { user } = useSession();
  const raw = params.get('lingkup');
  const scope: EvaluationScope = hr ? (raw === 'mine' && user.employeeId !== null ? 'mine' : 'all') : 'mine';
  const unitId = hr && scope === 'all' ? positiveInt(params.get('unit')) : null;
  const set = (patch: { scope?: EvaluationScope; unitId?: number | null }) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (patch.scope !== undefined) copy.set('lingkup', patch.scope);
        if (patch.unitId !== undefined) {
          if (patch.unitId === null) copy.delete('unit');
          else copy.set('unit', String(patch.unitId));
        }
        return copy;
      },
      { replace: true },
    );
  return { scope, unitId, canChoose: hr && user.employeeId !== null, set };
}

/** The query string that carries year, period, scope and unit between the list and the per-bawahan screen. */
export function listQuery(params: {
  year: number | undefined;
  periodId: number | undefined;
  scope: EvaluationScope;
  unitId: number | null;
}): string {
  const query = new URLSearchParams();
  if (params.year !== undefined) query.set('tahun', String(params.year));
  if (params.periodId !== undefined) query.set('periode', String(params.periodId));
  query.set('lingkup', params.scope);
  if (params.unitId !== null) query.set('unit', String(params.unitId));
  return `?${query.toString()}`;
}
