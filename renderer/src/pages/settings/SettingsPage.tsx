import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import {
  officeSettingsInput,
  type OfficeSettings,
  type OfficeSettingsInput,
  type SettingsDto,
} from '../../../../shared/ipc/methods/settings';
import { useMutation, useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { applyServerError } from '../../components/form';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { OFFICE_FIELDS, OfficeFields, officeDefaults } from './OfficeFields';

function SettingsForm({ settings }: { settings: SettingsDto }) {
  const form = useForm<OfficeSettingsInput, unknown, OfficeSettings>({
    resolver: zodResolver(officeSettingsInput),
    defaultValues: officeDefaults(settings),
  });
  const mutation = useMutation('settings.update');
  const [banner, setBanner] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) {
      form.reset(officeDefaults(result.data));
      setSavedCount((n) => n + 1);
    } else {
      setBanner(applyServerError(form.setError, result.error, OFFICE_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form" aria-label="Pengaturan kantor">
        {savedCount > 0 && !banner && (
          <Banner tone="success" scrollKey={String(savedCount)}>
            Pengaturan telah disimpan.
          </Banner>
        )}
        <ErrorBanner message={banner} />
        <OfficeFields showSecurity />
        <div className="form-actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={mutation.pending}
            data-testid="settings-save"
          >
            {mutation.pending ? 'Menyimpan…' : 'Simpan pengaturan'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

export function SettingsPage() {
  const settings = useQuery('settings.get', {});
  return (
    <Page
      title="Pengaturan"
      subtitle="Identitas kantor, kop surat, dan keamanan. Dipakai di seluruh dokumen cetak."
    >
      <ErrorBanner message={settings.error?.message} onRetry={settings.reload} />
      {/* useForm reads its defaults once, so a refetch after saving never overwrites what is being typed. */}
      {settings.data ? <SettingsForm settings={settings.data} /> : !settings.error && <Loading />}
    </Page>
  );
}
