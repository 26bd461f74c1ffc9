import { Filter } from './Filter';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  /** The label of a leading empty-valued option ("Semua …"); no such option when omitted. */
  allLabel?: string;
  disabled?: boolean;
  /** Shown under the select, which is then marked invalid. */
  error?: string | null;
}

/** A labelled select of a filter bar. */
export function FilterSelect({
  label,
  name,
  value,
  onChange,
  options,
  allLabel,
  disabled,
  error,
}: FilterSelectProps) {
  return (
    <Filter label={label}>
      {(id) => (
        <>
          <select
            id={id}
            name={name}
            className="input select"
            value={value}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
          >
            {allLabel !== undefined && <option value="">{allLabel}</option>}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </Filter>
  );
}
