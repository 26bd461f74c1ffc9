import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { coreValue } from '../../../../shared/domain/behaviour';
import { rangesOverlap } from '../../../../shared/domain/periods';
import { RHK_GROUP_LABELS } from '../../../../shared/domain/skp';
import { EXCLUSION_REASON_LABELS, type EvaluationScreen } from '../../../../shared/ipc/methods/evaluation';
import type { RealisasiSheet } from '../../../../shared/ipc/methods/realisasi';
import type { SkpListRow } from '../../../../shared/ipc/methods/skp';
import type { PeriodDto } from '../../../../shared/ipc/methods/years';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatShortTimestamp } from '../../lib/format';
import { FeedbackFeed } from '../evaluation/Feedback';
import { PredikatChip, ratingText } from '../evaluation/labels';
import { PeriodHistory } from '../evaluation/PeriodHistory';
import { PeriodSelect, usePeriodChoice } from '../evaluation/periods';
import { SheetLockBanner } from '../evaluation/SheetIdentity';
import { RealisasiGrid } from '../realisasi/RealisasiGrid';
import { StatusChip } from '../skp/status';
import { YearSelect } from '../skp/SkpNav';
import { useYearChoice } from '../skp/years';

function coversPeriod(row: SkpListRow, period: PeriodDto): boolean {
  if (!row.startDate || !row.endDate) return true;
  return rangesOverlap({ startDate: row.startDate, endDate: row.endDate }, period);
}

function ResultCard({ screen }: { screen: EvaluationScreen }) {
  const { evaluation, sheet } = screen;
  let content: ReactNode;
  if (evaluation.excludedReason) {
    content = (
      <p>
        Anda tidak dinilai pada periode ini:{' '}
        {EXCLUSION_REASON_LABELS[evaluation.excludedReason].toLowerCase()}
        {evaluation.excludedNote ? ` (${evaluation.excludedNote})` : ''}.
      </p>
    );
  } else if (evaluation.predikat && evaluation.ratingHasil && evaluation.ratingPerilaku) {
    content = (
      <dl className="dl-grid dl-grid-3 result-grid">
        <div className="dl-item">
          <dt>Rating hasil kerja</dt>
          <dd>{ratingText(evaluation.ratingHasil)}</dd>
        </div>
        <div className="dl-item">
          <dt>Rating perilaku kerja</dt>
          <dd>{ratingText(evaluation.ratingPerilaku)}</dd>
        </div>
        <div className="dl-item">
          <dt>Predikat kinerja</dt>
          <dd>
            <PredikatChip predikat={evaluation.predikat} />
          </dd>
        </div>
        {evaluation.note && (
          <div className="dl-item dl-span">
            <dt>Catatan pejabat penilai</dt>
            <dd>{evaluation.note}</dd>
          </div>
        )}
        {evaluation.ratedBy && evaluation.ratedAt && (
          <p className="meta-line dl-span">
            Dinilai oleh {evaluation.ratedBy}
            {evaluation.ratedOnBehalfOf ? ` atas nama ${evaluation.ratedOnBehalfOf}` : ''} ·{' '}
            {formatShortTimestamp(evaluation.ratedAt)}
          </p>
        )}
      </dl>
    );
  } else {
    content = (
      <p className="muted">
        Belum dinilai. Pejabat penilai{sheet.appraiser ? ` (${sheet.appraiser.fullName})` : ''} memberi rating
        setelah realisasi dan bukti dukung periode ini Anda isi.
      </p>
    );
  }
  return (
    <section className="card" aria-labelledby="my-result" data-testid="my-result">
      <h2 id="my-result" className="card-title">
        Hasil penilaian {sheet.period.shortLabel}
      </h2>
      {content}
    </section>
  );
}

function ReceivedFeedback({ sheet }: { sheet: RealisasiSheet }) {
  const byRhk = sheet.rhk
    .map((rhk) => ({ rhk, items: sheet.feedback.filter((f) => f.rhkLineageId === rhk.rhkLineageId) }))
    .filter((group) => group.items.length > 0);
  const byValue = sheet.feedback.filter((f) => f.coreValue !== null);
  return (
    <section className="card" aria-labelledby="my-feedback" data-testid="my-feedback">
      <h2 id="my-feedback" className="card-title">
        Umpan balik yang Anda terima ({sheet.feedback.length})
      </h2>
      {sheet.feedback.length === 0 && <p className="muted">Belum ada umpan balik pada periode ini.</p>}
      {byRhk.map(({ rhk, items }) => (
        <div key={rhk.rhkLineageId} className="feedback-group">
          <h3 className="feedback-group-title">
            {RHK_GROUP_LABELS[rhk.group]} {rhk.order}: {rhk.text}
          </h3>
          <FeedbackFeed items={items} />
        </div>
      ))}
      {byValue.length > 0 && (
        <div className="feedback-group">
          <h3 className="feedback-group-title">Perilaku kerja</h3>
          <FeedbackFeed
            items={byValue.map((f) => ({
              ...f,
              text: f.coreValue ? `${coreValue(f.coreValue).name}: ${f.text}` : f.text,
            }))}
          />
        </div>
      )}
    </section>
  );
}

/** The signed-in pegawai's own performance: realisasi entry, umpan balik received, and the result once given. */
export function KinerjaSayaPage() {
  const { user } = useSession();
  const choice = useYearChoice();
  const year = choice.year;
  const periods = usePeriodChoice(year);
  const period = periods.period;
  const [params, setParams] = useSearchParams();
  const skpSelectId = useId();
  const mine = useQuery('skp.mine', { yearId: year?.id ?? 1 }, { enabled: year !== undefined });
  const skps = (mine.data?.skps ?? []).filter((row) => row.skpId !== null);
  const wanted = Number(params.get('skp'));
  const chosen =
    skps.find((row) => row.skpId === wanted) ??
    (period ? skps.find((row) => row.status === 'DISETUJUI' && coversPeriod(row, period)) : undefined) ??
    skps[0];
  const screen = useQuery(
    'evaluation.get',
    { skpId: chosen?.skpId ?? 1, periodId: period?.id ?? 1 },
    { enabled: chosen !== undefined && period !== undefined },
  );

  let body: ReactNode;
  if (user.employeeId === null) {
    body = <EmptyState title="Akun Anda belum tertaut ke data pegawai." />;
  } else if (choice.years.data !== undefined && !year) {
    body = <EmptyState title="Belum ada tahun penilaian." />;
  } else if (mine.data === undefined) {
    body = mine.loading && <Loading />;
  } else if (skps.length === 0) {
    body = (
      <EmptyState
        title={`Anda belum memiliki SKP tahun ${year?.year ?? ''}.`}
        actions={
          <Link to={`/skp?tahun=${year?.year ?? ''}`} className="btn btn-primary">
            Ke halaman SKP
          </Link>
        }
      />
    );
  } else if (!screen.data) {
    body = screen.loading && <Loading />;
  } else {
    const data = screen.data;
    body = (
      <>
        <SheetLockBanner sheet={data.sheet} />
        <ResultCard screen={data} />
        <section className="card" aria-labelledby="my-realisasi">
          <div className="skp-section-head">
            <h2 id="my-realisasi">
              Realisasi {data.sheet.period.shortLabel}{' '}
              <span className="muted section-sub">{data.sheet.period.rangeLabel}</span>
            </h2>
          </div>
          <RealisasiGrid sheet={data.sheet} />
        </section>
        <ReceivedFeedback sheet={data.sheet} />
        {data.sheet.period.kind === 'ANNUAL' && data.history.length > 0 && (
          <PeriodHistory rows={data.history} rhk={data.sheet.rhk} />
        )}
      </>
    );
  }

  return (
    <Page
      title="Kinerja Saya"
      subtitle={
        mine.data?.employee
          ? `${mine.data.employee.fullName} · ${mine.data.employee.positionName}`
          : 'Realisasi, umpan balik, dan hasil penilaian Anda'
      }
      actions={
        <>
          <YearSelect choice={choice} />
          <PeriodSelect year={year} choice={periods} />
        </>
      }
    >
      <ErrorBanner
        message={choice.years.error?.message ?? mine.error?.message ?? screen.error?.message}
        onRetry={screen.reload}
      />
      {skps.length > 1 && chosen && (
        <div className="filter-bar filter-bar-single" role="group" aria-label="Pilih SKP">
          <div className="filter">
            <label htmlFor={skpSelectId} className="field-label">
              SKP
            </label>
            <select
              id={skpSelectId}
              name="skp"
              className="input select"
              value={String(chosen.skpId)}
              onChange={(event) =>
                setParams(
                  (current) => {
                    const copy = new URLSearchParams(current);
                    copy.set('skp', event.target.value);
                    return copy;
                  },
                  { replace: true },
                )
              }
            >
              {skps.map((row) => (
                <option key={row.skpId} value={String(row.skpId)}>
                  {row.positionName} · {row.unitName}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {skps.length === 1 && chosen && (
        <p className="my-skp-line">
          SKP: <Link to={`/skp/${chosen.skpId}`}>{chosen.positionName}</Link>{' '}
          <StatusChip status={chosen.status} />
        </p>
      )}
      {body}
    </Page>
  );
}
