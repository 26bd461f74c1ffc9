import type { AuditListInput } from '../../../../shared/ipc/methods/audit';
import { isEntityType, type EntityType } from './labels';
import { positiveInt } from '../../lib/params';

/** The page's filters live in the URL (`#/jejak-audit?entitas=employee&id=12`), so a view can be linked to. */
export interface AuditFilters {
  userId: number | null;
  entityType: EntityType | null;
  entityId: string;
  method: string;
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 25;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string {
  return value !== null && DAY.test(value) ? value : '';
}

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const entityType = params.get('entitas') ?? '';
  return {
    userId: positiveInt(params.get('pengguna')),
    entityType: isEntityType(entityType) ? entityType : null,
    entityId: (params.get('id') ?? '').slice(0, 40),
    method: (params.get('perintah') ?? '').slice(0, 60),
    from: day(params.get('dari')),
    to: day(params.get('sampai')),
    page: positiveInt(params.get('hal')) ?? 1,
  };
}

export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.userId !== null) params.set('pengguna', String(filters.userId));
  if (filters.entityType) params.set('entitas', filters.entityType);
  if (filters.entityId !== '') params.set('id', filters.entityId);
  if (filters.method !== '') params.set('perintah', filters.method);
  if (filters.from !== '') params.set('dari', filters.from);
  if (filters.to !== '') params.set('sampai', filters.to);
  if (filters.page > 1) params.set('hal', String(filters.page));
  return params;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return (
    filters.userId !== null ||
    filters.entityType !== null ||
    filters.entityId !== '' ||
    filters.method !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

export function toAuditListInput(filters: AuditFilters): AuditListInput {
  return {
    userId: filters.userId,
    entityType: filters.entityType ?? '',
    entityId: filters.entityId,
    method: filters.method,
    from: filters.from,
    to: filters.to,
    page: filters.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
