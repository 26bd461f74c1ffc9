import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { CurrentUser } from '../../../../shared/ipc/methods/auth';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { unlockSchema } from './schemas';

/**
 * Shown over the page after the session was idle too long: the page underneath stays as it was (unsaved
 * input included) and becomes usable again once the password is entered. It cannot be dismissed with Escape.
 */
export function LockOverlay({ user, onSignOut }: { user: CurrentUser; onSignOut: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const form = useForm<z.input<typeof unlockSchema>, unknown, z.output<typeof unlockSchema>>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { password: '' },
  });
  const mutation = useMutation('auth.unlock');
  const [banner, setBanner] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (!result.ok) {
      setBanner(applyServerError(form.setError, result.error, ['password']));
      form.setValue('password', '');
    }
  });

  return (
    <dialog
      ref={ref}
      className="dialog dialog-small lock-dialog"
      aria-labelledby="lock-title"
      onCancel={(event) => event.preventDefault()}
    >
      <div className="dialog-header">
        <h2 id="lock-title">Layar terkunci</h2>
      </div>
      <div className="dialog-body">
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="form-stack">
            <p>
              SIPKA dikunci karena lama tidak digunakan. Masukkan kata sandi{' '}
              <strong>{user.displayName}</strong> untuk melanjutkan.
            </p>
            <ErrorBanner message={banner} />
            <TextField
              name="password"
              label="Kata sandi"
              type="password"
              autoComplete="current-password"
              autoFocus
              required
            />
            <div className="dialog-actions">
              <button type="button" className="btn btn-secondary" onClick={onSignOut}>
                Keluar
              </button>
              <button
                type="submit"
                className="btn btn-primary"
                disabled={mutation.pending}
                data-testid="unlock-submit"
              >
                {mutation.pending ? 'Memeriksa…' : 'Buka kunci'}
              </button>
            </div>
          </form>
        </FormProvider>
      </div>
    </dialog>
  );
}
