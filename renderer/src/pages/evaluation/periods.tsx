import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../../../shared/domain/dates';
import type { PeriodDto, YearDto } from '../../../../shared/ipc/methods/years';

/**
 * The period a page shows: the one in the URL (`?periode=<id>`), else the period that contains today, else the
 * annual (Akhir) period of a year that has ended, else the first period of a year still to come.
 */
export function defaultPeriod(year: YearDto, today: string): PeriodDto | undefined {
  const periodic = year.periods.filter((p) => p.kind !== 'ANNUAL');
  const annual = year.periods.find((p) => p.kind === 'ANNUAL');
  const current = periodic.find((p) => p.startDate <= today && today <= p.endDate);
  if (current) return current;
  const last = periodic[periodic.length - 1];
  if (last && today > last.endDate) return annual ?? last;
  return periodic[0] ?? annual;
}

export interface PeriodChoice {
  period: PeriodDto | undefined;
  choose: (periodId: number) => void;
}

export function usePeriodChoice(year: YearDto | undefined): PeriodChoice {
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('periode'));
  const period = year
    ? (year.periods.find((p) => p.id === wanted) ?? defaultPeriod(year, todayIso()))
    : undefined;
  const choose = (periodId: number) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('periode', String(periodId));
        return copy;
      },
      { replace: true },
    );
  return { period, choose };
}

/** The period select beside the year select: the periodic periods, then "Akhir" (the annual evaluation). */
export function PeriodSelect({ year, choice }: { year: YearDto | undefined; choice: PeriodChoice }) {
  const id = useId();
  if (!year) return null;
  return (
    <div className="year-select">
      <label htmlFor={id} className="field-label">
        Periode
      </label>
      <select
        id={id}
        name="periode"
        className="input select"
        value={choice.period ? String(choice.period.id) : ''}
        onChange={(event) => choice.choose(Number(event.target.value))}
        data-testid="period-select"
      >
        {year.periods.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.kind === 'ANNUAL' ? `${p.shortLabel} (tahunan)` : p.shortLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
