import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { SkpDetail } from '../../../../shared/ipc/methods/skp';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff } from '../../app/session';
import { BackLink } from '../../components/BackLink';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PrintButton } from '../../components/print/PrintButton';
import { Tabs } from '../../components/Tabs';
import { formatTimestamp } from '../../lib/format';
import { EditorContext, type EditorContextValue } from './editor/context';
import { HasilKerja } from './editor/HasilKerja';
import { Identity } from './editor/Identity';
import { Lampiran } from './editor/Lampiran';
import { Perilaku } from './editor/Perilaku';
import { useEditorSession, type EditorSession } from './editor/session';
import { WorkflowActions } from './editor/Workflow';
import { useArrivalNotice } from './notice';
import { SkpHistory } from './SkpHistory';
import { StatusChip, statusLabel } from './status';
import { positiveInt } from '../../lib/params';

function findCell(cell: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cell)}"]`);
}

function SaveState({ session, editable }: { session: EditorSession; editable: boolean }) {
  let text: string;
  let tone = '';
  const failed = session.failures.length;
  if (session.saving) {
    text = 'Menyimpan…';
    tone = 'is-saving';
  } else if (!editable) {
    return null;
  } else if (failed > 0) {
    text = `${failed} perubahan belum tersimpan: lihat pesan di kolomnya`;
    tone = 'is-error';
  } else if (session.lastSaved) {
    text = `Tersimpan ${session.lastSaved.at}`;
  } else {
    text = 'Perubahan tersimpan otomatis';
  }
  return (
    <span className={`save-state ${tone}`.trim()} aria-live="polite" data-testid="save-state">
      {text}
    </span>
  );
}

function decidedBy(detail: SkpDetail): string {
  const revision = detail.revision;
  const who = revision.decidedBy ?? '—';
  if (revision.decidedOnBehalfOf) return `${who} atas nama ${revision.decidedOnBehalfOf}`;
  return detail.appraiser ? `${detail.appraiser.fullName} (${who})` : who;
}

/** What the status of the shown revision means, and what to do next. */
function StatusBanners({
  detail,
  onRevise,
  locked,
}: {
  detail: SkpDetail;
  onRevise: () => void;
  /** A LOCKED answer is already shown with its own "buat revisi". */
  locked: boolean;
}) {
  const rev = detail.revision;
  const latest = rev.number === detail.latestRevision;
  const banners: ReactNode[] = [];
  if (!latest) {
    banners.push(
      <Banner
        key="old"
        tone="info"
        title={`Anda membaca revisi ${rev.number}${rev.inForce ? ' (berlaku)' : ''}`}
        testId="skp-old-revision"
      >
        {detail.lock?.reason === 'OLD_REVISION' ? detail.lock.message : 'Revisi ini hanya dapat dibaca.'}{' '}
        <Link to={`/skp/${detail.id}`}>Buka revisi terakhir ({detail.latestRevision})</Link>.
      </Banner>,
    );
  }
  if (rev.reason && rev.number > 1) {
    banners.push(
      <Banner key="reason" tone="info" title={`Revisi ${rev.number}`}>
        Alasan: {rev.reason}
        {detail.inForceRevision !== null && detail.inForceRevision !== rev.number
          ? ` · Revisi ${detail.inForceRevision} tetap berlaku sampai revisi ini disetujui.`
          : ''}
      </Banner>,
    );
  }
  if (rev.status === 'DIKEMBALIKAN') {
    banners.push(
      <Banner
        key="returned"
        tone="warning"
        title={`Dikembalikan oleh ${decidedBy(detail)}${rev.decidedAt ? ` · ${formatTimestamp(rev.decidedAt)}` : ''}`}
        testId="skp-returned"
      >
        {rev.decisionNote}
      </Banner>,
    );
  } else if (rev.status === 'DIAJUKAN') {
    banners.push(
      <Banner
        key="submitted"
        tone="info"
        title={
          detail.can.approve ? 'SKP ini menunggu keputusan Anda' : 'Menunggu persetujuan pejabat penilai'
        }
        testId="skp-submitted"
      >
        Diajukan kepada {detail.appraiser?.fullName ?? 'pejabat penilai'}
        {rev.submittedAt ? ` pada ${formatTimestamp(rev.submittedAt)}` : ''}
        {rev.submittedBy ? ` oleh ${rev.submittedBy}` : ''}.{' '}
        {detail.can.approve
          ? 'Periksa hasil kerja dan perilaku kerja di bawah, lalu setujui atau kembalikan dengan alasan.'
          : detail.lock?.message}
      </Banner>,
    );
  } else if (rev.status === 'DISETUJUI') {
    banners.push(
      <Banner
        key="approved"
        tone="success"
        title={`Disetujui oleh ${decidedBy(detail)}${rev.decidedAt ? ` · ${formatTimestamp(rev.decidedAt)}` : ''}`}
        testId="skp-approved"
        actions={
          latest && detail.can.revise && !locked ? (
            <button type="button" className="btn btn-secondary btn-small" onClick={onRevise}>
              Buat revisi
            </button>
          ) : undefined
        }
      >
        {rev.decisionNote ? `Catatan: ${rev.decisionNote}. ` : ''}
        {latest && detail.lock && !locked ? detail.lock.message : ''}
      </Banner>,
    );
  }
  if (detail.lock?.reason === 'YEAR_CLOSED') {
    banners.push(
      <Banner key="closed" tone="info">
        {detail.lock.message}
      </Banner>,
    );
  }
  return <>{banners}</>;
}

function RevisionPicker({ detail }: { detail: SkpDetail }) {
  const navigate = useNavigate();
  if (detail.revisions.length <= 1) return null;
  return (
    <select
      className="input select input-compact revision-select"
      aria-label="Revisi yang ditampilkan"
      value={String(detail.revision.number)}
      onChange={(event) => {
        const number = Number(event.target.value);
        navigate(
          number === detail.latestRevision ? `/skp/${detail.id}` : `/skp/${detail.id}?revisi=${number}`,
        );
      }}
      data-testid="revision-select"
    >
      {[...detail.revisions].reverse().map((r) => (
        <option key={r.id} value={String(r.number)}>
          Revisi {r.number} · {statusLabel(r.status).toLowerCase()}
          {r.inForce ? ' · berlaku' : ''}
        </option>
      ))}
    </select>
  );
}

function SkpEditor({
  initial,
  notice,
  fromQueue,
}: {
  initial: SkpDetail;
  notice: string | null;
  fromQueue: boolean;
}) {
  const session = useEditorSession(initial);
  const detail = session.state.detail;
  const hr = useIsHrStaff();
  const editable = detail.can.edit && detail.revision.number === detail.latestRevision;
  const parentOptions = useQuery('skp.parentOptions', { skpId: detail.id }, { enabled: editable });
  const [message, setMessage] = useState<string | null>(notice);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reviseSignal, setReviseSignal] = useState(0);
  const pendingFocus = useRef<string | null>(null);

  const focusCell = useCallback((cell: string) => {
    pendingFocus.current = cell;
    findCell(cell)?.focus();
    requestAnimationFrame(() => {
      if (pendingFocus.current !== cell) return;
      findCell(cell)?.focus();
      pendingFocus.current = null;
    });
  }, []);

  // A row that has just appeared (or moved) gets the focus the keyboard asked for.
  useLayoutEffect(() => {
    const cell = pendingFocus.current;
    if (!cell) return;
    const element = findCell(cell);
    if (element && document.activeElement !== element) element.focus();
  });

  const context: EditorContextValue = {
    session,
    detail,
    lastSaved: session.lastSaved,
    editable,
    parentOptions: parentOptions.data,
    focusCell,
    report: setActionError,
  };

  const onNotice = (text: string) => {
    setActionError(null);
    setMessage(text);
  };
  const plan = (
    <div className="skp-plan" key={session.generation}>
      <Identity detail={detail} />
      <HasilKerja
        approachControl={
          <WorkflowActions session={session} fromQueue={fromQueue} placement="approach" onNotice={onNotice} />
        }
      />
      <Perilaku />
      <Lampiran />
    </div>
  );

  const blocking = detail.issues.filter((i) => i.blocksSubmit).length;
  const warnings = detail.issues.length - blocking;
  return (
    <EditorContext.Provider value={context}>
      <Page
        title={`SKP ${detail.year.year} · ${detail.employee.fullName}`}
        eyebrow={
          <BackLink
            to={fromQueue ? '/skp/persetujuan' : `/skp?tahun=${detail.year.year}`}
            label={fromQueue ? 'Persetujuan SKP' : 'Daftar SKP'}
          />
        }
        subtitle={
          <>
            {detail.employee.positionName} · {detail.rangeLabel}
          </>
        }
        actions={
          <WorkflowActions session={session} fromQueue={fromQueue} placement="page" onNotice={onNotice} />
        }
      >
        <div className="skp-toolbar" role="region" aria-label="Status dan tindakan SKP">
          <div className="skp-toolbar-status">
            <StatusChip status={detail.status} testId="skp-status" />
            <span
              className={detail.revisions.length > 1 ? 'visually-hidden' : 'skp-toolbar-meta'}
              data-testid="skp-revision-info"
            >
              Revisi {detail.revision.number}
              {detail.inForceRevision === null
                ? ''
                : detail.inForceRevision === detail.revision.number
                  ? ' · berlaku'
                  : ` · berlaku: revisi ${detail.inForceRevision}`}
            </span>
            <RevisionPicker detail={detail} />
            {editable && (blocking > 0 || warnings > 0) && (
              <span className="skp-toolbar-meta" data-testid="issue-summary">
                {[
                  blocking > 0 ? `${blocking} wajib dilengkapi` : '',
                  warnings > 0 ? `${warnings} peringatan` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
            <SaveState session={session} editable={editable} />
            {session.halt?.kind === 'stale' && (
              <span className="toolbar-alert" role="alert">
                Diubah di jendela lain.{' '}
                <button
                  type="button"
                  className="btn btn-link btn-small"
                  onClick={() => void session.reload()}
                >
                  Muat ulang
                </button>
              </span>
            )}
            {session.halt?.kind === 'locked' && (
              <span className="toolbar-alert" role="alert">
                Perubahan tidak tersimpan: SKP terkunci.
              </span>
            )}
          </div>
          <div className="skp-toolbar-actions">
            <PrintButton
              request={{ kind: 'SKP', skpId: detail.id, revisionNumber: detail.revision.number }}
              label="Cetak SKP"
              small
              testId="skp-print"
            />
            <WorkflowActions
              key={reviseSignal}
              session={session}
              fromQueue={fromQueue}
              openRevise={reviseSignal > 0}
              onNotice={onNotice}
            />
          </div>
        </div>

        {message && (
          <Banner tone="success" testId="skp-notice">
            {message}
          </Banner>
        )}
        {session.halt?.kind === 'locked' && (
          <Banner
            tone="error"
            title="Perubahan tidak tersimpan: SKP terkunci"
            testId="skp-locked"
            actions={
              detail.can.revise ? (
                <button
                  type="button"
                  className="btn btn-primary btn-small"
                  onClick={() => setReviseSignal((n) => n + 1)}
                  data-testid="locked-revise"
                >
                  Buat revisi
                </button>
              ) : undefined
            }
          >
            {session.halt.message}
          </Banner>
        )}
        {session.halt?.kind === 'stale' && (
          <Banner
            tone="error"
            title="SKP diubah di tempat lain"
            testId="skp-stale"
            actions={
              <button
                type="button"
                className="btn btn-primary btn-small"
                onClick={() => void session.reload()}
                data-testid="skp-reload"
              >
                Muat ulang
              </button>
            }
          >
            {session.halt.message}
          </Banner>
        )}
        <ErrorBanner
          message={actionError}
          actions={
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => setActionError(null)}
            >
              Tutup
            </button>
          }
        />
        <StatusBanners
          detail={detail}
          locked={session.halt?.kind === 'locked'}
          onRevise={() => setReviseSignal((n) => n + 1)}
        />

        {hr ? (
          <Tabs
            label="Bagian halaman SKP"
            items={[
              { id: 'skp', label: 'SKP', content: plan },
              { id: 'riwayat', label: 'Riwayat perubahan', content: <SkpHistory detail={detail} /> },
            ]}
          />
        ) : (
          plan
        )}
      </Page>
    </EditorContext.Provider>
  );
}

export function SkpEditorPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const skpId = Number(params.id);
  const valid = Number.isInteger(skpId) && skpId > 0;
  const revision = positiveInt(search.get('revisi'));
  const query = useQuery('skp.get', { skpId, revision }, { enabled: valid });
  const notice = useArrivalNotice();
  const fromQueue =
    typeof location.state === 'object' && location.state !== null && 'fromQueue' in location.state;

  if (!valid || (query.error && !query.data)) {
    return (
      <Page title="SKP" eyebrow={<BackLink to="/skp" label="Daftar SKP" />}>
        <ErrorBanner
          message={query.error?.message ?? 'SKP tidak ditemukan.'}
          onRetry={query.error?.code === 'NOT_FOUND' || !valid ? undefined : query.reload}
        />
      </Page>
    );
  }
  if (!query.data) return <Loading />;
  return (
    <SkpEditor
      key={`${skpId}:${revision ?? 'terakhir'}`}
      initial={query.data}
      notice={notice}
      fromQueue={fromQueue}
    />
  );
}
