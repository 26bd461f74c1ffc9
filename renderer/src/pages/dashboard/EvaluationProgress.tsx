import { Link } from 'react-router';
import { todayIso } from '../../../../shared/domain/dates';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff, useSession } from '../../app/session';
import { formatCount } from '../../lib/format';
import { defaultPeriod } from '../evaluation/periods';

/**
 * The current period's evaluation at a glance: for HR the whole kecamatan, for a penilai their bawahan. Shown
 * only when there is someone to evaluate.
 */
export function EvaluationProgress() {
  const hr = useIsHrStaff();
  const { user } = useSession();
  const years = useQuery('years.list', {}, { enabled: hr || user.employeeId !== null });
  const year = years.data?.find((y) => y.isCurrent) ?? years.data?.[0];
  const period = year ? defaultPeriod(year, todayIso()) : undefined;
  const list = useQuery(
    'evaluation.list',
    { periodId: period?.id ?? 1, scope: hr ? 'all' : 'mine', unitId: null },
    { enabled: period !== undefined },
  );
  const data = list.data;
  if (!data || !year || !period || data.rows.length === 0) return null;
  const total = data.rows.length;
  const filled = data.rows.reduce((sum, row) => sum + row.filledCount, 0);
  const iki = data.rows.reduce((sum, row) => sum + row.ikiCount, 0);
  const query = `?tahun=${year.year}&periode=${period.id}`;
  return (
    <section
      className="card progress-card"
      aria-labelledby="progress-penilaian"
      data-testid="evaluation-progress"
    >
      <div className="progress-card-head">
        <h2 id="progress-penilaian" className="card-title">
          Penilaian {period.label}
        </h2>
        <Link to={`/penilaian${query}`} className="btn btn-secondary btn-small">
          {hr ? 'Buka penilaian' : 'Nilai bawahan'}
        </Link>
      </div>
      <div className="progress-card-body">
        <div className="progress-card-figure">
          <span className="progress-card-value">
            {formatCount(data.doneCount)} / {formatCount(total)}
          </span>
          <span className="progress-card-label">{hr ? 'pegawai' : 'bawahan'} selesai dinilai</span>
          <span className="meter" aria-hidden="true">
            <span className="meter-fill" style={{ width: `${(data.doneCount / total) * 100}%` }} />
          </span>
        </div>
        <div className="progress-card-figure">
          <span className="progress-card-value">
            {formatCount(filled)} / {formatCount(iki)}
          </span>
          <span className="progress-card-label">realisasi IKI terisi</span>
          <span className="meter" aria-hidden="true">
            <span className="meter-fill" style={{ width: `${iki === 0 ? 0 : (filled / iki) * 100}%` }} />
          </span>
        </div>
        {hr && (
          <Link to={`/kurva${query}`} className="progress-card-link">
            Lihat kurva distribusi
          </Link>
        )}
      </div>
    </section>
  );
}
