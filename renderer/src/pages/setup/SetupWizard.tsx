import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PASSWORD_MIN } from '../../../../shared/ipc/methods/auth';
import {
  firstAdminInput,
  officeSettingsInput,
  type OfficeSettings,
  type OfficeSettingsInput,
} from '../../../../shared/ipc/methods/settings';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { OFFICE_FIELDS, OfficeFields, officeDefaults } from '../settings/OfficeFields';

type AdminInput = z.input<typeof firstAdminInput>;
type Admin = z.output<typeof firstAdminInput>;
const ADMIN_FIELDS = ['username', 'displayName', 'password', 'passwordConfirm'] as const;

/** Suggestions for the office this app was built for; another kecamatan simply types over them. */
const SUGGESTED_OFFICE = officeDefaults({
  instansiName: 'Pemerintah Kota Surabaya',
  officeName: 'Kecamatan Gayungan',
  cityName: 'Kota Surabaya',
  placeName: 'Surabaya',
  letterheadLines: ['PEMERINTAH KOTA SURABAYA', 'KECAMATAN GAYUNGAN'],
});

const STEPS = ['Data kantor', 'Akun admin', 'Data awal'] as const;
type Step = 0 | 1 | 2;

function StepList({ current }: { current: Step }) {
  return (
    <ol className="steps" aria-label="Langkah pengaturan awal">
      {STEPS.map((label, index) => (
        <li
          key={label}
          className={index === current ? 'step is-current' : index < current ? 'step is-done' : 'step'}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {index + 1}
          </span>
          <span>{label}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * First run: office settings, the first admin account, and whether to load the Kecamatan Gayungan demo data.
 * Every step's form stays mounted (hidden), so going back keeps what was typed and an error from the final
 * call can be shown beside its field on the step it belongs to.
 */
export function SetupWizard() {
  usePageTitle('Pengaturan awal');
  const [step, setStep] = useState<Step>(0);
  const [office, setOffice] = useState<OfficeSettings | null>(null);
  const [admin, setAdmin] = useState<Admin | null>(null);
  const [loadDemo, setLoadDemo] = useState(true);
  const [banner, setBanner] = useState<string | null>(null);
  const complete = useMutation('setup.complete');
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const shownStep = useRef(step);

  // Moving between steps replaces most of the page: start keyboard and screen-reader users at its heading.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headings.current[step]?.focus();
  }, [step]);

  const officeForm = useForm<OfficeSettingsInput, unknown, OfficeSettings>({
    resolver: zodResolver(officeSettingsInput),
    defaultValues: SUGGESTED_OFFICE,
  });
  const adminForm = useForm<AdminInput, unknown, Admin>({
    resolver: zodResolver(firstAdminInput),
    defaultValues: { username: 'admin', displayName: '', password: '', passwordConfirm: '' },
  });

  const toStep = (next: Step) => {
    setBanner(null);
    setStep(next);
  };

  const submitOffice = officeForm.handleSubmit((values) => {
    setOffice(values);
    toStep(1);
  });
  const submitAdmin = adminForm.handleSubmit((values) => {
    setAdmin(values);
    toStep(2);
  });

  const finish = async () => {
    if (!office || !admin) return;
    setBanner(null);
    const result = await complete.run({ office, admin, loadDemo });
    if (result.ok) return;
    const fields = Object.keys(result.error.fields ?? {});
    if (fields.some((key) => key.startsWith('office.'))) {
      setStep(0);
      setBanner(applyServerError(officeForm.setError, result.error, OFFICE_FIELDS, 'office.'));
    } else if (fields.some((key) => key.startsWith('admin.'))) {
      setStep(1);
      setBanner(applyServerError(adminForm.setError, result.error, ADMIN_FIELDS, 'admin.'));
    } else {
      setBanner(result.error.message);
    }
  };

  return (
    <div className="wizard">
      <main className="wizard-card" aria-labelledby="wizard-title">
        <header className="wizard-header">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <div>
            <h1 id="wizard-title">Selamat datang di SIPKA</h1>
            <p>Sistem Informasi Penilaian Kinerja ASN. Tiga langkah singkat sebelum mulai.</p>
          </div>
        </header>
        <StepList current={step} />
        <ErrorBanner message={banner} />

        <div hidden={step !== 0}>
          <FormProvider {...officeForm}>
            <form onSubmit={submitOffice} noValidate className="form" aria-label="Data kantor">
              <h2
                className="wizard-step-title"
                tabIndex={-1}
                ref={(el) => {
                  headings.current[0] = el;
                }}
              >
                Langkah 1: Data kantor
              </h2>
              <p className="card-note">Sudah diisi dengan saran untuk Kecamatan Gayungan; ubah bila perlu.</p>
              <OfficeFields />
              <div className="form-actions form-actions-end">
                <button type="submit" className="btn btn-primary" data-testid="setup-next-office">
                  Lanjut
                </button>
              </div>
            </form>
          </FormProvider>
        </div>

        <div hidden={step !== 1}>
          <FormProvider {...adminForm}>
            <form onSubmit={submitAdmin} noValidate className="form" aria-label="Akun admin">
              <h2
                className="wizard-step-title"
                tabIndex={-1}
                ref={(el) => {
                  headings.current[1] = el;
                }}
              >
                Langkah 2: Akun admin kepegawaian
              </h2>
              <p className="card-note">
                Akun ini dapat mengatur pengguna lain, pengaturan kantor, dan seluruh data pegawai.
              </p>
              <div className="card form-section">
                <div className="form-grid form-grid-2">
                  <TextField name="displayName" label="Nama tampilan" required autoComplete="name" />
                  <TextField
                    name="username"
                    label="Nama pengguna"
                    required
                    autoComplete="username"
                    hint="Huruf kecil, angka, titik, garis bawah, atau tanda hubung."
                  />
                  <TextField
                    name="password"
                    label="Kata sandi"
                    type="password"
                    required
                    autoComplete="new-password"
                    hint={`Paling sedikit ${PASSWORD_MIN} karakter.`}
                  />
                  <TextField
                    name="passwordConfirm"
                    label="Ulangi kata sandi"
                    type="password"
                    required
                    autoComplete="new-password"
                  />
                </div>
              </div>
              <div className="form-actions form-actions-split">
                <button type="button" className="btn btn-secondary" onClick={() => toStep(0)}>
                  Kembali
                </button>
                <button type="submit" className="btn btn-primary" data-testid="setup-next-admin">
                  Lanjut
                </button>
              </div>
            </form>
          </FormProvider>
        </div>

        <div hidden={step !== 2}>
          <form
            className="form"
            aria-label="Data awal"
            onSubmit={(event) => {
              event.preventDefault();
              void finish();
            }}
          >
            <h2
              className="wizard-step-title"
              tabIndex={-1}
              ref={(el) => {
                headings.current[2] = el;
              }}
            >
              Langkah 3: Data awal
            </h2>
            <fieldset className="card form-section">
              <legend className="card-title">Muat data contoh Kecamatan Gayungan?</legend>
              <p className="card-note">
                Data contoh berisi susunan unit kerja Kecamatan Gayungan dan pegawai fiktif untuk mencoba
                SIPKA. Data ini dapat diubah atau dihapus kemudian.
              </p>
              <div className="radio-group">
                <label className="radio">
                  <input
                    type="radio"
                    name="loadDemo"
                    value="yes"
                    checked={loadDemo}
                    onChange={() => setLoadDemo(true)}
                  />
                  <span>
                    <strong>Ya, muat data contoh</strong>
                    <span className="radio-hint">Cocok untuk pelatihan dan uji coba.</span>
                  </span>
                </label>
                <label className="radio">
                  <input
                    type="radio"
                    name="loadDemo"
                    value="no"
                    checked={!loadDemo}
                    onChange={() => setLoadDemo(false)}
                  />
                  <span>
                    <strong>Tidak, mulai dengan data kosong</strong>
                    <span className="radio-hint">Unit kerja dan pegawai diisi sendiri.</span>
                  </span>
                </label>
              </div>
            </fieldset>
            <div className="form-actions form-actions-split">
              <button type="button" className="btn btn-secondary" onClick={() => toStep(1)}>
                Kembali
              </button>
              <button
                type="submit"
                className="btn btn-primary"
                disabled={complete.pending}
                data-testid="setup-finish"
              >
                {complete.pending ? 'Menyiapkan…' : 'Selesai dan mulai'}
              </button>
            </div>
          </form>
        </div>
      </main>
    </div>
  );
}
