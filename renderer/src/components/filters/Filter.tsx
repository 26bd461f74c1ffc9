import { useId, type ReactNode } from 'react';

interface FilterProps {
  label: string;
  /** Extra class beside `filter`. */
  className?: string;
  children: (id: string) => ReactNode;
}

/** A labelled control of a filter bar. */
export function Filter({ label, className, children }: FilterProps) {
  const id = useId();
  return (
    <div className={className ? `filter ${className}` : 'filter'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
