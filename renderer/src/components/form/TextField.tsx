import type { InputHTMLAttributes, ReactNode } from 'react';
import { useFormContext, type RegisterOptions } from 'react-hook-form';
import { FieldShell, useFieldIds } from './Field';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id' | 'onChange' | 'onBlur' | 'value' | 'defaultValue'
>;

export interface TextFieldProps extends NativeInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  registerOptions?: RegisterOptions;
  fieldClassName?: string;
}

export function TextField({
  name,
  label,
  hint,
  required,
  registerOptions,
  fieldClassName,
  type = 'text',
  ...inputProps
}: TextFieldProps) {
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
      <input
        {...inputProps}
        {...register(name, registerOptions)}
        id={ids.inputId}
        type={type}
        className="input"
        aria-invalid={ids.error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
      />
    </FieldShell>
  );
}

/** A date picker: the browser's own control, value `YYYY-MM-DD`. */
export function DateField(props: Omit<TextFieldProps, 'type'>) {
  return (
    <TextField {...props} type="date" fieldClassName={['field-date', props.fieldClassName ?? ''].join(' ')} />
  );
}
