import type { Access } from '../../shared/ipc/access';
import type { MethodName } from '../../shared/ipc/contract';
import { idleLockMs } from './auth/handlers';
import type { BackendContext, Caller, RequestContext, SessionHolder } from './context';
import { AppError } from './errors';
import { skpEmployeeId } from './skp/queries';
import { relationHolds } from './users/relations';
import { findUserRow } from './users/queries';

/** While a password must be changed, only these may be called. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'auth.session',
  'auth.changePassword',
  'auth.logout',
]);

export interface Authenticated {
  caller: Caller | null;
  /** Marks activity on the session once the call has run. */
  touch: () => void;
}

/** Who is calling: the active session's user, or an UNAUTHENTICATED error for anything but a public method. */
export function authenticate(
  ctx: BackendContext,
  session: SessionHolder,
  method: MethodName,
  access: Access<unknown>,
): Authenticated {
  const now = ctx.now().getTime();
  const state = ctx.sessions.resolve(session.token, now, idleLockMs(ctx));
  const isPublic = access.kind === 'public';
  if (state.state !== 'active') {
    if (isPublic) return { caller: null, touch: () => {} };
    if (state.state === 'locked') {
      throw new AppError(
        'UNAUTHENTICATED',
        'Sesi terkunci karena lama tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.',
        undefined,
        'SESSION_LOCKED',
      );
    }
    if (state.state === 'expired') {
      throw new AppError(
        'UNAUTHENTICATED',
        'Sesi Anda telah berakhir. Silakan masuk kembali.',
        undefined,
        'SESSION_EXPIRED',
      );
    }
    throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  }
  const user = findUserRow(ctx.sql, state.session.userId);
  if (!user || !user.active) {
    ctx.sessions.end(session.token);
    if (isPublic) return { caller: null, touch: () => {} };
    throw new AppError(
      'UNAUTHENTICATED',
      'Akun ini tidak aktif lagi. Silakan hubungi admin kepegawaian.',
      undefined,
      'SESSION_EXPIRED',
    );
  }
  if (user.mustChangePassword && !isPublic && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(method)) {
    throw new AppError(
      'FORBIDDEN',
      'Ganti kata sandi Anda terlebih dahulu.',
      undefined,
      'MUST_CHANGE_PASSWORD',
    );
  }
  const caller: Caller = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    employeeId: user.employeeId,
  };
  return {
    caller,
    touch: isPublic ? () => {} : () => ctx.sessions.touch(state.session, ctx.now().getTime()),
  };
}

function refuse(): AppError {
  return new AppError('FORBIDDEN', 'Anda tidak berwenang melakukan tindakan ini.');
}

/**
 * Checks the caller's role before the input is even parsed. Returns true when the role alone does not allow
 * the call but a relation to the employee named in the input might (checked by authorizeRelation).
 */
export function authorizeRole(ctx: RequestContext, access: Access<unknown>): boolean {
  if (access.kind !== 'roles') return false;
  const caller = ctx.caller;
  if (!caller) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  if (access.roles.includes(caller.role)) return false;
  if (!access.or) throw refuse();
  return true;
}

export function authorizeRelation(ctx: RequestContext, access: Access<unknown>, input: unknown): void {
  if (access.kind !== 'roles' || !access.or || !ctx.caller) throw refuse();
  const or = access.or;
  const employeeId = 'employeeOf' in or ? or.employeeOf(input) : skpEmployeeId(ctx.sql, or.skpOf(input));
  if (employeeId === undefined || !relationHolds(ctx, ctx.caller, or.relation, employeeId)) throw refuse();
}
