import { useId, useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { formatNip } from '../../../../shared/domain/nip';
import type { PersonRef } from '../../../../shared/ipc/methods/employees';
import { useQuery } from '../../api/hooks';
import { FieldShell, useFieldIds } from '../../components/form';
import { useDebounced } from '../../lib/useDebounced';

interface SupervisorFieldProps {
  /** The atasan already recorded (edit), shown until the user picks another. */
  initial: PersonRef | null;
  /** The pegawai being edited, who cannot be their own atasan. */
  excludeId: number | null;
}

/** Atasan langsung: a combobox that searches active pegawai by name or NIP as the user types. */
export function SupervisorField({ initial, excludeId }: SupervisorFieldProps) {
  const {
    field: { ref: attachInput, onChange: setSupervisorId, onBlur: markTouched },
  } = useController({ name: 'supervisorId' });
  const ids = useFieldIds('supervisorId', true);
  const listId = useId();
  const [selected, setSelected] = useState<PersonRef | null>(initial);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const query = useDebounced(text.trim(), 200);
  const searching = open && query !== '';
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
    setSupervisorId(person.id);
    setText('');
    setOpen(false);
  };

  const clear = () => {
    setSelected(null);
    setSupervisorId(null);
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
      setOpen(false);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <FieldShell
      name="supervisorId"
      label="Atasan langsung"
      ids={ids}
      hint="Ketik nama atau NIP, lalu pilih dari daftar. Kosongkan bila tidak ada atasan di kantor ini."
    >
      {selected && (
        <div className="picked" data-testid="supervisor-selected">
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
          name="supervisorId"
          type="text"
          className="input"
          role="combobox"
          autoComplete="off"
          placeholder={selected ? 'Ketik untuk mengganti atasan…' : 'Cari nama atau NIP atasan…'}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
          aria-invalid={ids.error ? true : undefined}
          aria-describedby={ids.describedBy}
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
        <ul
          id={listId}
          role="listbox"
          aria-label="Hasil pencarian atasan"
          className="combobox-list"
          hidden={!showList}
        >
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
