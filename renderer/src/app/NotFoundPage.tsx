import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { Page } from '../components/Page';

export function NotFoundPage() {
  return (
    <Page title="Halaman tidak ditemukan">
      <EmptyState
        title="Alamat ini tidak dikenal."
        actions={
          <Link to="/" className="btn btn-primary">
            Kembali ke Beranda
          </Link>
        }
      />
    </Page>
  );
}
