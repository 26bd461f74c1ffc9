import { z } from 'zod';
import { publicAccess, roles, signedIn } from '../access';
import { method, returns } from '../define';
import { displayName, newPassword, username, withConfirmation } from './auth';
import { optionalText, requiredText } from './fields';

const LOGO_MAX_CHARS = 700_000;

/** Bukti dukung size limit. Capped so a file, sent as base64 JSON, fits the web server's request limit. */
export const EVIDENCE_MAX_MB_DEFAULT = 20;
export const EVIDENCE_MAX_MB_LIMIT = 25;

export const officeSettingsInput = z.object({
  instansiName: requiredText('Nama instansi', 120),
  officeName: requiredText('Nama kecamatan', 120),
  cityName: requiredText('Nama kota/kabupaten', 120),
  address: requiredText('Alamat', 300),
  letterheadLines: z
    .array(z.string().trim().max(160, 'Satu baris kop paling banyak 160 karakter'))
    .max(6, 'Kop surat paling banyak 6 baris')
    .default([])
    .transform((lines) => lines.filter((line) => line !== '')),
  placeName: requiredText('Tempat penandatanganan', 80),
  logoDataUrl: z
    .string()
    .max(LOGO_MAX_CHARS, 'Logo terlalu besar (paling besar sekitar 500 KB)')
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Logo harus berkas PNG atau JPEG')
    .nullable()
    .default(null),
  phone: optionalText('Telepon', 40),
  email: optionalText('Surel', 120),
  idleLockMinutes: z
    .number({ error: 'Isi dengan angka menit' })
    .int('Isi dengan angka menit')
    .min(1, 'Paling cepat 1 menit')
    .max(240, 'Paling lama 240 menit')
    .default(15),
  evidenceMaxMb: z
    .number({ error: 'Isi dengan angka MB' })
    .int('Isi dengan angka MB (bilangan bulat)')
    .min(1, 'Paling kecil 1 MB')
    .max(EVIDENCE_MAX_MB_LIMIT, `Paling besar ${EVIDENCE_MAX_MB_LIMIT} MB`)
    .default(EVIDENCE_MAX_MB_DEFAULT),
});

export type OfficeSettingsInput = z.input<typeof officeSettingsInput>;
export type OfficeSettings = z.output<typeof officeSettingsInput>;

export interface SettingsDto extends OfficeSettings {
  setupCompleted: boolean;
}

export interface SetupStatus {
  /** No user exists yet: the first-run wizard creates the first ADMIN. */
  needsSetup: boolean;
  officeName: string;
  /** For the sign-in screen; public like the office name. */
  logoDataUrl: string | null;
  unitCount: number;
  employeeCount: number;
}

export const firstAdminInput = withConfirmation(
  z.object({ username, displayName, password: newPassword, passwordConfirm: z.string() }),
);

export const settingsMethods = {
  'settings.get': method({ input: z.object({}), output: returns<SettingsDto>(), access: signedIn }),
  'settings.update': method({
    input: officeSettingsInput,
    output: returns<SettingsDto>(),
    access: roles(['ADMIN']),
    effect: 'write',
  }),
  'setup.status': method({ input: z.object({}), output: returns<SetupStatus>(), access: publicAccess }),
  'setup.complete': method({
    input: z.object({
      admin: firstAdminInput,
      office: officeSettingsInput,
      loadDemo: z.boolean().default(false),
    }),
    output: returns<SettingsDto>(),
    access: publicAccess,
    effect: 'write',
  }),
};
