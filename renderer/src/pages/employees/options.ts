import {
  ACTIVITY_LABELS,
  ACTIVITY_STATES,
  EMPLOYEE_STATUSES,
  EMPLOYEE_STATUS_LABELS,
  FUNCTIONAL_LEVELS,
  FUNCTIONAL_LEVEL_LABELS,
  GENDERS,
  GENDER_LABELS,
  POSITION_TYPES,
  POSITION_TYPE_LABELS,
} from '../../../../shared/domain/positions';
import type { SelectOption } from '../../components/form';

function optionsOf<K extends string>(
  codes: readonly K[],
  labels: Readonly<Record<K, string>>,
): SelectOption[] {
  return codes.map((code) => ({ value: code, label: labels[code] }));
}

export const STATUS_OPTIONS = optionsOf(EMPLOYEE_STATUSES, EMPLOYEE_STATUS_LABELS);
export const POSITION_TYPE_OPTIONS = optionsOf(POSITION_TYPES, POSITION_TYPE_LABELS);
export const FUNCTIONAL_LEVEL_OPTIONS = optionsOf(FUNCTIONAL_LEVELS, FUNCTIONAL_LEVEL_LABELS);
export const GENDER_OPTIONS = optionsOf(GENDERS, GENDER_LABELS);
/** The reasons a pegawai stops being active (everything but AKTIF). */
export const INACTIVE_OPTIONS = optionsOf(
  ACTIVITY_STATES.filter((state) => state !== 'AKTIF'),
  ACTIVITY_LABELS,
);

export const ACTIVITY_FILTER_LABELS = {
  ACTIVE: 'Aktif',
  INACTIVE: 'Tidak aktif',
  ALL: 'Semua',
} as const;
