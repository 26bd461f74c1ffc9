import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { APPROACHES, APPROACH_LABELS, type Approach } from '../../../../../shared/domain/skp';
import type { SkpDetail } from '../../../../../shared/ipc/methods/skp';
import type { ErrorInfo, Result } from '../../../../../shared/ipc/result';
import { rpc } from '../../../api/client';
import { invalidateQueries } from '../../../api/hooks';
import { ErrorBanner } from '../../../components/Banner';
import { Dialog } from '../../../components/Dialog';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { editorNotice, sentence } from '../notice';
import type { EditorSession } from './session';

type Open = 'submit' | 'approve' | 'return' | 'revise' | 'discard' | 'delete' | 'dates' | 'kualitatif' | null;

const REVISION_REASONS = [
  'Penyesuaian dengan perubahan RHK pejabat penilai',
  'Penyesuaian target karena perubahan anggaran',
  'Penugasan tambahan dari pimpinan',
];

interface WorkflowProps {
  session: EditorSession;
  /** After a decision taken from the approval queue, go back to it. */
  fromQueue: boolean;
  /** Start with the "buat revisi" dialog open (the way forward offered by a LOCKED answer). */
  openRevise?: boolean;
  /** The toolbar's workflow buttons, the page header's rarer actions, or the approach select. */
  placement?: 'toolbar' | 'page' | 'approach';
  onNotice: (message: string) => void;
}

function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = 'primary',
  disabled = false,
  onConfirm,
  onClose,
  testId,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: 'primary' | 'danger';
  disabled?: boolean;
  onConfirm: () => Promise<ErrorInfo | null>;
  onClose: () => void;
  testId?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const confirm = async () => {
    setPending(true);
    setError(null);
    const failure = await onConfirm();
    setPending(false);
    if (failure) setError(failure.message);
  };
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="form-stack">
        {children}
        <ErrorBanner message={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Batal
          </button>
          <button
            type="button"
            className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={pending || disabled}
            onClick={() => void confirm()}
            data-testid={testId}
          >
            {pending ? 'Menyimpan…' : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function DatesForm({
  detail,
  session,
  onClose,
  onDone,
}: {
  detail: SkpDetail;
  session: EditorSession;
  onClose: () => void;
  onDone: () => void;
}) {
  const id = useId();
  const [start, setStart] = useState(detail.startDate);
  const [end, setEnd] = useState(detail.endDate);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBanner(null);
    setErrors({});
    const outcome = await session.run('workflow', (version) =>
      rpc('skp.setDates', { skpId: detail.id, version, startDate: start, endDate: end, reason }),
    );
    if (outcome.kind === 'ok') return onDone();
    if (outcome.kind === 'error') {
      setErrors(outcome.error.fields ?? {});
      if (!outcome.error.fields) setBanner(outcome.error.message);
    }
  };
  const field = (name: string, label: string, input: ReactNode) => (
    <div className={['field', errors[name] ? 'field-invalid' : ''].join(' ').trim()}>
      <label className="field-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {input}
      {errors[name] && (
        <p className="field-error" data-testid={`error-${name}`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form className="form-stack" noValidate onSubmit={(event) => void submit(event)}>
      <p>
        Rentang tanggal SKP: bagian tahun selama pegawai memegang jabatan ini (mis. sampai tanggal mutasi).
      </p>
      <ErrorBanner message={banner} />
      <div className="form-grid form-grid-2">
        {field(
          'startDate',
          'Tanggal mulai',
          <input
            id={`${id}-startDate`}
            type="date"
            className="input"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />,
        )}
        {field(
          'endDate',
          'Tanggal selesai',
          <input
            id={`${id}-endDate`}
            type="date"
            className="input"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />,
        )}
      </div>
      {field(
        'reason',
        'Alasan (wajib untuk SKP yang sudah diajukan atau disetujui)',
        <textarea
          id={`${id}-reason`}
          className="input textarea"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />,
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Batal
        </button>
        <button type="submit" className="btn btn-primary">
          Simpan tanggal
        </button>
      </div>
    </form>
  );
}

function WorkflowButtons({
  can,
  setOpen,
  step,
  detail,
}: {
  can: SkpDetail['can'];
  setOpen: (open: Open) => void;
  step: (call: (version: number) => Promise<Result<SkpDetail>>, notice: string) => Promise<ErrorInfo | null>;
  detail: SkpDetail;
}) {
  return (
    <>
      {can.discardRevision && (
        <button type="button" className="btn btn-secondary" onClick={() => setOpen('discard')}>
          Batalkan revisi
        </button>
      )}
      {can.withdraw && (
        <button
          type="button"
          className="btn btn-secondary"
          data-testid="skp-withdraw"
          onClick={() =>
            void step(
              (version) => rpc('skp.withdraw', { skpId: detail.id, version }),
              'Pengajuan ditarik kembali: SKP dapat diubah lagi.',
            )
          }
        >
          Tarik pengajuan
        </button>
      )}
      {can.return && (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setOpen('return')}
          data-testid="skp-return"
        >
          Kembalikan
        </button>
      )}
      {can.approve && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setOpen('approve')}
          data-testid="skp-approve"
        >
          Setujui
        </button>
      )}
      {can.revise && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setOpen('revise')}
          data-testid="skp-revise"
        >
          Buat revisi
        </button>
      )}
      {can.submit && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setOpen('submit')}
          data-testid="skp-submit"
        >
          Ajukan
        </button>
      )}
    </>
  );
}

/** The workflow buttons the caller may use on this SKP now, with their dialogs. */
export function WorkflowActions({
  session,
  fromQueue,
  openRevise = false,
  placement = 'toolbar',
  onNotice,
}: WorkflowProps) {
  const detail = session.state.detail;
  const navigate = useNavigate();
  const approachId = useId();
  const [open, setOpen] = useState<Open>(openRevise ? 'revise' : null);
  const can = detail.can;
  const latest = detail.revision.number === detail.latestRevision;
  const appraiserName = detail.appraiser?.fullName ?? 'pejabat penilai';
  const blocking = detail.issues.filter((i) => i.blocksSubmit);
  const warnings = detail.issues.filter((i) => !i.blocksSubmit);
  const close = () => setOpen(null);

  const step = async (
    call: (version: number) => Promise<Result<SkpDetail>>,
    notice: string,
    back = false,
  ): Promise<ErrorInfo | null> => {
    const outcome = await session.run('workflow', call);
    if (outcome.kind === 'error') return outcome.error;
    if (outcome.kind !== 'ok')
      return { code: 'CONFLICT', message: 'SKP perlu dimuat ulang terlebih dahulu.' };
    close();
    invalidateQueries();
    if (back && fromQueue) navigate('/skp/persetujuan', { state: editorNotice(notice) });
    else onNotice(notice);
    return null;
  };

  const setApproach = (approach: Approach) => {
    if (approach === detail.approach) return;
    const hasAspects = detail.rhk.some((r) => r.iki.some((i) => i.aspect !== null));
    if (approach === 'KUALITATIF' && hasAspects) {
      setOpen('kualitatif');
      return;
    }
    void step(
      (version) => rpc('skp.setApproach', { skpId: detail.id, version, approach }),
      `Pendekatan diubah menjadi ${APPROACH_LABELS[approach].toLowerCase()}.`,
    );
  };

  if (!latest) return null;
  let controls: ReactNode;
  if (placement === 'page') {
    controls = (
      <>
        {can.setDates && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen('dates')}>
            Ubah tanggal
          </button>
        )}
        {can.delete && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen('delete')}>
            Hapus SKP
          </button>
        )}
      </>
    );
  } else if (placement === 'approach') {
    controls = can.edit && (
      <span className="approach-select">
        <label htmlFor={approachId} className="approach-label">
          Pendekatan
        </label>
        <select
          id={approachId}
          className="input select input-compact"
          value={detail.approach}
          onChange={(event) =>
            setApproach(event.target.value === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF')
          }
          data-testid="approach-select"
        >
          {APPROACHES.map((a) => (
            <option key={a} value={a}>
              {APPROACH_LABELS[a]}
            </option>
          ))}
        </select>
      </span>
    );
  } else {
    controls = <WorkflowButtons can={can} setOpen={setOpen} step={step} detail={detail} />;
  }
  return (
    <>
      {controls}
      <ConfirmDialog
        open={open === 'submit'}
        title="Ajukan SKP"
        confirmLabel="Ajukan"
        disabled={blocking.length > 0}
        testId="skp-submit-confirm"
        onClose={close}
        onConfirm={() =>
          step(
            (version) => rpc('skp.submit', { skpId: detail.id, version }),
            sentence(`SKP diajukan kepada ${appraiserName}`),
          )
        }
      >
        {blocking.length > 0 ? (
          <>
            <p>SKP belum dapat diajukan. Lengkapi dahulu:</p>
            <ul className="issue-list">
              {blocking.map((issue, index) => (
                <li key={index} className="issue is-blocking">
                  {issue.message}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            SKP diajukan kepada <strong>{appraiserName}</strong> sebagai pejabat penilai kinerja. Selama
            diajukan, SKP tidak dapat diubah; identitas pegawai dan pejabat penilai dibekukan.
          </p>
        )}
        {warnings.length > 0 && (
          <>
            <p>Peringatan (tidak menghalangi pengajuan):</p>
            <ul className="issue-list">
              {warnings.map((issue, index) => (
                <li key={index} className="issue is-warning">
                  {issue.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </ConfirmDialog>

      {open === 'approve' && (
        <ReasonDialog
          open
          title="Setujui SKP"
          name="note"
          label={can.decideOnBehalf ? `Catatan (dicatat atas nama ${appraiserName})` : 'Catatan'}
          required={can.decideOnBehalf}
          hint={
            can.decideOnBehalf ? 'Mis. "Disetujui sesuai lembar SKP bertanda tangan tanggal …".' : 'Opsional.'
          }
          submitLabel="Setujui SKP"
          testId="skp-approve-confirm"
          onClose={close}
          onSubmit={(note) =>
            step(
              (version) => rpc('skp.approve', { skpId: detail.id, version, note }),
              `SKP ${detail.employee.fullName} disetujui.`,
              true,
            )
          }
        >
          <p>
            Setelah disetujui, SKP {detail.employee.fullName} dibekukan; perubahan sesudahnya dibuat sebagai
            revisi yang diajukan ulang.
          </p>
        </ReasonDialog>
      )}
      {open === 'return' && (
        <ReasonDialog
          open
          title="Kembalikan SKP"
          name="reason"
          label={can.decideOnBehalf ? `Alasan (dicatat atas nama ${appraiserName})` : 'Alasan dikembalikan'}
          required
          hint="Ditampilkan kepada pegawai di halaman SKP-nya."
          submitLabel="Kembalikan SKP"
          tone="danger"
          testId="skp-return-confirm"
          onClose={close}
          onSubmit={(reason) =>
            step(
              (version) => rpc('skp.return', { skpId: detail.id, version, reason }),
              `SKP ${detail.employee.fullName} dikembalikan untuk diperbaiki.`,
              true,
            )
          }
        />
      )}
      {open === 'revise' && (
        <ReasonDialog
          open
          title="Buat revisi SKP"
          name="reason"
          label="Alasan revisi"
          required
          suggestions={REVISION_REASONS}
          submitLabel="Buat revisi"
          testId="skp-revise-confirm"
          onClose={close}
          onSubmit={(reason) =>
            step(
              (version) => rpc('skp.revise', { skpId: detail.id, version, reason }),
              `Revisi ${detail.latestRevision + 1} dibuat dan dapat diubah.`,
            )
          }
        >
          <p>
            Revisi baru berisi salinan SKP yang berlaku dan dapat diubah, lalu diajukan dan disetujui lagi.
            Revisi sebelumnya tetap tersimpan dan dapat dibaca.
          </p>
        </ReasonDialog>
      )}
      <ConfirmDialog
        open={open === 'discard'}
        title="Batalkan revisi"
        confirmLabel="Batalkan revisi"
        tone="danger"
        onClose={close}
        onConfirm={() =>
          step(
            (version) => rpc('skp.discardRevision', { skpId: detail.id, version }),
            `Revisi ${detail.latestRevision} dibatalkan; revisi ${detail.inForceRevision ?? ''} tetap berlaku.`,
          )
        }
      >
        <p>Revisi {detail.latestRevision} beserta perubahannya dihapus. Revisi yang berlaku tidak berubah.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === 'delete'}
        title="Hapus SKP"
        confirmLabel="Hapus SKP"
        tone="danger"
        onClose={close}
        onConfirm={async () => {
          const result = await rpc('skp.delete', { skpId: detail.id, version: session.state.detail.version });
          if (!result.ok) return result.error;
          invalidateQueries();
          navigate(`/skp?tahun=${detail.year.year}`);
          return null;
        }}
      >
        <p>
          SKP {detail.year.year} {detail.employee.fullName} beserta seluruh RHK dan IKI-nya dihapus.
          Penghapusan tercatat di jejak audit.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === 'kualitatif'}
        title="Ubah ke pendekatan kualitatif"
        confirmLabel="Ubah pendekatan"
        onClose={close}
        onConfirm={() =>
          step(
            (version) => rpc('skp.setApproach', { skpId: detail.id, version, approach: 'KUALITATIF' }),
            'Pendekatan diubah menjadi kualitatif; aspek IKI dikosongkan.',
          )
        }
      >
        <p>Pendekatan kualitatif tidak memakai aspek IKI: aspek semua IKI akan dikosongkan.</p>
      </ConfirmDialog>
      <Dialog open={open === 'dates'} title="Ubah tanggal SKP" onClose={close}>
        <DatesForm
          detail={detail}
          session={session}
          onClose={close}
          onDone={() => {
            close();
            onNotice('Tanggal SKP diubah.');
          }}
        />
      </Dialog>
    </>
  );
}
