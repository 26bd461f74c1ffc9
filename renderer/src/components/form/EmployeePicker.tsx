import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { formatNip } from '../../../../shared/domain/nip';
import type { PersonRef } from '../../../../shared/ipc/methods/employees';
import { useQuery } from '../../api/hooks';
import { useDebounced } from '../../lib/useDebounced';
import { FieldShell, useFieldIds } from './Field';

export interface EmployeePickerProps {
  /** The form field holding the pegawai id (number) or null. */
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** The pegawai already recorded (edit), shown until the user picks another. */
  initial: PersonRef | null;
  /** A pegawai that may not be chosen (e.g. the one being edited, who cannot be their own atasan). */
  excludeId?: number | null;
  /** Placeholder while nothing is chosen, and while one is chosen ("type to replace"). */
  placeholder: string;
  replacePlaceholder: string;
  /** Accessible name of the result list, e.g. "Hasil pencarian atasan". */
  listLabel: string;
  /** data-testid of the chosen pegawai's box. */
  selectedTestId?: string;
}

/** A combobox that searches active pegawai by name or NIP as the user types and stores the chosen id. */
export function EmployeePicker({
  name,
  label,
  hint,
  required,
  initial,
  excludeId = null,
  placeholder,
  replacePlaceholder,
  listLabel,
  selectedTestId,
}: EmployeePickerProps) {
  const {
    field: { ref: attachInput, onChange: setEmployeeId, onBlur: markTouched },
  } = useController({ name });
  const ids = useFieldIds(name, hint !== undefined);
  const listId = useId();
  const [selected, setSelected] = useState<PersonRef | null>(initial);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const query = useDebounced(text.trim(), 200);
  // The typed text, not only its debounced copy: a cleared box must not show the previous results.
  const searching = open && query !== '' && text.trim() !== '';
  const results = useQuery(
    'employees.list',
    { query, activity: 'ACTIVE', pageSize: 8 },
    { enabled: searching, keepPrevious: true },
  );
  const options = searching ? (results.data?.rows ?? []).filter((row) => row.id !== excludeId) : [];
  const showList = searching && (options.length > 0 || !results.loading);
  const active = Math.min(activeIndex, options.length - 1);

  const choose = (person: PersonRef) => {
    setSelected(person);
    setEmployeeId(person.id);
    setText('');
    setOpen(false);
  };

  const clear = () => {
    setSelected(null);
    setEmployeeId(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActiveIndex(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && showList) {
      // Enter picks the highlighted pegawai instead of submitting the form.
      event.preventDefault();
      const person = options[active];
      if (person) choose(person);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <FieldShell name={name} label={label} ids={ids} hint={hint} required={required}>
      {selected && (
        <div className="picked" data-testid={selectedTestId}>
          <div className="picked-body">
            <span className="picked-name">{selected.fullName}</span>
            <span className="picked-meta">
              <span className="nip">{formatNip(selected.nip)}</span> · {selected.positionName}
            </span>
          </div>
          <button type="button" className="btn btn-link btn-small" onClick={clear}>
            Kosongkan
          </button>
        </div>
      )}
      <div className="combobox">
        <input
          ref={attachInput}
          id={ids.inputId}
          name={name}
          type="text"
          className="input"
          role="combobox"
          autoComplete="off"
          placeholder={selected ? replacePlaceholder : placeholder}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
          aria-invalid={ids.error ? true : undefined}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            markTouched();
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!showList}>
          {options.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option is-active' : 'combobox-option'}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActiveIndex(index)}
              onClick={() => choose(person)}
            >
              <span className="picked-name">{person.fullName}</span>
              <span className="picked-meta">
                <span className="nip">{formatNip(person.nip)}</span> · {person.positionName}
              </span>
            </li>
          ))}
          {options.length === 0 && (
            <li className="combobox-empty" role="presentation">
              Tidak ada pegawai aktif yang cocok.
            </li>
          )}
        </ul>
      </div>
    </FieldShell>
  );
}
