import { useParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { EmployeeForm } from './EmployeeForm';

export function EmployeeEditPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery('employees.get', { id }, { enabled: valid });
  const units = useQuery('units.list', {});
  const error = valid ? (detail.error ?? units.error) : { message: 'Pegawai tidak ditemukan.' };

  return (
    <Page
      title={detail.data ? `Ubah data ${detail.data.fullName}` : 'Ubah data pegawai'}
      eyebrow={
        <BackLink
          to={valid ? `/pegawai/${id}` : '/pegawai'}
          label={detail.data ? detail.data.fullName : 'Daftar pegawai'}
        />
      }
      subtitle="Kolom bertanda * wajib diisi."
    >
      {/* The form is built once from the loaded record; a background refetch must not reset what is typed. */}
      {detail.data && units.data ? (
        <EmployeeForm key={detail.data.id} employee={detail.data} units={units.data} />
      ) : error ? (
        <ErrorBanner message={error.message} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
