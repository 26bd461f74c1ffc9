interface LoadingProps {
  label?: string;
  /** Inline next to other content instead of a padded block. */
  inline?: boolean;
}

export function Loading({ label = 'Memuat data…', inline = false }: LoadingProps) {
  return (
    <div className={inline ? 'loading loading-inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
