import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { useEditor } from './context';

/** What saving one field came to: its value as the server now holds it, or why it was not saved. */
export type FieldOutcome = { ok: true; value: string } | { ok: false; message: string; waiting?: boolean };

type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'waiting'; message: string };

const IDLE: DraftStatus = { kind: 'idle' };
const SAVING: DraftStatus = { kind: 'saving' };

/** Pause after the last keystroke before a field saves by itself. */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * The text of one autosaved field. `value` is what the server holds; the draft follows it while the user has
 * not changed it, and is kept (and saved) when they have. Saves after a pause in typing or on leaving the field.
 */
export function useAutoDraft(
  value: string,
  save: (text: string) => Promise<FieldOutcome>,
  delayMs = AUTOSAVE_DELAY_MS,
) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [status, setStatus] = useState<DraftStatus>(IDLE);
  if (value !== base) {
    setBase(value);
    const next = draft === base ? value : draft;
    if (next !== draft) setDraft(next);
    // A message about text the server now holds anyway (a row created meanwhile) no longer applies.
    if (next === value && (status.kind === 'waiting' || status.kind === 'error')) setStatus(IDLE);
  }
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const saveRef = useRef(save);
  const timer = useRef<number | undefined>(undefined);
  const sending = useRef<string | null>(null);
  const failed = useRef<string | null>(null);
  useEffect(() => {
    draftRef.current = draft;
    baseRef.current = base;
    saveRef.current = save;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = useCallback(async () => {
    window.clearTimeout(timer.current);
    const text = draftRef.current;
    if (text === baseRef.current || text === sending.current || text === failed.current) return;
    sending.current = text;
    setStatus(SAVING);
    const outcome = await saveRef.current(text);
    sending.current = null;
    if (outcome.ok) {
      failed.current = null;
      setStatus(IDLE);
      // The server may tidy the text ("1000" → "1.000"): take its form unless the user typed on meanwhile.
      if (draftRef.current === text) {
        draftRef.current = outcome.value;
        setDraft(outcome.value);
      }
    } else {
      failed.current = text;
      setStatus(
        outcome.waiting
          ? { kind: 'waiting', message: outcome.message }
          : { kind: 'error', message: outcome.message },
      );
    }
  }, []);

  const change = useCallback(
    (text: string, now = false) => {
      draftRef.current = text;
      setDraft(text);
      failed.current = null;
      window.clearTimeout(timer.current);
      if (now) void commit();
      else timer.current = window.setTimeout(() => void commit(), delayMs);
    },
    [commit, delayMs],
  );

  return { draft, change, commit, status };
}

/** "Menyimpan…", "Tersimpan 08.15", or the error, under one field. */
export function FieldStatus({ saveKey, status, id }: { saveKey: string; status: DraftStatus; id: string }) {
  const { lastSaved } = useEditor();
  let content: ReactNode = null;
  let tone = '';
  if (status.kind === 'saving') {
    content = 'Menyimpan…';
    tone = 'is-saving';
  } else if (status.kind === 'error') {
    content = status.message;
    tone = 'is-error';
  } else if (status.kind === 'waiting') {
    content = status.message;
    tone = 'is-waiting';
  } else if (lastSaved?.key === saveKey) {
    content = `Tersimpan ${lastSaved.at}`;
    tone = 'is-saved';
  }
  return (
    <span
      id={id}
      className={`field-save ${tone}`}
      aria-live="polite"
      data-testid={content ? 'field-save' : undefined}
    >
      {content}
    </span>
  );
}

interface CommonProps {
  saveKey: string;
  value: string;
  onSave: (text: string) => Promise<FieldOutcome>;
  /** Every change of the draft, for rows that collect their fields before they exist on the server. */
  onDraft?: (text: string) => void;
  /** `data-cell`: where keyboard navigation finds the field. */
  cell: string;
  label: string;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>, commit: () => Promise<void>) => void;
  className?: string;
}

type InputProps = CommonProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'className'>;

export function AutoInput({
  saveKey,
  value,
  onSave,
  onDraft,
  cell,
  label,
  onKeyDown,
  className,
  ...rest
}: InputProps) {
  const { draft, change, commit, status } = useAutoDraft(value, onSave);
  const statusId = `${cell}-status`;
  return (
    <div className={['auto-field', className ?? ''].join(' ').trim()}>
      <input
        {...rest}
        className="input input-compact"
        value={draft}
        data-cell={cell}
        aria-label={label}
        aria-invalid={status.kind === 'error' ? true : undefined}
        aria-describedby={statusId}
        onChange={(event) => {
          change(event.target.value);
          onDraft?.(event.target.value);
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => onKeyDown?.(event, commit)}
      />
      <FieldStatus saveKey={saveKey} status={status} id={statusId} />
    </div>
  );
}

type AreaProps = CommonProps &
  Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'className'
  >;

export function AutoTextArea({
  saveKey,
  value,
  onSave,
  onDraft,
  cell,
  label,
  onKeyDown,
  className,
  ...rest
}: AreaProps) {
  const { draft, change, commit, status } = useAutoDraft(value, onSave);
  const statusId = `${cell}-status`;
  return (
    <div className={['auto-field', className ?? ''].join(' ').trim()}>
      <textarea
        rows={2}
        {...rest}
        className="input input-compact textarea-auto"
        value={draft}
        data-cell={cell}
        aria-label={label}
        aria-invalid={status.kind === 'error' ? true : undefined}
        aria-describedby={statusId}
        onChange={(event) => {
          change(event.target.value);
          onDraft?.(event.target.value);
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => onKeyDown?.(event, commit)}
      />
      <FieldStatus saveKey={saveKey} status={status} id={statusId} />
    </div>
  );
}

interface SelectProps extends CommonProps {
  options: readonly { value: string; label: string; disabled?: boolean }[];
  placeholder?: string;
  title?: string;
}

/** A select saves as soon as a choice is made. */
export function AutoSelect({
  saveKey,
  value,
  onSave,
  onDraft,
  cell,
  label,
  onKeyDown,
  className,
  options,
  placeholder,
  title,
}: SelectProps) {
  const { draft, change, commit, status } = useAutoDraft(value, onSave);
  const statusId = `${cell}-status`;
  return (
    <div className={['auto-field', className ?? ''].join(' ').trim()}>
      <select
        className="input input-compact select"
        value={draft}
        data-cell={cell}
        aria-label={label}
        title={title}
        aria-invalid={status.kind === 'error' ? true : undefined}
        aria-describedby={statusId}
        onChange={(event) => {
          onDraft?.(event.target.value);
          change(event.target.value, true);
        }}
        onKeyDown={(event) => onKeyDown?.(event, commit)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldStatus saveKey={saveKey} status={status} id={statusId} />
    </div>
  );
}
