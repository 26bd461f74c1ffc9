import { eq } from 'drizzle-orm';
import type { userMethods } from '../../../shared/ipc/methods/users';
import { recordChange, recordEvent } from '../audit/trail';
import { hashPassword } from '../auth/password';
import type { RequestContext } from '../context';
import { users } from '../db/schema';
import { findPerson } from '../employees/queries';
import { conflict, fieldError, notFound } from '../errors';
import type { Handler } from '../handlers';
import {
  auditedUser,
  countActiveAdmins,
  findUserByEmployee,
  findUserByUsername,
  findUserRow,
  listUserRows,
  toUserDto,
  type UserRow,
} from './queries';

type UserMethod = keyof typeof userMethods;

function requireUser(ctx: RequestContext, id: number): UserRow {
  const row = findUserRow(ctx.sql, id);
  if (!row) throw notFound('Pengguna tidak ditemukan.');
  return row;
}

function assertEmployeeLink(
  ctx: RequestContext,
  employeeId: number | null,
  role: string,
  exceptUserId: number | null,
) {
  if (employeeId === null) {
    if (role === 'PEGAWAI')
      throw fieldError('employeeId', 'Pengguna berperan Pegawai harus ditautkan ke data pegawai.');
    return;
  }
  const person = findPerson(ctx.sql, employeeId);
  if (!person) throw fieldError('employeeId', 'Pegawai yang ditautkan tidak ditemukan.');
  const linked = findUserByEmployee(ctx.sql, employeeId);
  if (linked && linked.id !== exceptUserId) {
    throw fieldError('employeeId', `${person.fullName} sudah ditautkan ke pengguna "${linked.username}".`);
  }
}

export const userHandlers = {
  'users.list': (ctx) => listUserRows(ctx.sql).map((row) => toUserDto(ctx.sql, row)),

  'users.create': (ctx, input) => {
    if (findUserByUsername(ctx.sql, input.username)) {
      const message = `Nama pengguna "${input.username}" sudah dipakai.`;
      throw conflict(message, { username: message });
    }
    assertEmployeeLink(ctx, input.employeeId, input.role, null);
    const now = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        employeeId: input.employeeId,
        passwordHash: hashPassword(input.password),
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id })
      .get();
    const created = requireUser(ctx, id);
    recordChange(ctx, 'user', id, null, auditedUser(created));
    return toUserDto(ctx.sql, created);
  },

  'users.update': (ctx, input) => {
    const current = requireUser(ctx, input.id);
    if (current.version !== input.version) {
      throw conflict(`Pengguna "${current.username}" telah diubah oleh orang lain. Muat ulang lalu ulangi.`);
    }
    const losesAdmin =
      current.role === 'ADMIN' && current.active && (input.role !== 'ADMIN' || !input.active);
    if (losesAdmin && countActiveAdmins(ctx.sql) <= 1) {
      throw conflict('Harus ada paling sedikit satu admin kepegawaian yang aktif.');
    }
    if (!input.active && ctx.caller?.userId === current.id) {
      throw fieldError('active', 'Anda tidak bisa menonaktifkan akun Anda sendiri.');
    }
    assertEmployeeLink(ctx, input.employeeId, input.role, current.id);
    ctx.db
      .update(users)
      .set({
        displayName: input.displayName,
        role: input.role,
        employeeId: input.employeeId,
        active: input.active,
        version: current.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(users.id, current.id))
      .run();
    const updated = requireUser(ctx, current.id);
    recordChange(ctx, 'user', current.id, auditedUser(current), auditedUser(updated));
    if (!updated.active || updated.role !== current.role) ctx.sessions.endAllFor(current.id);
    return toUserDto(ctx.sql, updated);
  },

  'users.resetPassword': (ctx, input) => {
    const current = requireUser(ctx, input.id);
    ctx.db
      .update(users)
      .set({
        passwordHash: hashPassword(input.password),
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        version: current.version + 1,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(users.id, current.id))
      .run();
    recordEvent(
      ctx,
      'user',
      current.id,
      `Kata sandi ${current.username} diatur ulang oleh admin; wajib diganti saat masuk.`,
    );
    ctx.sessions.endAllFor(current.id);
    return toUserDto(ctx.sql, requireUser(ctx, current.id));
  },
} satisfies { [M in UserMethod]: Handler<M> };
