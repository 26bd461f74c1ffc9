import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useFormContext, type RegisterOptions } from 'react-hook-form';
import { FieldShell, useFieldIds } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'name' | 'id' | 'onChange' | 'onBlur' | 'value'
> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** The empty first option ("— Pilih … —"); leave out when a value is always chosen. */
  placeholder?: string;
  hint?: ReactNode;
  required?: boolean;
  registerOptions?: RegisterOptions;
  fieldClassName?: string;
}

export function SelectField({
  name,
  label,
  options,
  placeholder,
  hint,
  required,
  registerOptions,
  fieldClassName,
  ...selectProps
}: SelectFieldProps) {
  const { register } = useFormContext();
  const ids = useFieldIds(name, hint !== undefined);
  return (
    <FieldShell
      name={name}
      label={label}
      ids={ids}
      hint={hint}
      required={required}
      className={fieldClassName}
    >
      <select
        {...selectProps}
        {...register(name, registerOptions)}
        id={ids.inputId}
        className="input select"
        aria-invalid={ids.error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
