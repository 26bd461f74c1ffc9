import { z } from 'zod';
import { ROLES, type Role } from '../../domain/roles';
import { publicAccess, signedIn } from '../access';
import { method, returns } from '../define';
import { requiredText } from './fields';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const username = z
  .string({ error: 'Nama pengguna wajib diisi' })
  .trim()
  .toLowerCase()
  .min(1, 'Nama pengguna wajib diisi')
  .min(3, 'Nama pengguna paling sedikit 3 karakter')
  .max(32, 'Nama pengguna paling banyak 32 karakter')
  .regex(
    /^[a-z0-9._-]+$/,
    'Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah, dan tanda hubung (tanpa spasi)',
  );

export const newPassword = z
  .string({ error: 'Kata sandi wajib diisi' })
  .min(PASSWORD_MIN, `Kata sandi paling sedikit ${PASSWORD_MIN} karakter`)
  .max(PASSWORD_MAX, `Kata sandi paling banyak ${PASSWORD_MAX} karakter`);

/** A password being typed to sign in is only bounded, never judged: the message must not hint. */
const typedPassword = z
  .string({ error: 'Kata sandi wajib diisi' })
  .min(1, 'Kata sandi wajib diisi')
  .max(PASSWORD_MAX * 4);

export function withConfirmation<S extends z.ZodType<{ password: string; passwordConfirm: string }>>(
  schema: S,
) {
  return schema.refine((v) => v.password === v.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'Konfirmasi kata sandi tidak sama',
  });
}

export const displayName = requiredText('Nama tampilan', 80);

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  employeeId: number | null;
  mustChangePassword: boolean;
}

export interface SessionInfo {
  user: CurrentUser | null;
  /** Signed in but idle too long: the page stays, the password is asked again. */
  locked: boolean;
  idleLockMinutes: number;
}

export const authMethods = {
  'auth.session': method({ input: z.object({}), output: returns<SessionInfo>(), access: publicAccess }),
  'auth.login': method({
    input: z.object({
      username: z
        .string({ error: 'Nama pengguna wajib diisi' })
        .trim()
        .toLowerCase()
        .min(1, 'Nama pengguna wajib diisi')
        .max(64),
      password: typedPassword,
    }),
    output: returns<CurrentUser>(),
    access: publicAccess,
    effect: 'own',
  }),
  'auth.unlock': method({
    input: z.object({ password: typedPassword }),
    output: returns<CurrentUser>(),
    access: publicAccess,
    effect: 'own',
  }),
  'auth.logout': method({
    input: z.object({}),
    output: returns<{ ok: true }>(),
    access: signedIn,
    effect: 'own',
  }),
  'auth.changePassword': method({
    input: withConfirmation(
      z.object({ currentPassword: typedPassword, password: newPassword, passwordConfirm: z.string() }),
    ).refine((v) => v.password !== v.currentPassword, {
      path: ['password'],
      message: 'Kata sandi baru harus berbeda dari yang lama',
    }),
    output: returns<CurrentUser>(),
    access: signedIn,
    effect: 'write',
  }),
};

export { ROLES };
