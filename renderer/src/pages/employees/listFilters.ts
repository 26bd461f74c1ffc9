import {
  EMPLOYEE_STATUSES,
  POSITION_TYPES,
  type EmployeeStatus,
  type PositionType,
} from '../../../../shared/domain/positions';
import {
  ACTIVITY_FILTERS,
  EMPLOYEE_SORTS,
  type EmployeeListInput,
  type EmployeeSort,
} from '../../../../shared/ipc/methods/employees';
import { oneOf, positiveInt } from '../../lib/params';

type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];

/** The list's state lives in the URL (`#/pegawai?unit=3&status=PNS`), so other pages can link to a view of it. */
export interface ListFilters {
  query: string;
  unitId: number | null;
  includeSubunits: boolean;
  status: EmployeeStatus | null;
  positionType: PositionType | null;
  activity: ActivityFilter;
  sort: EmployeeSort;
  desc: boolean;
  page: number;
}

export const PAGE_SIZE = 25;

export function readFilters(params: URLSearchParams): ListFilters {
  return {
    query: params.get('q') ?? '',
    unitId: positiveInt(params.get('unit')),
    includeSubunits: params.get('sub') !== '0',
    status: oneOf(EMPLOYEE_STATUSES, params.get('status')),
    positionType: oneOf(POSITION_TYPES, params.get('jenis')),
    activity: oneOf(ACTIVITY_FILTERS, params.get('aktif')) ?? 'ACTIVE',
    sort: oneOf(EMPLOYEE_SORTS, params.get('urut')) ?? 'name',
    desc: params.get('arah') === 'desc',
    page: positiveInt(params.get('hal')) ?? 1,
  };
}

export function writeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query !== '') params.set('q', filters.query);
  if (filters.unitId !== null) params.set('unit', String(filters.unitId));
  if (!filters.includeSubunits) params.set('sub', '0');
  if (filters.status) params.set('status', filters.status);
  if (filters.positionType) params.set('jenis', filters.positionType);
  if (filters.activity !== 'ACTIVE') params.set('aktif', filters.activity);
  if (filters.sort !== 'name') params.set('urut', filters.sort);
  if (filters.desc) params.set('arah', 'desc');
  if (filters.page > 1) params.set('hal', String(filters.page));
  return params;
}

export function toListInput(filters: ListFilters): EmployeeListInput {
  return {
    query: filters.query,
    unitId: filters.unitId,
    includeSubunits: filters.includeSubunits,
    status: filters.status,
    positionType: filters.positionType,
    activity: filters.activity,
    sort: filters.sort,
    direction: filters.desc ? 'desc' : 'asc',
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
}

export function hasNarrowingFilters(filters: ListFilters): boolean {
  return (
    filters.query !== '' ||
    filters.unitId !== null ||
    filters.status !== null ||
    filters.positionType !== null ||
    filters.activity !== 'ACTIVE'
  );
}
