import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EXCLUSION_REASON_LABELS } from '../../../../shared/ipc/methods/evaluation';
import type { EvaluationListRow } from '../../../../shared/ipc/methods/evaluation';
import { useQuery } from '../../api/hooks';
import { BackLink } from '../../components/BackLink';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { EvaluationPrintActions } from '../../components/print/EvaluationPrintActions';
import { useYearChoice } from '../skp/years';
import { HasilKerjaReview } from './HasilKerjaReview';
import { PerilakuReview } from './PerilakuReview';
import { PeriodHistory } from './PeriodHistory';
import { PeriodSelect, usePeriodChoice } from './periods';
import { RatingPanel } from './RatingPanel';
import { listQuery, useScopeChoice } from './scope';
import { SheetIdentity, SheetLockBanner } from './SheetIdentity';
import { positiveInt } from '../../lib/params';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('textarea, input[type="text"], input:not([type])') !== null
  );
}

interface BawahanNavProps {
  prev: EvaluationListRow | undefined;
  next: EvaluationListRow | undefined;
  position: number;
  total: number;
  onGo: (row: EvaluationListRow) => void;
}

function BawahanNav({ prev, next, position, total, onGo }: BawahanNavProps) {
  if (total === 0 || position === 0) return null;
  return (
    <div className="bawahan-nav" role="group" aria-label="Pindah pegawai">
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={!prev}
        onClick={() => prev && onGo(prev)}
        title={prev ? `${prev.fullName} (Alt+←)` : undefined}
        aria-keyshortcuts="Alt+ArrowLeft"
        data-testid="bawahan-prev"
      >
        ‹ Sebelumnya
      </button>
      <span className="bawahan-position" data-testid="bawahan-position">
        {position} / {total}
      </span>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={!next}
        onClick={() => next && onGo(next)}
        title={next ? `${next.fullName} (Alt+→)` : undefined}
        aria-keyshortcuts="Alt+ArrowRight"
        data-testid="bawahan-next"
      >
        Berikutnya ›
      </button>
    </div>
  );
}

/** One bawahan in one period: what they achieved, the umpan balik, and the two ratings with the predikat. */
export function EvaluationScreenPage() {
  const params = useParams();
  const skpId = positiveInt(params.skpId);
  const choice = useYearChoice();
  const year = choice.year;
  const periods = usePeriodChoice(year);
  const period = periods.period;
  const scope = useScopeChoice();
  const navigate = useNavigate();
  const screen = useQuery(
    'evaluation.get',
    { skpId: skpId ?? 1, periodId: period?.id ?? 1 },
    { enabled: skpId !== null && period !== undefined },
  );
  const list = useQuery(
    'evaluation.list',
    { periodId: period?.id ?? 1, scope: scope.scope, unitId: scope.unitId },
    { enabled: period !== undefined },
  );
  const dirty = useRef(new Set<string>());
  const [pendingNav, setPendingNav] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ at: string; text: string } | null>(null);

  const query = listQuery({
    year: year?.year,
    periodId: period?.id,
    scope: scope.scope,
    unitId: scope.unitId,
  });
  const rows = list.data?.rows ?? [];
  const index = rows.findIndex((r) => r.skpId === skpId);
  const prev = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : undefined;
  const here = `${skpId}-${period?.id}`;

  const onDirty = useCallback((key: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(key);
    else dirty.current.delete(key);
  }, []);

  const leave = useCallback(
    (to: string) => {
      dirty.current.clear();
      setPendingNav(null);
      navigate(to);
    },
    [navigate],
  );

  const go = useCallback(
    (row: EvaluationListRow) => {
      const to = `/penilaian/${row.skpId}${query}`;
      if (dirty.current.size > 0) setPendingNav(to);
      else leave(to);
    },
    [leave, query],
  );

  // Alt+← / Alt+→ move between bawahan without going back to the list.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (isTyping(event.target)) return;
      const target = event.key === 'ArrowLeft' ? prev : next;
      event.preventDefault();
      if (target) go(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prev, next, go]);

  const data = screen.data;
  const title = data ? `Penilaian · ${data.sheet.employee.fullName}` : 'Penilaian';
  let body;
  if (skpId === null) {
    body = <EmptyState title="SKP tidak ditemukan." />;
  } else if (!data) {
    body = screen.loading || choice.years.loading ? <Loading /> : null;
  } else {
    const { sheet, evaluation } = data;
    const canGiveFeedback = sheet.can.giveFeedback && sheet.lock === null;
    body = (
      <>
        <SheetLockBanner sheet={sheet} />
        {evaluation.excludedReason && (
          <Banner tone="warning" title="Dikecualikan dari penilaian periode ini" testId="eval-excluded">
            Alasan: {EXCLUSION_REASON_LABELS[evaluation.excludedReason]}
            {evaluation.excludedNote ? ` · ${evaluation.excludedNote}` : ''}. Pegawai ini tidak dihitung dalam
            kurva distribusi.
          </Banner>
        )}
        {notice && notice.at === here && (
          <Banner tone="success" testId="eval-notice">
            {notice.text}
          </Banner>
        )}
        <div className="eval-layout">
          <div className="eval-main">
            <SheetIdentity sheet={sheet} />
            {/* For the annual rating the quarters come first: they are what the penilai weighs. */}
            {sheet.period.kind === 'ANNUAL' && data.history.length > 0 && (
              <PeriodHistory rows={data.history} rhk={sheet.rhk} />
            )}
            <HasilKerjaReview sheet={sheet} canGiveFeedback={canGiveFeedback} onDirty={onDirty} />
            <PerilakuReview sheet={sheet} canGiveFeedback={canGiveFeedback} onDirty={onDirty} />
          </div>
          <aside className="eval-aside" aria-label="Rating dan predikat">
            <RatingPanel
              key={`${here}-${evaluation.version}`}
              screen={data}
              onDirty={(isDirty) => onDirty('rating', isDirty)}
              onSaved={(text) => setNotice({ at: here, text })}
            />
            <EvaluationPrintActions skpId={sheet.skpId} periodId={sheet.period.id} />
          </aside>
        </div>
      </>
    );
  }

  return (
    <Page
      title={title}
      eyebrow={<BackLink to={`/penilaian${query}`} label="Daftar penilaian" />}
      subtitle={
        data
          ? `${data.sheet.employee.positionName} · ${data.sheet.period.label} (${data.sheet.period.rangeLabel})`
          : undefined
      }
      actions={
        <>
          <PeriodSelect year={year} choice={periods} />
          <BawahanNav prev={prev} next={next} position={index + 1} total={rows.length} onGo={go} />
        </>
      }
    >
      <ErrorBanner message={choice.years.error?.message ?? screen.error?.message} onRetry={screen.reload} />
      {body}
      <Dialog
        open={pendingNav !== null}
        title="Ada isian yang belum disimpan"
        onClose={() => setPendingNav(null)}
        size="small"
      >
        <p>Rating atau umpan balik yang sedang Anda tulis belum disimpan. Tetap pindah dan membuangnya?</p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setPendingNav(null)}>
            Tetap di sini
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => pendingNav && leave(pendingNav)}
            data-testid="leave-confirm"
          >
            Pindah tanpa menyimpan
          </button>
        </div>
      </Dialog>
    </Page>
  );
}
