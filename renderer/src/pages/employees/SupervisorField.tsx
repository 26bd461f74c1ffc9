import type { PersonRef } from '../../../../shared/ipc/methods/employees';
import { EmployeePicker } from '../../components/form';

interface SupervisorFieldProps {
  /** The atasan already recorded (edit), shown until the user picks another. */
  initial: PersonRef | null;
  /** The pegawai being edited, who cannot be their own atasan. */
  excludeId: number | null;
}

/** Atasan langsung: searches active pegawai by name or NIP as the user types. */
export function SupervisorField({ initial, excludeId }: SupervisorFieldProps) {
  return (
    <EmployeePicker
      name="supervisorId"
      label="Atasan langsung"
      hint="Ketik nama atau NIP, lalu pilih dari daftar. Kosongkan bila tidak ada atasan di kantor ini."
      initial={initial}
      excludeId={excludeId}
      placeholder="Cari nama atau NIP atasan…"
      replacePlaceholder="Ketik untuk mengganti atasan…"
      listLabel="Hasil pencarian atasan"
      selectedTestId="supervisor-selected"
    />
  );
}
