import type { YearDto } from '../../../../shared/ipc/methods/years';
import { FilterSelect } from './FilterSelect';

const idOrNull = (value: string) => (value === '' ? null : Number(value));

interface YearFilterProps {
  years: readonly YearDto[];
  value: number | null;
  onChange: (yearId: number | null) => void;
  /** The label of the "no year chosen" option; none when a year is always chosen. */
  allLabel?: string;
}

/** The "Tahun" select of a filter bar (name `yearId`). */
export function YearFilter({ years, value, onChange, allLabel }: YearFilterProps) {
  return (
    <FilterSelect
      label="Tahun"
      name="yearId"
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(idOrNull(next))}
      options={years.map((y) => ({ value: String(y.id), label: String(y.year) }))}
      allLabel={allLabel}
    />
  );
}

interface PeriodFilterProps {
  /** The chosen year, whose periods are offered. */
  year: YearDto | undefined;
  value: number | null;
  onChange: (periodId: number | null) => void;
  /** The label of the "no period chosen" option. */
  emptyLabel: string;
  disabled?: boolean;
  error?: string | null;
}

/** The "Periode" select of a filter bar (name `periodId`). */
export function PeriodFilter({ year, value, onChange, emptyLabel, disabled, error }: PeriodFilterProps) {
  return (
    <FilterSelect
      label="Periode"
      name="periodId"
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(idOrNull(next))}
      options={(year?.periods ?? []).map((p) => ({ value: String(p.id), label: p.label }))}
      allLabel={emptyLabel}
      disabled={disabled}
      error={error}
    />
  );
}
