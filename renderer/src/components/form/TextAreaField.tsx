import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useFormContext, type RegisterOptions } from 'react-hook-form';
import { FieldShell, useFieldIds } from './Field';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'name' | 'id' | 'onChange' | 'onBlur' | 'value'
> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  registerOptions?: RegisterOptions;
  fieldClassName?: string;
}

export function TextAreaField({
  name,
  label,
  hint,
  required,
  registerOptions,
  fieldClassName,
  rows = 3,
  ...areaProps
}: TextAreaFieldProps) {
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
      <textarea
        {...areaProps}
        {...register(name, registerOptions)}
        id={ids.inputId}
        rows={rows}
        className="input textarea"
        aria-invalid={ids.error ? true : undefined}
        aria-describedby={ids.describedBy}
        aria-required={required || undefined}
      />
    </FieldShell>
  );
}
