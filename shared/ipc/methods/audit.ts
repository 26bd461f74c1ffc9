import { z } from 'zod';
import { HR_ROLES } from '../../domain/roles';
import { roles } from '../access';
import { method, returns } from '../define';
import { id } from './fields';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'EVENT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field → its value before and after; a created record has no `from`, a deleted one no `to`. */
export type AuditChanges = Record<string, { from?: unknown; to?: unknown }>;

export interface AuditEntryDto {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  method: string;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  changes: AuditChanges;
  note: string;
  hash: string;
}

export interface AuditPage {
  rows: AuditEntryDto[];
  total: number;
  page: number;
  pageSize: number;
}

export type AuditVerdict =
  | { intact: true; count: number; lastHash: string | null }
  | { intact: false; count: number; entryId: number; message: string };

const optionalDay = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Tanggal tidak valid');

export const auditListInput = z.object({
  userId: id.nullable().default(null),
  entityType: z.string().trim().max(40).default(''),
  entityId: z.string().trim().max(40).default(''),
  method: z.string().trim().max(60).default(''),
  from: optionalDay,
  to: optionalDay,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type AuditListInput = z.input<typeof auditListInput>;

export const auditMethods = {
  'audit.list': method({ input: auditListInput, output: returns<AuditPage>(), access: roles(HR_ROLES) }),
  'audit.verify': method({ input: z.object({}), output: returns<AuditVerdict>(), access: roles(HR_ROLES) }),
};
