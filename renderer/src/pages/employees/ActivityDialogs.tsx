import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { todayIso } from '../../../../shared/domain/dates';
import { setActivityInput, type EmployeeDetail } from '../../../../shared/ipc/methods/employees';
import type { z } from 'zod';
import { useMutation } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { applyServerError, DateField, SelectField, TextAreaField } from '../../components/form';
import { INACTIVE_OPTIONS } from './options';

type ActivityInput = z.input<typeof setActivityInput>;
type ActivityOutput = z.output<typeof setActivityInput>;
const ACTIVITY_FIELDS = ['activity', 'since', 'note'] as const;

interface DialogProps {
  employee: EmployeeDetail;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

function DeactivateForm({ employee, onClose, onDone }: Omit<DialogProps, 'open'>) {
  const form = useForm<ActivityInput, unknown, ActivityOutput>({
    resolver: zodResolver(setActivityInput),
    defaultValues: { id: employee.id, version: employee.version, since: todayIso(), note: '' },
  });
  const mutation = useMutation('employees.setActivity');
  const [banner, setBanner] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone(`${employee.fullName} telah dinonaktifkan.`);
    else setBanner(applyServerError(form.setError, result.error, ACTIVITY_FIELDS));
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack">
        <p>
          Pegawai yang tidak aktif tetap tersimpan dalam riwayat, tetapi tidak lagi dihitung sejak tanggal
          berlaku.
        </p>
        <ErrorBanner message={banner} />
        <SelectField
          name="activity"
          label="Status keaktifan"
          options={INACTIVE_OPTIONS}
          placeholder="— Pilih alasan —"
          required
        />
        <DateField name="since" label="Tanggal berlaku" required />
        <TextAreaField name="note" label="Keterangan" hint="Misalnya nomor dan tanggal surat keputusan." />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Batal
          </button>
          <button
            type="submit"
            className="btn btn-danger"
            disabled={mutation.pending}
            data-testid="deactivate-save"
          >
            {mutation.pending ? 'Menyimpan…' : 'Nonaktifkan'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

export function DeactivateDialog({ employee, open, onClose, onDone }: DialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={`Nonaktifkan ${employee.fullName}`}>
      <DeactivateForm employee={employee} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

export function ReactivateDialog({ employee, open, onClose, onDone }: DialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Aktifkan kembali pegawai" size="small">
      <ReactivateContent employee={employee} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function ReactivateContent({ employee, onClose, onDone }: Omit<DialogProps, 'open'>) {
  const mutation = useMutation('employees.setActivity');
  const [banner, setBanner] = useState<string | null>(null);

  const confirm = async () => {
    setBanner(null);
    const result = await mutation.run({ id: employee.id, version: employee.version, activity: 'AKTIF' });
    if (result.ok) onDone(`${employee.fullName} telah diaktifkan kembali.`);
    else setBanner(result.error.message);
  };

  return (
    <div className="form-stack">
      <ErrorBanner message={banner} />
      <p>
        Aktifkan kembali <strong>{employee.fullName}</strong>? Tanggal dan keterangan nonaktif akan dihapus.
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Batal
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void confirm()}
          disabled={mutation.pending}
          data-testid="reactivate-confirm"
        >
          {mutation.pending ? 'Menyimpan…' : 'Aktifkan kembali'}
        </button>
      </div>
    </div>
  );
}

interface DeleteDialogProps {
  employee: EmployeeDetail;
  open: boolean;
  onClose: () => void;
  onDeleted: () => void;
  /** Offered when the backend refuses because other records still refer to the pegawai. */
  onDeactivateInstead: () => void;
}

export function DeleteDialog({ open, onClose, ...rest }: DeleteDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Hapus data pegawai" size="small">
      <DeleteContent onClose={onClose} {...rest} />
    </Dialog>
  );
}

function DeleteContent({
  employee,
  onClose: close,
  onDeleted,
  onDeactivateInstead,
}: Omit<DeleteDialogProps, 'open'>) {
  const mutation = useMutation('employees.delete');
  const [refusal, setRefusal] = useState<{ message: string; conflict: boolean } | null>(null);
  const offerDeactivate = refusal?.conflict === true && employee.activity === 'AKTIF';

  const confirm = async () => {
    setRefusal(null);
    const result = await mutation.run({ id: employee.id });
    if (result.ok) onDeleted();
    else setRefusal({ message: result.error.message, conflict: result.error.code === 'CONFLICT' });
  };

  return (
    <div className="form-stack">
      {refusal ? (
        <Banner tone="error" title="Data tidak dihapus">
          {refusal.message}
        </Banner>
      ) : (
        <p>
          Hapus data <strong>{employee.fullName}</strong> secara permanen? Tindakan ini tidak dapat
          dibatalkan. Untuk pegawai yang pindah, pensiun, atau berhenti, gunakan <em>Nonaktifkan</em>.
        </p>
      )}
      <div className="dialog-actions">
        <button
          key={refusal ? 'close' : 'cancel'}
          type="button"
          className="btn btn-secondary"
          onClick={close}
          autoFocus={refusal !== null && !offerDeactivate}
        >
          {refusal ? 'Tutup' : 'Batal'}
        </button>
        {offerDeactivate && (
          <button type="button" className="btn btn-primary" onClick={onDeactivateInstead} autoFocus>
            Nonaktifkan saja
          </button>
        )}
        {!refusal && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void confirm()}
            disabled={mutation.pending}
            data-testid="delete-confirm"
          >
            {mutation.pending ? 'Menghapus…' : 'Hapus'}
          </button>
        )}
      </div>
    </div>
  );
}
