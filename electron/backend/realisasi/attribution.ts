import type { EnteredAs } from '../../../shared/ipc/methods/realisasi';
import type { RequestContext } from '../context';
import { canAppraise } from '../users/relations';

/** Who a realisasi or a bukti dukung is credited to, as the entry shows it ("Diisi oleh …"). */
export interface Attribution {
  userId: number | null;
  name: string;
  as: EnteredAs;
  /** When, if not now (demo data dated inside its period). */
  at?: string;
}

/**
 * The pegawai themself, their pejabat penilai, or the HR office by role. Work the app does itself (demo data)
 * is credited to the system as ADMIN unless the caller names someone.
 */
export function attributionOf(ctx: RequestContext, employeeId: number): Attribution {
  const caller = ctx.caller;
  if (!caller) return { userId: null, name: 'Sistem', as: 'ADMIN' };
  const as: EnteredAs =
    caller.employeeId === employeeId
      ? 'PEGAWAI'
      : canAppraise(ctx, caller, employeeId)
        ? 'PENILAI'
        : caller.role === 'OPERATOR'
          ? 'OPERATOR'
          : caller.role === 'ADMIN'
            ? 'ADMIN'
            : 'PEGAWAI';
  return { userId: caller.userId, name: caller.displayName, as };
}
