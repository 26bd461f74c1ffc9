import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates';

export const id = z.number({ error: 'ID tidak valid' }).int('ID tidak valid').positive('ID tidak valid');

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .min(1, `${label} wajib diisi`)
    .max(max, `${label} paling banyak ${max} karakter`);
}

export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label} paling banyak ${max} karakter`).default('');
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .min(1, `${label} wajib diisi`)
    .refine(isValidIsoDate, `${label} bukan tanggal yang valid`);
}
