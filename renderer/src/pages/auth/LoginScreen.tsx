import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { loginSchema } from './schemas';

export function LoginScreen({ officeName }: { officeName?: string }) {
  usePageTitle('Masuk');
  const form = useForm<z.input<typeof loginSchema>, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });
  const mutation = useMutation('auth.login');
  const [banner, setBanner] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (!result.ok) {
      setBanner(applyServerError(form.setError, result.error, ['username', 'password']));
      form.setValue('password', '');
    }
  });

  return (
    <div className="auth-screen">
      <main className="auth-card">
        <div className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <div>
            <p className="auth-app">SIPKA</p>
            <p className="auth-office">{officeName || 'Sistem Informasi Penilaian Kinerja ASN'}</p>
          </div>
        </div>
        <h1 className="auth-title">Masuk</h1>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="form-stack">
            <ErrorBanner message={banner} />
            <TextField name="username" label="Nama pengguna" autoComplete="username" autoFocus required />
            <TextField
              name="password"
              label="Kata sandi"
              type="password"
              autoComplete="current-password"
              required
            />
            <button
              type="submit"
              className="btn btn-primary btn-block"
              disabled={mutation.pending}
              data-testid="login-submit"
            >
              {mutation.pending ? 'Memeriksa…' : 'Masuk'}
            </button>
          </form>
        </FormProvider>
      </main>
    </div>
  );
}
