import type { ReactNode } from 'react';

interface FilterBarProps {
  /** The accessible name of the search landmark. */
  label: string;
  /** Extra class beside `filter-bar` (the page's column layout). */
  className?: string;
  children: ReactNode;
}

/** The search-and-filter form above a list; it filters as the user types, so it never submits. */
export function FilterBar({ label, className, children }: FilterBarProps) {
  return (
    <form
      className={className ? `filter-bar ${className}` : 'filter-bar'}
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </form>
  );
}

interface FilterChecksProps {
  /** What stands at the row's start (a checkbox); an empty cell when omitted. */
  children?: ReactNode;
  /** Clears every filter; the button shows only when given. */
  onClear?: () => void;
}

/** The full-width last row of a filter bar, with its "Hapus semua saringan" button. */
export function FilterChecks({ children, onClear }: FilterChecksProps) {
  return (
    <div className="filter filter-checks">
      {children ?? <span />}
      {onClear && (
        <button type="button" className="btn btn-link btn-small" onClick={onClear}>
          Hapus semua saringan
        </button>
      )}
    </div>
  );
}
