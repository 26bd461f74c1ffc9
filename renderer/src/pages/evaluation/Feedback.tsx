import { useId, useState, type FormEvent } from 'react';
import type { CoreValueCode } from '../../../../shared/domain/behaviour';
import type { FeedbackDto } from '../../../../shared/ipc/methods/realisasi';
import { useMutation } from '../../api/hooks';
import { formatShortTimestamp } from '../../lib/format';

/** The umpan balik berkelanjutan given so far, oldest first. */
export function FeedbackFeed({ items, empty }: { items: FeedbackDto[]; empty?: string }) {
  if (items.length === 0) {
    return empty ? <p className="feedback-empty muted">{empty}</p> : null;
  }
  return (
    <ol className="feedback-feed" data-testid="feedback-feed">
      {items.map((item) => (
        <li key={item.id} className="feedback-item" data-testid="feedback-item">
          <p className="feedback-text">{item.text}</p>
          <p className="feedback-meta">
            {item.authorName} · {formatShortTimestamp(item.at)}
          </p>
        </li>
      ))}
    </ol>
  );
}

export type FeedbackTarget = { rhkLineageId: number } | { coreValue: CoreValueCode };

interface FeedbackBoxProps {
  skpId: number;
  periodId: number;
  target: FeedbackTarget;
  /** "RHK Utama 1", "Akuntabel". */
  about: string;
  /** Reports unsent typing, so moving to another bawahan can warn first. */
  onDirty: (dirty: boolean) => void;
  testId: string;
}

/** A toggle that opens a text box for one more umpan balik, sent by the pejabat penilai. */
export function FeedbackBox({ skpId, periodId, target, about, onDirty, testId }: FeedbackBoxProps) {
  const id = useId();
  const add = useMutation('feedback.add');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (text.trim() === '') {
      setError('Tulis umpan baliknya terlebih dahulu.');
      return;
    }
    const result = await add.run({
      skpId,
      periodId,
      rhkLineageId: 'rhkLineageId' in target ? target.rhkLineageId : null,
      coreValue: 'coreValue' in target ? target.coreValue : null,
      text,
    });
    if (!result.ok) {
      setError(result.error.fields?.text ?? result.error.message);
      return;
    }
    setText('');
    setError(null);
    setSent(true);
    setOpen(false);
    onDirty(false);
  };

  if (!open) {
    return (
      <div className="feedback-add">
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => {
            setOpen(true);
            setSent(false);
          }}
          data-testid={`${testId}-open`}
        >
          + Beri umpan balik
        </button>
        {sent && (
          <span className="save-state" role="status">
            Umpan balik terkirim
          </span>
        )}
      </div>
    );
  }
  return (
    <form
      className="feedback-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Umpan balik ${about}`}
    >
      <label className="visually-hidden" htmlFor={id}>
        Umpan balik untuk {about}
      </label>
      <textarea
        id={id}
        name="text"
        className="input textarea"
        rows={2}
        maxLength={2000}
        autoFocus
        placeholder={`Umpan balik untuk ${about}: apa yang sudah baik, apa yang perlu diperbaiki…`}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
          onDirty(event.target.value.trim() !== '');
        }}
        data-testid={`${testId}-text`}
      />
      {error && (
        <p className="field-error" role="alert" data-testid="error-text">
          {error}
        </p>
      )}
      <div className="feedback-form-actions">
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => {
            setOpen(false);
            setText('');
            setError(null);
            onDirty(false);
          }}
        >
          Batal
        </button>
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={add.pending}
          data-testid={`${testId}-send`}
        >
          {add.pending ? 'Mengirim…' : 'Kirim umpan balik'}
        </button>
      </div>
    </form>
  );
}
