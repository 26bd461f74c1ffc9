import { useId } from 'react';
import { NavLink } from 'react-router';
import type { YearDto } from '../../../../shared/ipc/methods/years';
import { YEAR_STATUS_LABELS } from '../../../../shared/ipc/methods/years';
import { useQuery } from '../../api/hooks';
import { useHasRole } from '../../app/session';
import { formatCount } from '../../lib/format';
import { yearQuery, type YearChoice } from './years';

/** The SKP pages' own menu: list, approval queue, matrix and (admin) the years. */
export function SkpNav({ year }: { year: YearDto | undefined }) {
  const admin = useHasRole(['ADMIN']);
  const queue = useQuery('skp.queue', { yearId: null });
  const waiting = queue.data?.length ?? 0;
  const query = yearQuery(year);
  return (
    <nav className="skp-nav" aria-label="Menu SKP">
      <NavLink to={`/skp${query}`} end className="skp-nav-link">
        Daftar SKP
      </NavLink>
      <NavLink to={`/skp/persetujuan${query}`} className="skp-nav-link" data-testid="nav-persetujuan">
        Persetujuan
        {waiting > 0 && (
          <span className="skp-nav-count" aria-label={`${waiting} menunggu`}>
            {formatCount(waiting)}
          </span>
        )}
      </NavLink>
      <NavLink to={`/skp/matriks${query}`} className="skp-nav-link">
        Matriks &amp; pohon kinerja
      </NavLink>
      {admin && (
        <NavLink to="/skp/tahun" className="skp-nav-link">
          Tahun penilaian
        </NavLink>
      )}
    </nav>
  );
}

/** The year select shown on the SKP pages. */
export function YearSelect({ choice }: { choice: YearChoice }) {
  const id = useId();
  const list = choice.years.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="year-select">
      <label htmlFor={id} className="field-label">
        Tahun penilaian
      </label>
      <select
        id={id}
        name="tahun"
        className="input select"
        value={choice.year ? String(choice.year.year) : ''}
        onChange={(event) => choice.choose(Number(event.target.value))}
        data-testid="year-select"
      >
        {list.map((y) => (
          <option key={y.id} value={String(y.year)}>
            {y.year}
            {y.status === 'CLOSED' ? ` (${YEAR_STATUS_LABELS.CLOSED.toLowerCase()})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
