import { eq } from 'drizzle-orm';
import type { authMethods, CurrentUser } from '../../../shared/ipc/methods/auth';
import { recordEvent } from '../audit/trail';
import type { BackendContext, RequestContext } from '../context';
import { users } from '../db/schema';
import { AppError } from '../errors';
import type { Handler } from '../handlers';
import { readIdleLockMinutes } from '../settings/store';
import { findUserByUsername, findUserRow, toCurrentUser, type UserRow } from '../users/queries';
import { isLocked, lockedMessage, lockedUntilAfterFailure } from './lockout';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword, verifyPasswordSync } from './password';

type AuthMethod = keyof typeof authMethods;

/** One message for a wrong username and a wrong password: no hint which one it was. */
export const WRONG_CREDENTIALS = 'Nama pengguna atau kata sandi salah.';

export function idleLockMs(ctx: BackendContext): number {
  return readIdleLockMinutes(ctx.sql) * 60 * 1000;
}

function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message);
}

/** Counts a wrong password; the fifth in a row locks the account. Commits on its own: the call then fails. */
function recordFailure(ctx: RequestContext, user: UserRow, what: string): string | null {
  const failedAttempts = user.failedAttempts + 1;
  const lockedUntil = lockedUntilAfterFailure(failedAttempts, ctx.now());
  ctx.db.transaction(() => {
    ctx.db
      .update(users)
      .set({ failedAttempts: lockedUntil ? 0 : failedAttempts, lockedUntil })
      .where(eq(users.id, user.id))
      .run();
    recordEvent(
      ctx,
      'user',
      user.id,
      `${what} gagal untuk ${user.username} (salah kata sandi ke-${failedAttempts}).`,
    );
    if (lockedUntil)
      recordEvent(ctx, 'user', user.id, `Akun ${user.username} terkunci sampai ${lockedUntil}.`);
  });
  return lockedUntil;
}

function signedInUser(ctx: RequestContext, user: UserRow, password: string): CurrentUser {
  const now = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .update(users)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(needsRehash(user.passwordHash) ? { passwordHash: hashPassword(password) } : {}),
      })
      .where(eq(users.id, user.id))
      .run();
    ctx.session.token = ctx.sessions.create(user.id, ctx.now().getTime());
    recordEvent({ ...ctx, caller: callerOf(user) }, 'user', user.id, `${user.username} masuk.`);
  });
  return toCurrentUser(findUserRow(ctx.sql, user.id)!);
}

export function callerOf(user: UserRow) {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    employeeId: user.employeeId,
  };
}

export const authHandlers = {
  'auth.session': (ctx) => {
    const idleMs = idleLockMs(ctx);
    const state = ctx.sessions.resolve(ctx.session.token, ctx.now().getTime(), idleMs);
    const minutes = idleMs / 60_000;
    if (state.state !== 'active' && state.state !== 'locked')
      return { user: null, locked: false, idleLockMinutes: minutes };
    const user = findUserRow(ctx.sql, state.session.userId);
    if (!user || !user.active) return { user: null, locked: false, idleLockMinutes: minutes };
    return { user: toCurrentUser(user), locked: state.state === 'locked', idleLockMinutes: minutes };
  },

  'auth.login': async (ctx, input) => {
    const user = findUserByUsername(ctx.sql, input.username);
    if (!user) {
      await verifyPassword(input.password, DUMMY_HASH);
      ctx.db.transaction(() =>
        recordEvent(ctx, 'user', null, `Percobaan masuk gagal dengan nama pengguna "${input.username}".`),
      );
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (isLocked(user.lockedUntil, ctx.now())) throw unauthenticated(lockedMessage(user.lockedUntil!));
    if (!(await verifyPassword(input.password, user.passwordHash))) {
      const lockedUntil = recordFailure(ctx, user, 'Masuk');
      throw unauthenticated(lockedUntil ? lockedMessage(lockedUntil) : WRONG_CREDENTIALS);
    }
    if (!user.active) throw unauthenticated('Akun ini dinonaktifkan. Hubungi admin kepegawaian.');
    ctx.sessions.end(ctx.session.token);
    return signedInUser(ctx, user, input.password);
  },

  'auth.unlock': async (ctx, input) => {
    const state = ctx.sessions.resolve(ctx.session.token, ctx.now().getTime(), idleLockMs(ctx));
    if (state.state !== 'locked' && state.state !== 'active')
      throw unauthenticated('Sesi sudah berakhir. Silakan masuk kembali.');
    const user = findUserRow(ctx.sql, state.session.userId);
    if (!user || !user.active) throw unauthenticated('Sesi sudah berakhir. Silakan masuk kembali.');
    if (!(await verifyPassword(input.password, user.passwordHash))) {
      const lockedUntil = recordFailure(ctx, user, 'Membuka kunci sesi');
      if (lockedUntil) {
        ctx.sessions.end(ctx.session.token);
        ctx.session.token = null;
        throw unauthenticated(lockedMessage(lockedUntil));
      }
      throw new AppError('VALIDATION', 'Kata sandi salah.', { password: 'Kata sandi salah.' });
    }
    ctx.sessions.unlock(state.session, ctx.now().getTime());
    return toCurrentUser(user);
  },

  'auth.logout': (ctx) => {
    ctx.db.transaction(() => recordEvent(ctx, 'user', ctx.caller!.userId, `${ctx.caller!.username} keluar.`));
    ctx.sessions.end(ctx.session.token);
    ctx.session.token = null;
    return { ok: true as const };
  },

  'auth.changePassword': (ctx, input) => {
    const user = findUserRow(ctx.sql, ctx.caller!.userId)!;
    if (!verifyPasswordSync(input.currentPassword, user.passwordHash)) {
      throw new AppError('VALIDATION', 'Kata sandi lama salah.', {
        currentPassword: 'Kata sandi lama salah.',
      });
    }
    ctx.db
      .update(users)
      .set({
        passwordHash: hashPassword(input.password),
        mustChangePassword: false,
        version: user.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(users.id, user.id))
      .run();
    recordEvent(ctx, 'user', user.id, `${user.username} mengganti kata sandinya.`);
    return toCurrentUser(findUserRow(ctx.sql, user.id)!);
  },
} satisfies { [M in AuthMethod]: Handler<M> };
