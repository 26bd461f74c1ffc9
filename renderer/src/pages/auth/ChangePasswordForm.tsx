import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PASSWORD_MIN } from '../../../../shared/ipc/methods/auth';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { changePasswordSchema } from './schemas';

interface ChangePasswordFormProps {
  onDone?: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
}

export function ChangePasswordForm({ onDone, onCancel, cancelLabel = 'Batal' }: ChangePasswordFormProps) {
  const form = useForm<z.input<typeof changePasswordSchema>, unknown, z.output<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', password: '', passwordConfirm: '' },
  });
  const mutation = useMutation('auth.changePassword');
  const [banner, setBanner] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone?.();
    else
      setBanner(
        applyServerError(form.setError, result.error, ['currentPassword', 'password', 'passwordConfirm']),
      );
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack">
        <ErrorBanner message={banner} />
        <TextField
          name="currentPassword"
          label="Kata sandi saat ini"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
        />
        <TextField
          name="password"
          label="Kata sandi baru"
          type="password"
          autoComplete="new-password"
          required
          hint={`Paling sedikit ${PASSWORD_MIN} karakter.`}
        />
        <TextField
          name="passwordConfirm"
          label="Ulangi kata sandi baru"
          type="password"
          autoComplete="new-password"
          required
        />
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" className="btn btn-secondary" onClick={onCancel}>
              {cancelLabel}
            </button>
          )}
          <button
            type="submit"
            className="btn btn-primary"
            disabled={mutation.pending}
            data-testid="password-save"
          >
            {mutation.pending ? 'Menyimpan…' : 'Simpan kata sandi'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
