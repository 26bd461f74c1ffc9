import { useMemo } from 'react';
import type { UnitDto } from '../../../../shared/ipc/methods/units';
import { unitOptions } from '../../lib/units';
import { FilterSelect } from './FilterSelect';

interface UnitFilterProps {
  units: readonly UnitDto[] | undefined;
  value: number | null;
  onChange: (unitId: number | null) => void;
  /** The label of the "no unit chosen" option. */
  allLabel: string;
}

/** The "Unit kerja" select of a filter bar (name `unitId`), units indented by depth. */
export function UnitFilter({ units, value, onChange, allLabel }: UnitFilterProps) {
  const options = useMemo(() => unitOptions(units ?? []), [units]);
  return (
    <FilterSelect
      label="Unit kerja"
      name="unitId"
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(next === '' ? null : Number(next))}
      options={options}
      allLabel={allLabel}
    />
  );
}
