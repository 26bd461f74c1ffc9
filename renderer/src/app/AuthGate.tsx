import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { onSignInRequired, rpc } from '../api/client';
import { invalidateQueries, useQuery } from '../api/hooks';
import { ErrorBanner } from '../components/Banner';
import { Loading } from '../components/Loading';
import { ChangePasswordForm } from '../pages/auth/ChangePasswordForm';
import { LockOverlay } from '../pages/auth/LockOverlay';
import { LoginScreen } from '../pages/auth/LoginScreen';
import { SessionContext, type SessionValue } from './session';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Asks the backend again once the user has been idle past the lock time, so the lock shows without a click. */
function useIdleRecheck(minutes: number | undefined, recheck: () => void) {
  useEffect(() => {
    if (!minutes) return;
    let last = Date.now();
    let checked = false;
    const mark = () => {
      last = Date.now();
      checked = false;
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, mark, { passive: true });
    const timer = window.setInterval(() => {
      if (!checked && Date.now() - last > minutes * 60_000 + 2_000) {
        checked = true;
        recheck();
      }
    }, 15_000);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, mark);
      window.clearInterval(timer);
    };
  }, [minutes, recheck]);
}

/** Shows the sign-in screen, the lock, or a forced password change before the app itself. */
export function AuthGate({ officeName, children }: { officeName: string; children: ReactNode }) {
  const session = useQuery('auth.session', {});
  const { reload } = session;
  useEffect(() => onSignInRequired(reload), [reload]);
  useIdleRecheck(session.data?.user ? session.data.idleLockMinutes : undefined, reload);

  const signOut = useCallback(async () => {
    await rpc('auth.logout', {});
    invalidateQueries();
  }, []);

  const user = session.data?.user ?? null;
  const value = useMemo<SessionValue | null>(() => (user ? { user, signOut } : null), [user, signOut]);

  if (!session.data) {
    return (
      <div className="fullscreen-center">
        {session.error ? (
          <div className="fullscreen-message">
            <ErrorBanner message={session.error.message} onRetry={reload} />
          </div>
        ) : (
          <Loading label="Memeriksa sesi…" />
        )}
      </div>
    );
  }
  if (!user || !value) return <LoginScreen officeName={officeName} />;
  if (user.mustChangePassword) {
    return (
      <div className="auth-screen">
        <main className="auth-card">
          <h1 className="auth-title">Ganti kata sandi</h1>
          <p>Sebelum melanjutkan, ganti kata sandi sementara Anda dengan kata sandi baru.</p>
          <ChangePasswordForm onCancel={() => void signOut()} cancelLabel="Keluar" />
        </main>
      </div>
    );
  }
  return (
    <SessionContext.Provider value={value}>
      {children}
      {session.data.locked && <LockOverlay user={user} onSignOut={() => void signOut()} />}
    </SessionContext.Provider>
  );
}
