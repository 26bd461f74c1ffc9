import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/domain/roles';
import type { CurrentUser } from '../../../shared/ipc/methods/auth';
import type { UserDto } from '../../../shared/ipc/methods/users';
import type { SqlRunner } from '../db/sql-runner';
import { findPerson } from '../employees/queries';

export interface UserRow {
  id: number;
  version: number;
  username: string;
  displayName: string;
  employeeId: number | null;
  role: Role;
  active: boolean;
  passwordHash: string;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

type RawUserRow = Omit<UserRow, 'active' | 'mustChangePassword'> & {
  active: number;
  mustChangePassword: number;
};

const userColumns = sql`id, version, username, display_name AS displayName, employee_id AS employeeId, role, active,
  password_hash AS passwordHash, must_change_password AS mustChangePassword, failed_attempts AS failedAttempts,
  locked_until AS lockedUntil, last_login_at AS lastLoginAt, created_at AS createdAt`;

function fromRaw(row: RawUserRow): UserRow {
  return { ...row, active: row.active === 1, mustChangePassword: row.mustChangePassword === 1 };
}

export function findUserRow(q: SqlRunner, id: number): UserRow | undefined {
  const row = q.get<RawUserRow>(sql`SELECT ${userColumns} FROM users WHERE id = ${id}`);
  return row && fromRaw(row);
}

export function findUserByUsername(q: SqlRunner, username: string): UserRow | undefined {
  const row = q.get<RawUserRow>(sql`SELECT ${userColumns} FROM users WHERE username = ${username}`);
  return row && fromRaw(row);
}

export function findUserByEmployee(q: SqlRunner, employeeId: number): UserRow | undefined {
  const row = q.get<RawUserRow>(sql`SELECT ${userColumns} FROM users WHERE employee_id = ${employeeId}`);
  return row && fromRaw(row);
}

export function listUserRows(q: SqlRunner): UserRow[] {
  return q.all<RawUserRow>(sql`SELECT ${userColumns} FROM users ORDER BY active DESC, username`).map(fromRaw);
}

export function countUsers(q: SqlRunner): number {
  return q.one<{ n: number }>(sql`SELECT count(*) AS n FROM users`).n;
}

export function countActiveAdmins(q: SqlRunner): number {
  return q.one<{ n: number }>(sql`SELECT count(*) AS n FROM users WHERE role = 'ADMIN' AND active = 1`).n;
}

export function toUserDto(q: SqlRunner, row: UserRow): UserDto {
  return {
    id: row.id,
    version: row.version,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    employee: row.employeeId === null ? null : (findPerson(q, row.employeeId) ?? null),
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

export function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    employeeId: row.employeeId,
    mustChangePassword: row.mustChangePassword,
  };
}

/** The user's columns as the audit trail compares them (the hash is hidden by the diff). */
export function auditedUser(row: UserRow) {
  const { failedAttempts: _f, lastLoginAt: _l, createdAt: _c, ...rest } = row;
  return rest;
}
