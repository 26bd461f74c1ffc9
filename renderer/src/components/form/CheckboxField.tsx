import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldIds } from './Field';

export interface CheckboxFieldProps {
  name: string;
  /** The text beside the box. */
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

/** A yes/no field: the box and its text in one label, then the hint and the error like every other field. */
export function CheckboxField({ name, label, hint, disabled }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const ids = useFieldIds(name, hint !== undefined);
  return (
    <div className={['field', ids.error ? 'field-invalid' : ''].join(' ').trim()}>
      <label className="checkbox" htmlFor={ids.inputId}>
        <input
          {...register(name)}
          id={ids.inputId}
          type="checkbox"
          disabled={disabled}
          aria-invalid={ids.error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <span>{label}</span>
      </label>
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
