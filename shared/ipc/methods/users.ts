import { z } from 'zod';
import { ROLES, type Role } from '../../domain/roles';
import { roles } from '../access';
import { method, returns } from '../define';
import { displayName, newPassword, username, withConfirmation } from './auth';
import type { PersonRef } from './employees';
import { id } from './fields';

export interface UserDto {
  id: number;
  version: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  employee: PersonRef | null;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

const role = z.enum(ROLES, { error: 'Pilih peran' });
const employeeId = id.nullable().default(null);

export const userCreateInput = withConfirmation(
  z.object({ username, displayName, role, employeeId, password: newPassword, passwordConfirm: z.string() }),
);

const adminOnly = roles(['ADMIN']);

export const userMethods = {
  'users.list': method({ input: z.object({}), output: returns<UserDto[]>(), access: adminOnly }),
  'users.create': method({
    input: userCreateInput,
    output: returns<UserDto>(),
    access: adminOnly,
    effect: 'write',
  }),
  'users.update': method({
    input: z.object({
      id,
      version: z.number().int().positive(),
      displayName,
      role,
      employeeId,
      active: z.boolean(),
    }),
    output: returns<UserDto>(),
    access: adminOnly,
    effect: 'write',
  }),
  'users.resetPassword': method({
    input: withConfirmation(z.object({ id, password: newPassword, passwordConfirm: z.string() })),
    output: returns<UserDto>(),
    access: adminOnly,
    effect: 'write',
  }),
};
