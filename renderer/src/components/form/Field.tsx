import { useId, type ReactNode } from 'react';
import { get, useFormContext, type FieldErrors } from 'react-hook-form';

/** The message of the error at `name` (a dotted path), if any. */
export function errorMessage(errors: FieldErrors, name: string): string | undefined {
  const entry: unknown = get(errors, name);
  if (typeof entry !== 'object' || entry === null || !('message' in entry)) return undefined;
  return typeof entry.message === 'string' && entry.message !== '' ? entry.message : undefined;
}

export interface FieldIds {
  inputId: string;
  hintId: string;
  errorId: string;
  describedBy: string | undefined;
  error: string | undefined;
}

/** Ids and the current error of one field, for custom controls that reuse FieldShell. */
export function useFieldIds(name: string, hasHint: boolean): FieldIds {
  const {
    formState: { errors },
  } = useFormContext();
  const base = useId();
  const error = errorMessage(errors, name);
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const describedBy =
    [hasHint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { inputId: `${base}-input`, hintId, errorId, describedBy, error };
}

export interface FieldShellProps {
  name: string;
  label: ReactNode;
  ids: FieldIds;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and error message, laid out the same way for every field. */
export function FieldShell({ name, label, ids, hint, required, className, children }: FieldShellProps) {
  return (
    <div className={['field', ids.error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      {/* The asterisk sits outside the label so the field's accessible name is exactly its label. */}
      <div className="field-label-row">
        <label className="field-label" htmlFor={ids.inputId}>
          {label}
        </label>
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p className="field-hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {ids.error && (
        <p className="field-error" id={ids.errorId} data-testid={`error-${name}`}>
          {ids.error}
        </p>
      )}
    </div>
  );
}
