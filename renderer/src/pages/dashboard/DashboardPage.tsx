import { Link } from 'react-router';
import {
  EMPLOYEE_STATUSES,
  EMPLOYEE_STATUS_LABELS,
  type EmployeeStatus,
} from '../../../../shared/domain/positions';
import { useQuery } from '../../api/hooks';
import { useHasRole, useIsHrStaff } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatCount } from '../../lib/format';
import { buildUnitTree, flattenUnitTree } from '../../lib/units';
import { BackupReminder, RestoredNotice } from '../backup/BackupReminder';
import { EvaluationProgress } from './EvaluationProgress';

/** Only the total is read: one row per request keeps these counts cheap. */
const COUNT = { activity: 'ACTIVE', pageSize: 1 } as const;

function StatusCard({ status }: { status: EmployeeStatus }) {
  const count = useQuery('employees.list', { ...COUNT, status });
  return (
    <StatCard
      label={EMPLOYEE_STATUS_LABELS[status]}
      value={count.data?.total}
      error={count.error?.message}
      to={`/pegawai?status=${status}`}
    />
  );
}

interface StatCardProps {
  label: string;
  value: number | undefined;
  error?: string;
  to: string;
  primary?: boolean;
}

function StatCard({ label, value, error, to, primary = false }: StatCardProps) {
  return (
    <Link to={to} className={`stat-card${primary ? ' stat-card-primary' : ''}`}>
      <span className="stat-label">{label}</span>
      <span className="stat-value" aria-live="polite">
        {error ? '—' : value === undefined ? '…' : formatCount(value)}
      </span>
      <span className="stat-hint">{error ?? 'pegawai aktif'}</span>
    </Link>
  );
}

function UnitBreakdown() {
  const units = useQuery('units.list', {});
  if (units.error) return <ErrorBanner message={units.error.message} onRetry={units.reload} />;
  if (!units.data) return <Loading />;
  const rows = flattenUnitTree(buildUnitTree(units.data));
  if (rows.length === 0) {
    return (
      <EmptyState
        title="Belum ada unit kerja."
        actions={
          <Link to="/unit-kerja" className="btn btn-secondary">
            Atur unit kerja
          </Link>
        }
      />
    );
  }
  const max = Math.max(1, ...rows.map((row) => row.unit.employeeCount));
  return (
    <table className="table unit-breakdown">
      <caption className="visually-hidden">Pegawai aktif per unit kerja</caption>
      <thead>
        <tr>
          <th scope="col">Unit kerja</th>
          <th scope="col" className="num">
            Langsung
          </th>
          <th scope="col" className="num">
            Termasuk sub-unit
          </th>
          <th scope="col" className="bar-col">
            <span className="visually-hidden">Perbandingan</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unit.id}>
            <th scope="row" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
              <Link to={`/pegawai?unit=${row.unit.id}&sub=0`}>{row.unit.name}</Link>
            </th>
            <td className="num">{formatCount(row.unit.employeeCount)}</td>
            <td className="num">{row.children.length > 0 ? formatCount(row.activeTotal) : '—'}</td>
            <td className="bar-col" aria-hidden="true">
              <span className="bar" style={{ width: `${(row.unit.employeeCount / max) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DashboardPage() {
  const total = useQuery('employees.list', COUNT);
  const canAdd = useIsHrStaff();
  const isAdmin = useHasRole(['ADMIN']);
  return (
    <Page title="Beranda" subtitle="Ringkasan pegawai aktif saat ini.">
      <RestoredNotice />
      <ErrorBanner message={total.error?.message} onRetry={total.reload} />
      {canAdd && <BackupReminder />}
      {total.data?.total === 0 && canAdd && (
        <Banner tone="info" title="Belum ada pegawai aktif">
          Mulailah dengan menyusun <Link to="/unit-kerja">unit kerja</Link>, lalu{' '}
          <Link to="/pegawai/baru">tambahkan pegawai</Link>.
        </Banner>
      )}
      <EvaluationProgress />
      <section aria-labelledby="ringkasan-status">
        <h2 id="ringkasan-status" className="section-title">
          Pegawai aktif menurut status kepegawaian
        </h2>
        <div className="stat-grid">
          <StatCard label="Seluruh pegawai" value={total.data?.total} to="/pegawai" primary />
          {EMPLOYEE_STATUSES.map((status) => (
            <StatusCard key={status} status={status} />
          ))}
        </div>
      </section>
      <div className="dashboard-columns">
        <section className="card" aria-labelledby="ringkasan-unit">
          <h2 id="ringkasan-unit" className="card-title">
            Pegawai aktif per unit kerja
          </h2>
          <UnitBreakdown />
        </section>
        <section className="card" aria-labelledby="tautan-cepat">
          <h2 id="tautan-cepat" className="card-title">
            Tautan cepat
          </h2>
          <ul className="quick-links">
            {canAdd && (
              <li>
                <Link to="/pegawai/baru" className="quick-link">
                  <Icon name="plus" />
                  <span>Tambah pegawai</span>
                </Link>
              </li>
            )}
            <li>
              <Link to="/pegawai" className="quick-link">
                <Icon name="people" />
                <span>Daftar pegawai</span>
              </Link>
            </li>
            <li>
              <Link to="/pegawai?aktif=INACTIVE" className="quick-link">
                <Icon name="people" />
                <span>Pegawai tidak aktif</span>
              </Link>
            </li>
            <li>
              <Link to="/unit-kerja" className="quick-link">
                <Icon name="tree" />
                <span>Susunan unit kerja</span>
              </Link>
            </li>
            {isAdmin && (
              <li>
                <Link to="/pengaturan" className="quick-link">
                  <Icon name="settings" />
                  <span>Pengaturan kantor</span>
                </Link>
              </li>
            )}
          </ul>
        </section>
      </div>
    </Page>
  );
}
