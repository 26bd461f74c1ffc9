import { useQuery } from '../api/hooks';
import { Banner } from '../components/Banner';
import { Loading } from '../components/Loading';
import { SetupWizard } from '../pages/setup/SetupWizard';
import { AuthGate } from './AuthGate';
import { Shell } from './Shell';

/**
 * First asks whether the office has been set up: a fresh installation gets the wizard instead of the app.
 * After that, nothing but the sign-in screen shows until a user is signed in.
 */
export function App() {
  const status = useQuery('setup.status', {});

  if (status.data === undefined) {
    return (
      <div className="fullscreen-center">
        {status.error ? (
          <div className="fullscreen-message">
            <Banner
              tone="error"
              title="SIPKA belum dapat dibuka"
              actions={
                <button type="button" className="btn btn-primary" onClick={status.reload}>
                  Coba lagi
                </button>
              }
            >
              {status.error.message}
            </Banner>
          </div>
        ) : (
          <Loading label="Membuka SIPKA…" />
        )}
      </div>
    );
  }
  if (status.data.needsSetup) return <SetupWizard />;
  return (
    <AuthGate officeName={status.data.officeName}>
      <Shell />
    </AuthGate>
  );
}
