import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../../shared/domain/positions';
import { unitMethods, type UnitDto } from '../../../../shared/ipc/methods/units';
import { useMutation } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { applyServerError, SelectField, TextField } from '../../components/form';
import { unitOptions } from '../../lib/units';

const createSchema = unitMethods['units.create'].input;
const renameSchema = unitMethods['units.rename'].input;
const moveSchema = unitMethods['units.move'].input;

const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));

/** The usual kind of a new unit under this parent; the user may still choose another. */
function childKindOf(parent: UnitDto | null): UnitKind {
  if (!parent) return 'KECAMATAN';
  if (parent.kind === 'SEKRETARIAT') return 'SUBBAGIAN';
  if (parent.kind === 'KECAMATAN') return 'SEKSI';
  return 'SUBBAGIAN';
}

function DialogButtons({
  onCancel,
  submitLabel,
  pending,
  testId,
}: {
  onCancel: () => void;
  submitLabel: string;
  pending: boolean;
  testId: string;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        Batal
      </button>
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid={testId}>
        {pending ? 'Menyimpan…' : submitLabel}
      </button>
    </div>
  );
}

interface CreateProps {
  parent: UnitDto | null;
  onClose: () => void;
  onCreated: (unit: UnitDto) => void;
}

function CreateForm({ parent, onClose, onCreated }: CreateProps) {
  const form = useForm<z.input<typeof createSchema>, unknown, z.output<typeof createSchema>>({
    resolver: zodResolver(createSchema),
    defaultValues: { name: '', kind: childKindOf(parent), parentId: parent?.id ?? null },
  });
  const mutation = useMutation('units.create');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onCreated(result.data);
    else setBanner(applyServerError(form.setError, result.error, ['name', 'kind']));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack">
        {parent && (
          <p>
            Di bawah <strong>{parent.name}</strong>
          </p>
        )}
        <ErrorBanner message={banner} />
        <TextField name="name" label="Nama unit kerja" required autoFocus autoComplete="off" />
        <SelectField name="kind" label="Jenis unit" options={KIND_OPTIONS} required />
        <DialogButtons
          onCancel={onClose}
          submitLabel="Tambah"
          pending={mutation.pending}
          testId="unit-create-save"
        />
      </form>
    </FormProvider>
  );
}

export function UnitCreateDialog({ open, ...props }: CreateProps & { open: boolean }) {
  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      title={props.parent ? 'Tambah sub-unit' : 'Tambah unit utama'}
    >
      <CreateForm {...props} />
    </Dialog>
  );
}

interface UnitProps {
  unit: UnitDto;
  onClose: () => void;
  onDone: (message: string) => void;
}

function RenameForm({ unit, onClose, onDone }: UnitProps) {
  const form = useForm<z.input<typeof renameSchema>, unknown, z.output<typeof renameSchema>>({
    resolver: zodResolver(renameSchema),
    defaultValues: { id: unit.id, name: unit.name },
  });
  const mutation = useMutation('units.rename');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone(`Nama unit diubah menjadi ${result.data.name}.`);
    else setBanner(applyServerError(form.setError, result.error, ['name']));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack">
        <ErrorBanner message={banner} />
        <TextField name="name" label="Nama unit kerja" required autoFocus autoComplete="off" />
        <DialogButtons
          onCancel={onClose}
          submitLabel="Simpan"
          pending={mutation.pending}
          testId="unit-rename-save"
        />
      </form>
    </FormProvider>
  );
}

export function UnitRenameDialog({ open, ...props }: UnitProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Ubah nama unit kerja">
      <RenameForm {...props} />
    </Dialog>
  );
}

function MoveForm({ unit, units, onClose, onDone }: UnitProps & { units: UnitDto[] }) {
  const form = useForm<z.input<typeof moveSchema>, unknown, z.output<typeof moveSchema>>({
    resolver: zodResolver(moveSchema),
    defaultValues: { id: unit.id, ...(unit.parentId !== null ? { parentId: unit.parentId } : {}) },
  });
  const mutation = useMutation('units.move');
  const [banner, setBanner] = useState<string | null>(null);
  const options = unitOptions(units).filter((option) => option.value !== String(unit.id));
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await mutation.run(values);
    if (result.ok) onDone(`${unit.name} telah dipindahkan.`);
    else setBanner(applyServerError(form.setError, result.error, ['parentId']));
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack">
        <p>
          Pindahkan <strong>{unit.name}</strong> beserta seluruh sub-unit dan pegawainya ke bawah unit lain.
        </p>
        <ErrorBanner message={banner} />
        <SelectField
          name="parentId"
          label="Unit induk yang baru"
          options={options}
          placeholder="— Pilih unit induk —"
          required
          registerOptions={{ valueAsNumber: true }}
        />
        <DialogButtons
          onCancel={onClose}
          submitLabel="Pindahkan"
          pending={mutation.pending}
          testId="unit-move-save"
        />
      </form>
    </FormProvider>
  );
}

export function UnitMoveDialog({ open, ...props }: UnitProps & { units: UnitDto[]; open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Pindahkan unit kerja">
      <MoveForm {...props} />
    </Dialog>
  );
}

function DeleteContent({ unit, onClose, onDone }: UnitProps) {
  const mutation = useMutation('units.delete');
  const [refusal, setRefusal] = useState<string | null>(null);
  const confirm = async () => {
    setRefusal(null);
    const result = await mutation.run({ id: unit.id });
    if (result.ok) onDone(`${unit.name} telah dihapus.`);
    else setRefusal(result.error.message);
  };
  return (
    <div className="form-stack">
      {refusal ? (
        <Banner tone="error" title="Unit kerja tidak dihapus">
          {refusal}
        </Banner>
      ) : (
        <p>
          Hapus unit kerja <strong>{unit.name}</strong>? Hanya unit tanpa sub-unit dan tanpa pegawai yang
          dapat dihapus.
        </p>
      )}
      <div className="dialog-actions">
        <button
          key={refusal ? 'close' : 'cancel'}
          type="button"
          className="btn btn-secondary"
          onClick={onClose}
          autoFocus={refusal !== null}
        >
          {refusal ? 'Tutup' : 'Batal'}
        </button>
        {!refusal && (
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void confirm()}
            disabled={mutation.pending}
            data-testid="unit-delete-confirm"
          >
            {mutation.pending ? 'Menghapus…' : 'Hapus'}
          </button>
        )}
      </div>
    </div>
  );
}

export function UnitDeleteDialog({ open, ...props }: UnitProps & { open: boolean }) {
  return (
    <Dialog open={open} onClose={props.onClose} title="Hapus unit kerja" size="small">
      <DeleteContent {...props} />
    </Dialog>
  );
}
