import { useId, useState, type FormEvent } from 'react';
import {
  EXCLUSION_REASONS,
  EXCLUSION_REASON_LABELS,
  type EvaluationScreen,
  type ExclusionReason,
} from '../../../../shared/ipc/methods/evaluation';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';

interface ExcludeControlProps {
  screen: EvaluationScreen;
  locked: boolean;
  onSaved: (message: string) => void;
}

function ExcludeForm({
  screen,
  onDone,
  onCancel,
}: {
  screen: EvaluationScreen;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const exclude = useMutation('evaluation.exclude');
  const [reason, setReason] = useState<ExclusionReason | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBanner(null);
    if (!reason) {
      setReasonError('Pilih alasan pengecualian.');
      return;
    }
    if (reason === 'LAINNYA' && note.trim() === '') {
      setNoteError('Jelaskan alasannya pada keterangan.');
      return;
    }
    const result = await exclude.run({
      skpId: screen.sheet.skpId,
      periodId: screen.sheet.period.id,
      version: screen.evaluation.version,
      reason,
      note,
    });
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setReasonError(fields.reason ?? null);
      setNoteError(fields.note ?? null);
      if (!fields.reason && !fields.note) setBanner(result.error.message);
      return;
    }
    onDone();
  };

  return (
    <form
      className="form-stack"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Kecualikan dari penilaian"
    >
      <p>
        <strong>{screen.sheet.employee.fullName}</strong> tidak dinilai pada {screen.sheet.period.label} dan
        tidak dihitung dalam kurva distribusi.
      </p>
      <ErrorBanner message={banner} />
      <fieldset className={reasonError ? 'field radio-field field-invalid' : 'field radio-field'}>
        <legend className="field-label-row">
          <span className="field-label">Alasan</span>
          <span className="field-required" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="radio-row">
          {EXCLUSION_REASONS.map((r) => (
            <label key={r} className="radio radio-compact">
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => {
                  setReason(r);
                  setReasonError(null);
                }}
                data-testid={`exclude-reason-${r}`}
              />
              <span>{EXCLUSION_REASON_LABELS[r]}</span>
            </label>
          ))}
        </div>
        {reasonError && (
          <p className="field-error" data-testid="error-reason">
            {reasonError}
          </p>
        )}
      </fieldset>
      <div className={noteError ? 'field field-invalid' : 'field'}>
        <label className="field-label" htmlFor={id}>
          Keterangan
        </label>
        <textarea
          id={id}
          name="note"
          className="input textarea"
          rows={3}
          maxLength={1000}
          value={note}
          aria-invalid={noteError ? true : undefined}
          onChange={(event) => {
            setNote(event.target.value);
            setNoteError(null);
          }}
          placeholder="Mis. cuti melahirkan 1 Oktober s.d. 31 Desember, SK nomor …"
        />
        {noteError && (
          <p className="field-error" data-testid="error-note">
            {noteError}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          Batal
        </button>
        <button
          type="submit"
          className="btn btn-danger"
          disabled={exclude.pending}
          data-testid="exclude-confirm"
        >
          {exclude.pending ? 'Menyimpan…' : 'Kecualikan'}
        </button>
      </div>
    </form>
  );
}

/** ADMIN: leave a pegawai out of the period's evaluation and kurva (cuti, mutasi…), or take that back. */
export function ExcludeControl({ screen, locked, onSaved }: ExcludeControlProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exclude = useMutation('evaluation.exclude');
  const excluded = screen.evaluation.excludedReason !== null;

  const takeBack = async () => {
    setError(null);
    const result = await exclude.run({
      skpId: screen.sheet.skpId,
      periodId: screen.sheet.period.id,
      version: screen.evaluation.version,
      reason: null,
      note: '',
    });
    if (!result.ok) setError(result.error.message);
    else onSaved(`${screen.sheet.employee.fullName} kembali ikut dinilai pada periode ini.`);
  };

  return (
    <div className="exclude-control">
      <ErrorBanner message={error} />
      {excluded ? (
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => void takeBack()}
          disabled={locked || exclude.pending}
          data-testid="exclude-undo"
        >
          Batalkan pengecualian
        </button>
      ) : (
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => setOpen(true)}
          disabled={locked}
          data-testid="exclude-open"
        >
          Kecualikan dari penilaian…
        </button>
      )}
      <Dialog open={open} title="Kecualikan dari penilaian" onClose={() => setOpen(false)}>
        <ExcludeForm
          screen={screen}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onSaved(`${screen.sheet.employee.fullName} dikecualikan dari penilaian periode ini.`);
          }}
        />
      </Dialog>
    </div>
  );
}
