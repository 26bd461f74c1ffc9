import { z } from 'zod';
import { method, returns } from '../define';
import { optionalText, requiredText } from './fields';

const LOGO_MAX_CHARS = 700_000;

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
});

export type OfficeSettingsInput = z.input<typeof officeSettingsInput>;
export type OfficeSettings = z.output<typeof officeSettingsInput>;

export interface SettingsDto extends OfficeSettings {
  setupCompleted: boolean;
}

export interface SetupStatus {
  needsSetup: boolean;
  unitCount: number;
  employeeCount: number;
}

export interface DemoSummary {
  units: number;
  employees: number;
}

export const settingsMethods = {
  'settings.get': method({ input: z.object({}), output: returns<SettingsDto>() }),
  'settings.update': method({ input: officeSettingsInput, output: returns<SettingsDto>() }),
  'setup.status': method({ input: z.object({}), output: returns<SetupStatus>() }),
  'setup.complete': method({
    input: z.object({ office: officeSettingsInput, loadDemo: z.boolean().default(false) }),
    output: returns<SettingsDto>(),
  }),
};
