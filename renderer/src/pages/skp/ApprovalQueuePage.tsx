import { Link, useNavigate } from 'react-router';
import { formatNip } from '../../../../shared/domain/nip';
import { useQuery } from '../../api/hooks';
import { useHasRole, useSession } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatShortTimestamp } from '../../lib/format';
import { useArrivalNotice } from './notice';
import { SkpNav } from './SkpNav';
import { revisionNote } from './status';
import { useYearChoice } from './years';

/** The SKP waiting for the signed-in pejabat penilai's decision, oldest first. */
export function ApprovalQueuePage() {
  const { user } = useSession();
  const admin = useHasRole(['ADMIN']);
  const navigate = useNavigate();
  const notice = useArrivalNotice();
  const choice = useYearChoice();
  const queue = useQuery('skp.queue', { yearId: null });
  const rows = queue.data ?? [];
  const open = (skpId: number | null) => {
    if (skpId !== null) navigate(`/skp/${skpId}`, { state: { fromQueue: true } });
  };

  return (
    <Page
      title="Persetujuan SKP"
      subtitle="SKP bawahan langsung Anda yang diajukan dan menunggu keputusan Anda sebagai pejabat penilai kinerja."
    >
      <SkpNav year={choice.year} />
      {notice && (
        <Banner tone="success" testId="queue-notice">
          {notice}
        </Banner>
      )}
      <ErrorBanner message={queue.error?.message} onRetry={queue.reload} />
      {queue.data === undefined ? (
        queue.loading && <Loading />
      ) : rows.length === 0 ? (
        <div className="card">
          {user.employeeId === null ? (
            <EmptyState title="Akun Anda tidak tertaut ke data pegawai.">
              Persetujuan SKP diberikan oleh pejabat penilai kinerja (atasan langsung) melalui akunnya
              sendiri.
              {admin && (
                <>
                  {' '}
                  Admin kepegawaian dapat mencatat keputusan atas nama pejabat penilai dari halaman SKP yang
                  diajukan: <Link to="/skp?status=DIAJUKAN">lihat SKP berstatus diajukan</Link>.
                </>
              )}
            </EmptyState>
          ) : (
            <EmptyState title="Tidak ada SKP yang menunggu persetujuan Anda.">
              SKP bawahan langsung Anda muncul di sini setelah diajukan.
            </EmptyState>
          )}
        </div>
      ) : (
        <div className="data-table skp-queue">
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">SKP yang menunggu persetujuan</caption>
              <thead>
                <tr>
                  <th scope="col">Pegawai</th>
                  <th scope="col">Jabatan</th>
                  <th scope="col">Tahun</th>
                  <th scope="col">RHK</th>
                  <th scope="col">Diajukan</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const note = revisionNote(row.revisionNumber, row.inForceRevision);
                  return (
                    <tr
                      key={row.skpId}
                      className="is-clickable"
                      tabIndex={0}
                      aria-label={`Periksa SKP ${row.fullName}`}
                      data-testid="queue-row"
                      onClick={() => open(row.skpId)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') open(row.skpId);
                      }}
                    >
                      <td>
                        <span className="cell-stack">
                          <span className="cell-primary">{row.fullName}</span>
                          <span className="cell-secondary nip">{formatNip(row.nip)}</span>
                        </span>
                      </td>
                      <td>
                        <span className="cell-stack">
                          <span>{row.positionName}</span>
                          <span className="cell-secondary">{row.unitName}</span>
                        </span>
                      </td>
                      <td className="nowrap">
                        {row.startDate?.slice(0, 4)}
                        {note && <span className="cell-secondary"> · {note}</span>}
                      </td>
                      <td className="nowrap">
                        {row.utamaCount} utama · {row.tambahanCount} tambahan
                      </td>
                      <td className="nowrap">
                        {row.submittedAt ? formatShortTimestamp(row.submittedAt) : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="table-footer">
            <p className="table-count">
              {rows.length} SKP menunggu keputusan Anda. Pilih satu untuk memeriksa, lalu setujui atau
              kembalikan.
            </p>
          </div>
        </div>
      )}
    </Page>
  );
}
