import { useSearchParams } from 'react-router';
import type { YearDto } from '../../../../shared/ipc/methods/years';
import { useQuery, type QueryState } from '../../api/hooks';

export interface YearChoice {
  years: QueryState<YearDto[]>;
  /** The year shown: the one in the URL (`?tahun=2027`), else the current year, else the latest. */
  year: YearDto | undefined;
  choose: (year: number) => void;
}

/** The tahun penilaian a page shows, kept in the URL so links and the back button keep it. */
export function useYearChoice(): YearChoice {
  const [params, setParams] = useSearchParams();
  const years = useQuery('years.list', {});
  const wanted = Number(params.get('tahun'));
  const list = years.data ?? [];
  const year = list.find((y) => y.year === wanted) ?? list.find((y) => y.isCurrent) ?? list[0];
  const choose = (next: number) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('tahun', String(next));
        copy.delete('hal');
        return copy;
      },
      { replace: true },
    );
  return { years, year, choose };
}

/** `?tahun=2027` for links between the SKP pages. */
export function yearQuery(year: YearDto | undefined): string {
  return year ? `?tahun=${year.year}` : '';
}
