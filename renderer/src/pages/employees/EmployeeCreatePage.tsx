import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { EmployeeForm } from './EmployeeForm';

export function EmployeeCreatePage() {
  const [params] = useSearchParams();
  const units = useQuery('units.list', {});
  const unitParam = Number(params.get('unit'));
  const defaultUnitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : null;

  return (
    <Page
      title="Tambah Pegawai"
      eyebrow={<BackLink to="/pegawai" label="Daftar pegawai" />}
      subtitle="Kolom bertanda * wajib diisi."
    >
      <ErrorBanner message={units.error?.message} onRetry={units.reload} />
      {units.data ? (
        <EmployeeForm employee={null} units={units.data} defaultUnitId={defaultUnitId} />
      ) : (
        !units.error && <Loading />
      )}
    </Page>
  );
}
