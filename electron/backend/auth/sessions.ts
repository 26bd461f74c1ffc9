import { createHash, randomBytes } from 'node:crypto';

export interface Session {
  userId: number;
  createdAt: number;
  lastActivityAt: number;
  locked: boolean;
}

export type SessionState =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'locked'; session: Session }
  | { state: 'active'; session: Session };

/** A session ends after this long whatever the activity: the next morning means signing in again. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sessions live in memory only (a restart signs everyone out) and are keyed by the token's SHA-256, so the
 * token itself is never kept. 256 random bits each.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(userId: number, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(digest(token), { userId, createdAt: now, lastActivityAt: now, locked: false });
    return token;
  }

  /** Looks the token up; idleness beyond `idleMs` locks it, age beyond the maximum ends it. */
  resolve(token: string | null, now: number, idleMs: number): SessionState {
    if (!token) return { state: 'none' };
    const key = digest(token);
    const session = this.sessions.get(key);
    if (!session) return { state: 'none' };
    if (now - session.createdAt > SESSION_MAX_AGE_MS) {
      this.sessions.delete(key);
      return { state: 'expired' };
    }
    if (now - session.lastActivityAt > idleMs) session.locked = true;
    return session.locked ? { state: 'locked', session } : { state: 'active', session };
  }

  touch(session: Session, now: number): void {
    session.lastActivityAt = now;
  }

  unlock(session: Session, now: number): void {
    session.locked = false;
    session.lastActivityAt = now;
  }

  end(token: string | null): void {
    if (token) this.sessions.delete(digest(token));
  }

  /** Signs a user out everywhere (deactivated, or password reset by an admin). */
  endAllFor(userId: number): void {
    for (const [key, session] of this.sessions) if (session.userId === userId) this.sessions.delete(key);
  }
}
