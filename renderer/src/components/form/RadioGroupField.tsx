import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldIds } from './Field';

export interface RadioOption {
  value: string;
  label: string;
  /** One line under the label explaining the choice. */
  hint?: string;
}

export interface RadioGroupFieldProps {
  name: string;
  label: ReactNode;
  options: readonly RadioOption[];
  required?: boolean;
  /** `data-testid` of each radio is `${testIdPrefix}-${value}` when given. */
  testIdPrefix?: string;
}

/** One choice among a few, each with its explanation visible (no hidden select options). */
export function RadioGroupField({ name, label, options, required, testIdPrefix }: RadioGroupFieldProps) {
  const { register } = useFormContext();
  const ids = useFieldIds(name, false);
  return (
    <fieldset
      className={['field', 'radio-field', ids.error ? 'field-invalid' : ''].join(' ').trim()}
      aria-describedby={ids.describedBy}
      aria-required={required || undefined}
    >
      <legend className="field-label-row">
        <span className="field-label">{label}</span>
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      <div className="radio-group">
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input
              {...register(name)}
              type="radio"
              value={option.value}
              aria-invalid={ids.error ? true : undefined}
              data-testid={testIdPrefix ? `${testIdPrefix}-${option.value}` : undefined}
            />
            <span>
              <strong>{option.label}</strong>
              {option.hint && <span className="radio-hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {ids.error && (
        <p className="field-error" id={ids.errorId} data-testid={`error-${name}`}>
          {ids.error}
        </p>
      )}
    </fieldset>
  );
}
