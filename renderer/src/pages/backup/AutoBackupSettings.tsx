import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { backupSettingsInput, type BackupSettings } from '../../../../shared/ipc/methods/backup';
import { useMutation, useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { formatCount } from '../../lib/format';

type Values = z.input<typeof backupSettingsInput>;
type Parsed = z.output<typeof backupSettingsInput>;

function SettingsForm({ settings }: { settings: BackupSettings }) {
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(backupSettingsInput),
    defaultValues: { autoBackupKeep: settings.autoBackupKeep },
  });
  const mutation = useMutation('backup.settings.update');
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) {
      form.reset({ autoBackupKeep: result.data.autoBackupKeep });
      setSaved((n) => n + 1);
    } else {
      setBanner(applyServerError(form.setError, result.error, ['autoBackupKeep']));
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label="Pengaturan salinan otomatis">
        <ErrorBanner message={banner} />
        {saved > 0 && !banner && <Banner tone="success">Pengaturan salinan otomatis telah disimpan.</Banner>}
        <TextField
          name="autoBackupKeep"
          label="Jumlah salinan otomatis yang disimpan"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          required
          registerOptions={{ valueAsNumber: true }}
          fieldClassName="keep-field"
          hint="Salinan harian yang lebih lama dihapus otomatis. Salinan sebelum pemulihan tidak pernah dihapus."
        />
        <div className="form-actions">
          <button
            type="submit"
            className="btn btn-secondary"
            disabled={mutation.pending}
            data-testid="backup-keep-save"
          >
            {mutation.pending ? 'Menyimpan…' : 'Simpan pengaturan'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

/** How many daily automatic copies are kept: an ADMIN changes it, an OPERATOR only reads it. */
export function AutoBackupSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useQuery('backup.settings.get', {});
  if (settings.error) return <ErrorBanner message={settings.error.message} onRetry={settings.reload} />;
  if (!settings.data) return null;
  if (!canEdit) {
    return (
      <p className="card-note">
        SIPKA menyimpan {formatCount(settings.data.autoBackupKeep)} salinan otomatis terakhir. Hanya admin
        yang dapat mengubahnya.
      </p>
    );
  }
  return <SettingsForm settings={settings.data} />;
}
