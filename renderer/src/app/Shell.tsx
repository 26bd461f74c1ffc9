import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { ROLE_LABELS } from '../../../shared/domain/roles';
import { useQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';
import { ChangePasswordForm } from '../pages/auth/ChangePasswordForm';
import { NotFoundPage } from './NotFoundPage';
import { ROUTES, type AppRoute } from './routes';
import { useSession } from './session';

function ForbiddenPage() {
  return (
    <Page title="Tidak ada akses">
      <EmptyState title="Halaman ini tidak tersedia untuk peran Anda.">
        Hubungi admin kepegawaian bila Anda memerlukan akses.
      </EmptyState>
    </Page>
  );
}

function UserMenu() {
  const { user, signOut } = useSession();
  const [changing, setChanging] = useState(false);
  return (
    <div className="user-menu">
      <span className="user-identity">
        <span className="user-name">{user.displayName}</span>
        <span className="user-role">{ROLE_LABELS[user.role]}</span>
      </span>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setChanging(true)}>
        Ganti kata sandi
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() => void signOut()}
        data-testid="logout"
      >
        Keluar
      </button>
      <Dialog open={changing} onClose={() => setChanging(false)} title="Ganti kata sandi" size="small">
        <ChangePasswordForm onDone={() => setChanging(false)} onCancel={() => setChanging(false)} />
      </Dialog>
    </div>
  );
}

export function Shell() {
  const settings = useQuery('settings.get', {});
  const { user } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);
  const allowed = (route: AppRoute) =>
    (!route.roles || route.roles.includes(user.role)) && (route.visible?.(user) ?? true);

  // After navigating to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    mainRef.current?.scrollTo({ top: 0 });
  }, [pathname]);

  // The router owns the URL hash, so the skip link moves focus itself instead of following "#konten".
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  const office = settings.data;
  return (
    <div className="shell">
      <a className="skip-link" href="#konten" onClick={skipToContent}>
        Langsung ke konten utama
      </a>
      <aside className="sidebar">
        <Link to="/" className="brand" aria-label="SIPKA, ke Beranda">
          {office?.logoDataUrl ? (
            <img className="brand-logo" src={office.logoDataUrl} alt="" />
          ) : (
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
          )}
          <span className="brand-text">
            <span className="brand-name">SIPKA</span>
            <span className="brand-tagline">Penilaian Kinerja ASN</span>
          </span>
        </Link>
        <nav aria-label="Menu utama">
          <ul className="nav-list">
            {ROUTES.filter((route) => route.nav && allowed(route)).map((route) => (
              <li key={route.path}>
                <NavLink to={route.path} end={route.path === '/'} className="nav-link">
                  {route.nav && <Icon name={route.nav.icon} />}
                  <span>{route.nav?.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <header className="topbar">
        <div className="topbar-office">
          <span className="topbar-office-name">{office?.officeName || 'SIPKA'}</span>
          {office?.instansiName && <span className="topbar-office-detail">{office.instansiName}</span>}
        </div>
        <UserMenu />
      </header>
      <main id="konten" className="main" ref={mainRef} tabIndex={-1}>
        <Routes>
          {ROUTES.map((route) => (
            <Route
              key={route.path}
              path={route.path}
              element={allowed(route) ? route.element : <ForbiddenPage />}
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </div>
  );
}
