import { Filter } from './Filter';

interface SearchFilterProps {
  label: string;
  placeholder: string;
  /** The box's text and its change handler, as `useSearchBox` gives them. */
  box: { text: string; change: (text: string) => void };
  /** The wide search box that leads a list page: `type="search"` and the `filter-search` class. */
  wide?: boolean;
  testId?: string;
}

/** The free-text search field of a filter bar (name `query`). */
export function SearchFilter({ label, placeholder, box, wide = false, testId }: SearchFilterProps) {
  return (
    <Filter label={label} className={wide ? 'filter-search' : undefined}>
      {(id) => (
        <input
          id={id}
          type={wide ? 'search' : undefined}
          name="query"
          className="input"
          placeholder={placeholder}
          autoComplete="off"
          value={box.text}
          onChange={(event) => box.change(event.target.value)}
          data-testid={testId}
        />
      )}
    </Filter>
  );
}
