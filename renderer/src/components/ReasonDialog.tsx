import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ErrorInfo } from '../../../shared/ipc/result';
import { ErrorBanner } from './Banner';
import { Dialog } from './Dialog';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What happens, shown above the text box. */
  children?: ReactNode;
  label: string;
  hint?: string;
  required?: boolean;
  /** Name of the input (and of the backend field whose error sits beside it). */
  name: string;
  submitLabel: string;
  tone?: 'primary' | 'danger';
  /** Sends the text; answers null when done, or the error to show. */
  onSubmit: (text: string) => Promise<ErrorInfo | null>;
  onClose: () => void;
  testId?: string;
  /** Sentences offered as one-click starts for the text. */
  suggestions?: readonly string[];
}

function ReasonForm({
  title,
  children,
  label,
  hint,
  required = false,
  name,
  submitLabel,
  tone = 'primary',
  onSubmit,
  onClose,
  testId,
  suggestions = [],
}: Omit<ReasonDialogProps, 'open'>) {
  const id = useId();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBanner(null);
    if (required && text.trim() === '') {
      setFieldError(`${label} wajib diisi`);
      return;
    }
    setPending(true);
    const error = await onSubmit(text.trim());
    setPending(false);
    if (!error) return;
    const beside = error.fields?.[name];
    setFieldError(beside ?? null);
    if (!beside) setBanner(error.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form-stack" aria-label={title}>
      {children}
      <ErrorBanner message={banner} />
      <div className={['field', fieldError ? 'field-invalid' : ''].join(' ').trim()}>
        <div className="field-label-row">
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          {required && (
            <span className="field-required" aria-hidden="true">
              *
            </span>
          )}
        </div>
        <textarea
          id={id}
          name={name}
          rows={3}
          className="input textarea"
          value={text}
          autoFocus
          aria-invalid={fieldError ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={fieldError ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setFieldError(null);
          }}
        />
        {hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {fieldError && (
          <p className="field-error" id={`${id}-error`} data-testid={`error-${name}`}>
            {fieldError}
          </p>
        )}
      </div>
      {suggestions.length > 0 && (
        <div className="suggestion-row" aria-label="Contoh isian">
          {suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="suggestion"
              onClick={() => {
                setText(suggestion);
                setFieldError(null);
              }}
            >
              {suggestion}
            </button>
          ))}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Batal
        </button>
        <button
          type="submit"
          className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'}
          disabled={pending}
          data-testid={testId}
        >
          {pending ? 'Menyimpan…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A confirmation that asks for one text (a reason, a note) and reports the backend's answer in place. */
export function ReasonDialog({ open, title, onClose, ...rest }: ReasonDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <ReasonForm title={title} onClose={onClose} {...rest} />
    </Dialog>
  );
}
