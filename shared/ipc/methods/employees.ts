import { z } from 'zod';
import {
  ACTIVITY_STATES,
  EMPLOYEE_STATUSES,
  FUNCTIONAL_LEVELS,
  GENDERS,
  POSITION_TYPES,
  type ActivityState,
  type EmployeeStatus,
  type FunctionalLevel,
  type Gender,
  type PositionType,
} from '../../domain/positions';
import { checkEmployeeIdentity } from '../../domain/employee-rules';
import { HR_ROLES } from '../../domain/roles';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import { id, isoDate, optionalText, requiredText } from './fields';

const optionalDate = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Tanggal tidak valid');

/** The editable fields of a pegawai, as the form sends them. Domain rules run in superRefine, on both sides. */
export const employeeData = z
  .object({
    nip: z
      .string({ error: 'NIP wajib diisi' })
      .trim()
      .min(1, 'NIP wajib diisi')
      .max(40, 'NIP terlalu panjang'),
    name: requiredText('Nama', 120),
    frontTitle: optionalText('Gelar depan', 40),
    backTitle: optionalText('Gelar belakang', 60),
    gender: z.enum(GENDERS, { error: 'Pilih jenis kelamin' }),
    birthPlace: optionalText('Tempat lahir', 80),
    birthDate: isoDate('Tanggal lahir'),
    status: z.enum(EMPLOYEE_STATUSES, { error: 'Pilih status kepegawaian' }),
    golongan: z.string().trim().max(10).default(''),
    positionName: requiredText('Nama jabatan', 160),
    positionType: z.enum(POSITION_TYPES, { error: 'Pilih jenis jabatan' }),
    functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable().default(null),
    unitId: z.number({ error: 'Pilih unit kerja' }).int().positive('Pilih unit kerja'),
    supervisorId: id.nullable().default(null),
    tmtJabatan: optionalDate,
  })
  .transform((value, ctx) => {
    const checked = checkEmployeeIdentity(value);
    for (const issue of checked.issues)
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    return checked.ok ? { ...value, ...checked.normalized } : z.NEVER;
  });

export type EmployeeDataInput = z.input<typeof employeeData>;
export type EmployeeData = z.output<typeof employeeData>;

export interface PersonRef {
  id: number;
  nip: string;
  fullName: string;
  positionName: string;
  activity: ActivityState;
}

export interface EmployeeListRow extends PersonRef {
  status: EmployeeStatus;
  golongan: string | null;
  positionType: PositionType;
  unitId: number;
  unitName: string;
}

export interface EmployeeDetail {
  id: number;
  version: number;
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  fullName: string;
  gender: Gender;
  birthPlace: string;
  birthDate: string;
  status: EmployeeStatus;
  golongan: string | null;
  positionName: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  unitId: number;
  unitName: string;
  supervisor: PersonRef | null;
  subordinates: PersonRef[];
  tmtJabatan: string | null;
  activity: ActivityState;
  inactiveSince: string | null;
  inactiveNote: string;
  createdAt: string;
  updatedAt: string;
}

export interface EmployeePage {
  rows: EmployeeListRow[];
  total: number;
  page: number;
  pageSize: number;
}

export const EMPLOYEE_SORTS = ['name', 'nip', 'unit', 'position', 'golongan'] as const;
export type EmployeeSort = (typeof EMPLOYEE_SORTS)[number];

export const ACTIVITY_FILTERS = ['ACTIVE', 'INACTIVE', 'ALL'] as const;

export const employeeListInput = z.object({
  query: z.string().trim().max(100, 'Kata kunci terlalu panjang').default(''),
  unitId: id.nullable().default(null),
  includeSubunits: z.boolean().default(true),
  status: z.enum(EMPLOYEE_STATUSES).nullable().default(null),
  positionType: z.enum(POSITION_TYPES).nullable().default(null),
  activity: z.enum(ACTIVITY_FILTERS).default('ACTIVE'),
  sort: z.enum(EMPLOYEE_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});
export type EmployeeListInput = z.input<typeof employeeListInput>;

export const setActivityInput = z
  .object({
    id,
    version: z.number().int().positive(),
    activity: z.enum(ACTIVITY_STATES, { error: 'Pilih status keaktifan' }),
    since: optionalDate,
    note: optionalText('Keterangan', 500),
  })
  .refine((v) => v.activity === 'AKTIF' || v.since !== '', {
    path: ['since'],
    message: 'Tanggal berlaku wajib diisi untuk pegawai yang tidak aktif',
  });

export const employeeMethods = {
  'employees.list': method({ input: employeeListInput, output: returns<EmployeePage>(), access: signedIn }),
  'employees.get': method({
    input: z.object({ id }),
    output: returns<EmployeeDetail>(),
    access: roles(HR_ROLES, { relation: 'viewer', employeeOf: (input: { id: number }) => input.id }),
  }),
  'employees.create': method({
    input: employeeData,
    output: returns<EmployeeDetail>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'employees.update': method({
    input: z.object({ id, version: z.number().int().positive(), data: employeeData }),
    output: returns<EmployeeDetail>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'employees.setActivity': method({
    input: setActivityInput,
    output: returns<EmployeeDetail>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'employees.delete': method({
    input: z.object({ id }),
    output: returns<{ id: number }>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
};
