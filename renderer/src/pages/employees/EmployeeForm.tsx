import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { formatDateId, formatMonthId } from '../../../../shared/domain/dates';
import { golonganOptions } from '../../../../shared/domain/golongan';
import { formatNip, parseNip } from '../../../../shared/domain/nip';
import { GENDER_LABELS, isPppk, type EmployeeStatus } from '../../../../shared/domain/positions';
import {
  employeeData,
  type EmployeeData,
  type EmployeeDataInput,
  type EmployeeDetail,
} from '../../../../shared/ipc/methods/employees';
import type { UnitDto } from '../../../../shared/ipc/methods/units';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, DateField, SelectField, TextField } from '../../components/form';
import { unitOptions } from '../../lib/units';
import { noticeState } from './notice';
import { FUNCTIONAL_LEVEL_OPTIONS, GENDER_OPTIONS, POSITION_TYPE_OPTIONS, STATUS_OPTIONS } from './options';
import { SupervisorField } from './SupervisorField';

const FIELDS = [
  'nip',
  'name',
  'frontTitle',
  'backTitle',
  'gender',
  'birthPlace',
  'birthDate',
  'status',
  'golongan',
  'positionName',
  'positionType',
  'functionalLevel',
  'unitId',
  'supervisorId',
  'tmtJabatan',
] as const satisfies readonly (keyof EmployeeDataInput)[];

function defaultsFrom(
  employee: EmployeeDetail | null,
  unitId: number | null,
): DefaultValues<EmployeeDataInput> {
  if (!employee) {
    return {
      nip: '',
      name: '',
      frontTitle: '',
      backTitle: '',
      birthPlace: '',
      birthDate: '',
      status: 'PNS',
      golongan: '',
      positionName: '',
      functionalLevel: null,
      supervisorId: null,
      tmtJabatan: '',
      ...(unitId !== null ? { unitId } : {}),
    };
  }
  return {
    nip: formatNip(employee.nip),
    name: employee.name,
    frontTitle: employee.frontTitle,
    backTitle: employee.backTitle,
    gender: employee.gender,
    birthPlace: employee.birthPlace,
    birthDate: employee.birthDate,
    status: employee.status,
    golongan: employee.golongan ?? '',
    positionName: employee.positionName,
    positionType: employee.positionType,
    functionalLevel: employee.functionalLevel,
    unitId: employee.unitId,
    supervisorId: employee.supervisor?.id ?? null,
    tmtJabatan: employee.tmtJabatan ?? '',
  };
}

/** What the typed NIP says, shown under the field once it parses. */
function nipHint(nip: string, status: EmployeeStatus): string {
  const parsed = parseNip(nip ?? '', status);
  const generic =
    'Tepat 18 digit, boleh diketik dengan spasi. Tanggal lahir dan jenis kelamin diisi dari NIP.';
  if (!parsed.ok) return generic;
  const parts = [`lahir ${formatDateId(parsed.birthDate)}`, GENDER_LABELS[parsed.gender].toLowerCase()];
  if (parsed.tmtCpns) parts.push(`TMT CPNS ${formatMonthId(parsed.tmtCpns)}`);
  if (parsed.appointmentYear) parts.push(`diangkat tahun ${parsed.appointmentYear}`);
  return `Terbaca dari NIP: ${parts.join(', ')}.`;
}

interface EmployeeFormProps {
  /** The pegawai being edited; null creates a new one. */
  employee: EmployeeDetail | null;
  units: UnitDto[];
  /** Preselected unit kerja for a new pegawai. */
  defaultUnitId?: number | null;
}

export function EmployeeForm({ employee, units, defaultUnitId = null }: EmployeeFormProps) {
  const navigate = useNavigate();
  const form = useForm<EmployeeDataInput, unknown, EmployeeData>({
    resolver: zodResolver(employeeData),
    defaultValues: defaultsFrom(employee, defaultUnitId),
  });
  const { setValue, getValues, setError, control } = form;
  const create = useMutation('employees.create');
  const update = useMutation('employees.update');
  const [banner, setBanner] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const status = useWatch({ control, name: 'status' }) ?? 'PNS';
  const positionType = useWatch({ control, name: 'positionType' });
  const nip = useWatch({ control, name: 'nip' }) ?? '';
  const golongan = useMemo(() => golonganOptions(status), [status]);
  const unitChoices = useMemo(() => unitOptions(units), [units]);

  const onStatusChange = () => {
    const next = getValues('status') ?? 'PNS';
    const current = getValues('golongan') ?? '';
    if (current !== '' && !golonganOptions(next).some((option) => option.value === current)) {
      setValue('golongan', '');
    }
  };

  const onNipChange = () => {
    const parsed = parseNip(getValues('nip') ?? '', getValues('status') ?? 'PNS');
    if (!parsed.ok) return;
    const filled = { shouldDirty: true, shouldValidate: true };
    if (!getValues('birthDate')) setValue('birthDate', parsed.birthDate, filled);
    if (!getValues('gender')) setValue('gender', parsed.gender, filled);
  };

  const onPositionTypeChange = () => {
    if (getValues('positionType') !== 'FUNGSIONAL') setValue('functionalLevel', null);
  };

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = employee
      ? await update.run({ id: employee.id, version: employee.version, data: values })
      : await create.run(values);
    if (result.ok) {
      navigate(`/pegawai/${result.data.id}`, {
        replace: employee !== null,
        state: noticeState(
          employee ? 'Perubahan data pegawai telah disimpan.' : 'Pegawai baru telah disimpan.',
        ),
      });
      return;
    }
    setBanner(applyServerError(setError, result.error, FIELDS));
    setStale(result.error.code === 'CONFLICT' && !result.error.fields);
  });

  const pending = create.pending || update.pending;
  const cancelTo = employee ? `/pegawai/${employee.id}` : '/pegawai';

  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        className="form"
        aria-label={employee ? 'Ubah data pegawai' : 'Pegawai baru'}
      >
        <ErrorBanner
          message={banner}
          actions={
            stale &&
            employee && (
              <Link to={`/pegawai/${employee.id}`} className="btn btn-secondary btn-small">
                Buka data terbaru
              </Link>
            )
          }
        />
        <fieldset className="card form-section">
          <legend className="card-title">Identitas pegawai</legend>
          <div className="form-grid">
            <SelectField
              name="status"
              label="Status kepegawaian"
              options={STATUS_OPTIONS}
              required
              registerOptions={{ onChange: onStatusChange }}
            />
            <TextField
              name="nip"
              label={isPppk(status) ? 'NI PPPK' : 'NIP'}
              required
              inputMode="numeric"
              autoComplete="off"
              placeholder="19860926 201505 1 001"
              hint={nipHint(nip, status)}
              fieldClassName="span-2"
              registerOptions={{ onChange: onNipChange }}
            />
            <TextField name="frontTitle" label="Gelar depan" placeholder="Drs." autoComplete="off" />
            <TextField name="name" label="Nama (tanpa gelar)" required autoComplete="off" />
            <TextField
              name="backTitle"
              label="Gelar belakang"
              placeholder="S.Sos., M.Si."
              autoComplete="off"
            />
            <SelectField
              name="gender"
              label="Jenis kelamin"
              options={GENDER_OPTIONS}
              placeholder="— Pilih —"
              required
            />
            <TextField name="birthPlace" label="Tempat lahir" autoComplete="off" />
            <DateField name="birthDate" label="Tanggal lahir" required />
          </div>
        </fieldset>

        <fieldset className="card form-section">
          <legend className="card-title">Jabatan dan unit kerja</legend>
          <div className="form-grid">
            <TextField
              name="positionName"
              label="Nama jabatan"
              required
              autoComplete="off"
              placeholder="Contoh: Kepala Seksi Pemerintahan dan Pelayanan Publik"
              fieldClassName="span-3"
            />
            <SelectField
              name="positionType"
              label="Jenis jabatan"
              options={POSITION_TYPE_OPTIONS}
              placeholder="— Pilih —"
              required
              registerOptions={{ onChange: onPositionTypeChange }}
            />
            {positionType === 'FUNGSIONAL' && (
              <SelectField
                name="functionalLevel"
                label="Jenjang jabatan fungsional"
                options={FUNCTIONAL_LEVEL_OPTIONS}
                placeholder="— Pilih jenjang —"
                required
                registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
              />
            )}
            <SelectField
              name="golongan"
              label={status === 'PNS' ? 'Pangkat / golongan ruang' : 'Golongan'}
              options={golongan}
              placeholder={status === 'PPPK_PARUH_WAKTU' ? '— Tanpa golongan —' : '— Pilih golongan —'}
              required={status !== 'PPPK_PARUH_WAKTU'}
            />
            <DateField
              name="tmtJabatan"
              label="TMT jabatan"
              hint="Terhitung mulai tanggal menduduki jabatan ini."
            />
            <SelectField
              name="unitId"
              label="Unit kerja"
              options={unitChoices}
              placeholder="— Pilih unit kerja —"
              required
              fieldClassName="span-3"
              registerOptions={{ valueAsNumber: true }}
            />
            <div className="span-3">
              <SupervisorField initial={employee?.supervisor ?? null} excludeId={employee?.id ?? null} />
            </div>
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="employee-save">
            {pending ? 'Menyimpan…' : 'Simpan'}
          </button>
          <Link to={cancelTo} className="btn btn-secondary">
            Batal
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
