export { applyServerError } from './serverErrors';
export { FieldShell, useFieldIds, errorMessage } from './Field';
export { TextField, DateField } from './TextField';
export { SelectField, type SelectOption } from './SelectField';
export { TextAreaField } from './TextAreaField';
export { CheckboxField } from './CheckboxField';
export { EmployeePicker, type EmployeePickerProps } from './EmployeePicker';
export { RadioGroupField, type RadioOption } from './RadioGroupField';
