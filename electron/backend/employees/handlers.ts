import { eq } from 'drizzle-orm';
import { searchKey } from '../../../shared/domain/names';
import type { EmployeeData, EmployeeDetail, employeeMethods } from '../../../shared/ipc/methods/employees';
import { HR_ROLES } from '../../../shared/domain/roles';
import { recordChange } from '../audit/trail';
import type { BackendContext } from '../context';
import { employees } from '../db/schema';
import { conflict, fieldError, notFound, sentence } from '../errors';
import type { Handler } from '../handlers';
import { findUnit } from '../units/queries';
import { findEmployee, findPerson, findPersonByNip, listEmployees, supervisorChain } from './queries';
import { referencesTo } from './references';

type EmployeeMethod = keyof typeof employeeMethods;

function requireEmployee(ctx: BackendContext, id: number): EmployeeDetail {
  const employee = findEmployee(ctx.sql, id);
  if (!employee) throw notFound('Pegawai tidak ditemukan.');
  return employee;
}

function assertVersion(employee: EmployeeDetail, version: number): void {
  if (employee.version !== version) {
    throw conflict(
      `Data ${employee.fullName} telah diubah oleh pengguna lain sejak halaman ini dibuka. Muat ulang lalu ulangi perubahan.`,
    );
  }
}

function assertNipFree(ctx: BackendContext, nip: string, exceptId: number | null): void {
  const holder = findPersonByNip(ctx.sql, nip);
  if (holder && holder.id !== exceptId) {
    const message = sentence(`NIP ${nip} sudah terdaftar atas nama ${holder.fullName}`);
    throw conflict(message, { nip: message });
  }
}

/** Atasan must exist, be active, and must not sit below the employee (no cycle in the chain). */
function assertSupervisor(ctx: BackendContext, employeeId: number | null, supervisorId: number | null): void {
  if (supervisorId === null) return;
  if (supervisorId === employeeId)
    throw fieldError('supervisorId', 'Pegawai tidak bisa menjadi atasan dirinya sendiri.');
  const supervisor = findPerson(ctx.sql, supervisorId);
  if (!supervisor) throw fieldError('supervisorId', 'Atasan langsung tidak ditemukan.');
  if (supervisor.activity !== 'AKTIF') {
    throw fieldError(
      'supervisorId',
      `${supervisor.fullName} tidak aktif dan tidak bisa menjadi atasan langsung.`,
    );
  }
  if (employeeId !== null && supervisorChain(ctx.sql, supervisorId).includes(employeeId)) {
    throw fieldError(
      'supervisorId',
      `${supervisor.fullName} berada di bawah pegawai ini dalam rantai atasan; pilihan ini akan membuat rantai melingkar.`,
    );
  }
}

function assertUnit(ctx: BackendContext, unitId: number): void {
  if (!findUnit(ctx.sql, unitId)) throw fieldError('unitId', 'Unit kerja tidak ditemukan.');
}

/** The stored columns, as the audit trail compares them. */
function storedRow(ctx: BackendContext, id: number) {
  return ctx.db.select().from(employees).where(eq(employees.id, id)).get() ?? null;
}

function columnsOf(data: EmployeeData) {
  return {
    nip: data.nip,
    name: data.name,
    frontTitle: data.frontTitle,
    backTitle: data.backTitle,
    searchName: searchKey(data.name),
    gender: data.gender,
    birthPlace: data.birthPlace,
    birthDate: data.birthDate,
    status: data.status,
    golongan: data.golongan === '' ? null : data.golongan,
    positionName: data.positionName,
    positionType: data.positionType,
    functionalLevel: data.positionType === 'FUNGSIONAL' ? data.functionalLevel : null,
    unitId: data.unitId,
    supervisorId: data.supervisorId,
    tmtJabatan: data.tmtJabatan === '' ? null : data.tmtJabatan,
  };
}

export const employeeHandlers = {
  'employees.list': (ctx, input) =>
    listEmployees(
      ctx.sql,
      input,
      ctx.caller && HR_ROLES.includes(ctx.caller.role)
        ? { kind: 'all' }
        : { kind: 'subtree', rootEmployeeId: ctx.caller?.employeeId ?? null },
    ),

  'employees.get': (ctx, input) => requireEmployee(ctx, input.id),

  'employees.create': (ctx, input) => {
    assertUnit(ctx, input.unitId);
    assertNipFree(ctx, input.nip, null);
    assertSupervisor(ctx, null, input.supervisorId);
    const now = ctx.now().toISOString();
    const row = ctx.db
      .insert(employees)
      .values({ ...columnsOf(input), createdAt: now, updatedAt: now })
      .returning({ id: employees.id })
      .get();
    recordChange(ctx, 'employee', row.id, null, storedRow(ctx, row.id));
    return requireEmployee(ctx, row.id);
  },

  'employees.update': (ctx, input) => {
    const current = requireEmployee(ctx, input.id);
    assertVersion(current, input.version);
    const before = storedRow(ctx, current.id);
    assertUnit(ctx, input.data.unitId);
    assertNipFree(ctx, input.data.nip, current.id);
    if (input.data.supervisorId !== (current.supervisor?.id ?? null)) {
      assertSupervisor(ctx, current.id, input.data.supervisorId);
    }
    ctx.db
      .update(employees)
      .set({ ...columnsOf(input.data), version: current.version + 1, updatedAt: ctx.now().toISOString() })
      .where(eq(employees.id, current.id))
      .run();
    recordChange(ctx, 'employee', current.id, before, storedRow(ctx, current.id));
    return requireEmployee(ctx, current.id);
  },

  'employees.setActivity': (ctx, input) => {
    const current = requireEmployee(ctx, input.id);
    assertVersion(current, input.version);
    if (input.activity !== 'AKTIF' && input.since < current.birthDate) {
      throw fieldError('since', 'Tanggal berlaku tidak boleh sebelum tanggal lahir.');
    }
    const active = input.activity === 'AKTIF';
    const before = storedRow(ctx, current.id);
    ctx.db
      .update(employees)
      .set({
        activity: input.activity,
        inactiveSince: active ? null : input.since,
        inactiveNote: active ? '' : input.note,
        version: current.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(employees.id, current.id))
      .run();
    recordChange(ctx, 'employee', current.id, before, storedRow(ctx, current.id), input.note || undefined);
    return requireEmployee(ctx, current.id);
  },

  'employees.delete': (ctx, input) => {
    const current = requireEmployee(ctx, input.id);
    const references = referencesTo(ctx, current.id);
    if (references.length > 0) {
      throw conflict(
        `${current.fullName} tidak bisa dihapus karena masih dirujuk: ${references.join('; ')}. Nonaktifkan pegawai ini sebagai gantinya.`,
      );
    }
    const before = storedRow(ctx, current.id);
    ctx.db.delete(employees).where(eq(employees.id, current.id)).run();
    recordChange(ctx, 'employee', current.id, before, null);
    return { id: current.id };
  },
} satisfies { [M in EmployeeMethod]: Handler<M> };
