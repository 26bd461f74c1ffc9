import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../../shared/domain/roles';
import { PASSWORD_MIN } from '../../../../shared/ipc/methods/auth';
import { userCreateInput, userMethods, type UserDto } from '../../../../shared/ipc/methods/users';
import { useMutation } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import {
  applyServerError,
  CheckboxField,
  EmployeePicker,
  RadioGroupField,
  TextField,
} from '../../components/form';

const updateSchema = userMethods['users.update'].input;
const resetSchema = userMethods['users.resetPassword'].input;

const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  hint: ROLE_DESCRIPTIONS[role],
}));

const CREATE_FIELDS = ['username', 'displayName', 'role', 'employeeId', 'password', 'passwordConfirm'];
const UPDATE_FIELDS = ['displayName', 'role', 'employeeId', 'active'];
const RESET_FIELDS = ['password', 'passwordConfirm'];

const EMPLOYEE_HINT =
  'Wajib untuk peran Pegawai. Pengguna yang tertaut menjadi penilai bagi bawahan langsung pegawai itu.';

function DialogButtons({
  onCancel,
  submitLabel,
  pending,
}: {
  onCancel: () => void;
  submitLabel: string;
  pending: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        Batal
      </button>
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid="user-save">
        {pending ? 'Menyimpan…' : submitLabel}
      </button>
    </div>
  );
}

function EmployeeLinkField({ initial }: { initial: UserDto['employee'] }) {
  return (
    <EmployeePicker
      name="employeeId"
      label="Pegawai tertaut"
      hint={EMPLOYEE_HINT}
      initial={initial}
      placeholder="Cari nama atau NIP pegawai…"
      replacePlaceholder="Ketik untuk mengganti pegawai…"
      listLabel="Hasil pencarian pegawai"
      selectedTestId="user-employee-selected"
    />
  );
}

interface CreateProps {
  onClose: () => void;
  onCreated: (user: UserDto) => void;
}

function CreateForm({ onClose, onCreated }: CreateProps) {
  const form = useForm<z.input<typeof userCreateInput>, unknown, z.output<typeof userCreateInput>>({
    resolver: zodResolver(userCreateInput),
    defaultValues: {
      username: '',
      displayName: '',
      role: 'OPERATOR',
      employeeId: null,
      password: '',
      passwordConfirm: '',
    },
  });
  const mutation = useMutation('users.create');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onCreated(result.data);
    else setBanner(applyServerError(form.setError, result.error, CREATE_FIELDS));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label="Tambah pengguna">
        <ErrorBanner message={banner} />
        <div className="form-grid form-grid-2">
          <TextField
            name="username"
            label="Nama pengguna"
            required
            autoFocus
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint="Untuk masuk: huruf kecil, angka, titik, garis bawah, atau tanda hubung; tanpa spasi."
          />
          <TextField
            name="displayName"
            label="Nama tampilan"
            required
            autoComplete="off"
            hint="Ditampilkan di aplikasi dan di jejak audit."
          />
          <div className="span-3">
            <RadioGroupField
              name="role"
              label="Peran"
              options={ROLE_OPTIONS}
              required
              testIdPrefix="user-role"
            />
          </div>
          <div className="span-3">
            <EmployeeLinkField initial={null} />
          </div>
          <TextField
            name="password"
            label="Kata sandi awal"
            type="password"
            required
            autoComplete="new-password"
            hint={`Paling sedikit ${PASSWORD_MIN} karakter.`}
          />
          <TextField
            name="passwordConfirm"
            label="Ulangi kata sandi awal"
            type="password"
            required
            autoComplete="new-password"
          />
        </div>
        <Banner tone="info">
          Sampaikan kata sandi awal kepada pengguna secara langsung. Pengguna wajib menggantinya saat pertama
          kali masuk.
        </Banner>
        <DialogButtons onCancel={onClose} submitLabel="Tambah pengguna" pending={mutation.pending} />
      </form>
    </FormProvider>
  );
}

export function UserCreateDialog({ open, ...props }: CreateProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Tambah pengguna" size="large">
      <CreateForm {...props} />
    </Dialog>
  );
}

interface UserProps {
  user: UserDto;
  /** The signed-in admin: cannot deactivate their own account. */
  isSelf: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

function EditForm({ user, isSelf, onClose, onDone }: UserProps) {
  const form = useForm<z.input<typeof updateSchema>, unknown, z.output<typeof updateSchema>>({
    resolver: zodResolver(updateSchema),
    defaultValues: {
      id: user.id,
      version: user.version,
      displayName: user.displayName,
      role: user.role,
      employeeId: user.employee?.id ?? null,
      active: user.active,
    },
  });
  const mutation = useMutation('users.update');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone(`Data pengguna ${result.data.username} telah disimpan.`);
    else setBanner(applyServerError(form.setError, result.error, UPDATE_FIELDS));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label={`Ubah pengguna ${user.username}`}>
        <ErrorBanner message={banner} />
        <div className="form-grid form-grid-2">
          <div className="field">
            <span className="field-label">Nama pengguna</span>
            <span className="static-value code">{user.username}</span>
            <span className="field-hint">Tidak dapat diubah.</span>
          </div>
          <TextField name="displayName" label="Nama tampilan" required autoFocus autoComplete="off" />
          <div className="span-3">
            <RadioGroupField
              name="role"
              label="Peran"
              options={ROLE_OPTIONS}
              required
              testIdPrefix="user-role"
            />
          </div>
          <div className="span-3">
            <EmployeeLinkField initial={user.employee} />
          </div>
          <div className="span-3">
            <CheckboxField
              name="active"
              label="Akun aktif"
              hint={
                isSelf
                  ? 'Ini akun Anda sendiri: Anda tidak dapat menonaktifkannya.'
                  : 'Akun nonaktif tidak dapat masuk dan sesinya yang berjalan diakhiri. Jejak auditnya tetap tersimpan.'
              }
            />
          </div>
        </div>
        <DialogButtons onCancel={onClose} submitLabel="Simpan" pending={mutation.pending} />
      </form>
    </FormProvider>
  );
}

export function UserEditDialog({ open, ...props }: UserProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title={`Ubah pengguna ${props.user.username}`} size="large">
      <EditForm {...props} />
    </Dialog>
  );
}

function ResetForm({ user, onClose, onDone }: Omit<UserProps, 'isSelf'>) {
  const form = useForm<z.input<typeof resetSchema>, unknown, z.output<typeof resetSchema>>({
    resolver: zodResolver(resetSchema),
    defaultValues: { id: user.id, password: '', passwordConfirm: '' },
  });
  const mutation = useMutation('users.resetPassword');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok)
      onDone(
        `Kata sandi ${result.data.username} telah diatur ulang. Pengguna wajib menggantinya saat masuk berikutnya.`,
      );
    else setBanner(applyServerError(form.setError, result.error, RESET_FIELDS));
  });
  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        className="form-stack"
        aria-label={`Atur ulang kata sandi ${user.username}`}
      >
        <p>
          Kata sandi baru untuk <strong>{user.displayName}</strong> (
          <span className="code">{user.username}</span>
          ). Sesi yang sedang berjalan diakhiri, kunci akun dibuka, dan pengguna wajib mengganti kata sandi
          ini saat masuk berikutnya.
        </p>
        <ErrorBanner message={banner} />
        <TextField
          name="password"
          label="Kata sandi baru"
          type="password"
          required
          autoFocus
          autoComplete="new-password"
          hint={`Paling sedikit ${PASSWORD_MIN} karakter.`}
        />
        <TextField
          name="passwordConfirm"
          label="Ulangi kata sandi baru"
          type="password"
          required
          autoComplete="new-password"
        />
        <DialogButtons onCancel={onClose} submitLabel="Atur ulang kata sandi" pending={mutation.pending} />
      </form>
    </FormProvider>
  );
}

export function ResetPasswordDialog({ open, ...props }: Omit<UserProps, 'isSelf'> & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Atur ulang kata sandi" size="small">
      <ResetForm {...props} />
    </Dialog>
  );
}
