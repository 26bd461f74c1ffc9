import { Fragment, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { capaianIki, formatCapaian } from '../../../../shared/domain/capaian';
import { RHK_GROUP_LABELS } from '../../../../shared/domain/skp';
import { formatIdNumber } from '../../../../shared/domain/skp-target';
import type {
  RealisasiIkiRow,
  RealisasiRhkRow,
  RealisasiSheet,
} from '../../../../shared/ipc/methods/realisasi';
import { useMutation } from '../../api/hooks';
import { Banner } from '../../components/Banner';
import { EvidencePanel } from '../../components/evidence/EvidencePanel';
import { CAPAIAN_LABEL, enteredByText } from '../evaluation/labels';
import { isMultiCell, parseRealisasi, planPaste, type PastedEntry } from './paste';

interface GridRow {
  /** 1-based, as the grid and its messages number the rows. */
  number: number;
  rhk: RealisasiRhkRow;
  iki: RealisasiIkiRow;
  /** The RHK's first IKI: its heading row goes above. */
  opensRhk: boolean;
}

interface Draft {
  value: string;
  note: string;
}

type Column = 'real' | 'note';

type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text: string } | { kind: 'error'; text: string };

function valueText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatIdNumber(value);
}

function rowsOf(sheet: RealisasiSheet): GridRow[] {
  let number = 0;
  return sheet.rhk.flatMap((rhk) =>
    rhk.iki.map((iki, index) => {
      number += 1;
      return { number, rhk, iki, opensRhk: index === 0 };
    }),
  );
}

function liveCapaian(iki: RealisasiIkiRow, draft: Draft | undefined): number | null {
  if (!draft) return iki.capaian;
  const parsed = parseRealisasi(draft.value);
  if (!parsed.ok || !iki.target) return null;
  return capaianIki({ low: iki.target.low, high: iki.target.high, direction: iki.direction }, parsed.value);
}

function rhkHeading(rhk: RealisasiRhkRow): string {
  return `${RHK_GROUP_LABELS[rhk.group]} ${rhk.order}`;
}

interface RealisasiGridProps {
  sheet: RealisasiSheet;
}

/**
 * The realisasi of one SKP for one period, entered like a spreadsheet: Enter or ↓ saves the cell and moves down,
 * ↑ moves up, Esc takes the typing back, and a column pasted from a spreadsheet fills the rows from the focused
 * one in one call (all or nothing).
 */
export function RealisasiGrid({ sheet: given }: RealisasiGridProps) {
  // The latest answer of a change shows at once; the page's own refetch replaces it with the same data.
  const [held, setHeld] = useState({ given, sheet: given });
  if (held.given !== given) setHeld({ given, sheet: given });
  const sheet = held.given === given ? held.sheet : given;
  const adopt = (next: RealisasiSheet) => setHeld({ given, sheet: next });

  const set = useMutation('realisasi.set');
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const draftsRef = useRef<Record<number, Draft>>({});
  const inFlight = useRef(new Map<number, string>());
  const [invalid, setInvalid] = useState<Record<number, string>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [lockedMessage, setLockedMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const gridRef = useRef<HTMLDivElement>(null);

  const rows = rowsOf(sheet);
  const at = { skpId: sheet.skpId, periodId: sheet.period.id };
  const editable = sheet.can.enterRealisasi && sheet.lock === null && lockedMessage === null;
  const evidenceEditable = sheet.can.addEvidence && sheet.lock === null && lockedMessage === null;

  const updateDrafts = (change: (current: Record<number, Draft>) => Record<number, Draft>) => {
    draftsRef.current = change(draftsRef.current);
    setDrafts(draftsRef.current);
  };

  const serverDraft = (iki: RealisasiIkiRow): Draft => ({
    value: valueText(iki.entry?.value),
    note: iki.entry?.note ?? '',
  });

  const clearInvalid = (ids: number[]) =>
    setInvalid((current) => {
      const next = { ...current };
      for (const id of ids) delete next[id];
      return next;
    });

  const send = async (entries: PastedEntry[], sent: Record<number, Draft>, done: string) => {
    setStatus({ kind: 'saving' });
    const result = await set.run({ ...at, entries });
    for (const entry of entries) inFlight.current.delete(entry.ikiLineageId);
    if (!result.ok) {
      if (result.error.code === 'LOCKED') setLockedMessage(result.error.message);
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    adopt(result.data);
    // A cell typed into again while its value was on the way keeps the newer typing.
    updateDrafts((current) => {
      const next = { ...current };
      for (const [id, draft] of Object.entries(sent)) {
        const now = next[Number(id)];
        if (now && now.value === draft.value && now.note === draft.note) delete next[Number(id)];
      }
      return next;
    });
    clearInvalid(entries.map((e) => e.ikiLineageId));
    setStatus({ kind: 'saved', text: done });
  };

  const commit = async (row: GridRow) => {
    const id = row.iki.ikiLineageId;
    const draft = draftsRef.current[id];
    if (!draft) return;
    const parsed = parseRealisasi(draft.value);
    if (!parsed.ok) {
      setInvalid((current) => ({
        ...current,
        [id]: `"${draft.value.trim()}" ${parsed.reason}. Tulis mis. 12 atau 12,5.`,
      }));
      setStatus({ kind: 'error', text: `Realisasi baris ${row.number} belum tersimpan: periksa isiannya.` });
      return;
    }
    const note = draft.note.trim();
    const before = row.iki.entry;
    if (parsed.value === (before?.value ?? null) && note === (before?.note ?? '')) {
      updateDrafts((current) => {
        const next = { ...current };
        delete next[id];
        return next;
      });
      clearInvalid([id]);
      return;
    }
    const key = `${draft.value}\u0000${draft.note}`;
    if (inFlight.current.get(id) === key) return;
    inFlight.current.set(id, key);
    await send(
      [{ ikiLineageId: id, value: parsed.value, note }],
      { [id]: draft },
      `Tersimpan: baris ${row.number}`,
    );
  };

  const focusCell = (column: Column, index: number) => {
    gridRef.current?.querySelector<HTMLInputElement>(`[data-cell="${column}:${index}"]`)?.focus();
  };

  const edit = (row: GridRow, column: Column, text: string) => {
    const id = row.iki.ikiLineageId;
    updateDrafts((current) => {
      const base = current[id] ?? serverDraft(row.iki);
      return { ...current, [id]: column === 'real' ? { ...base, value: text } : { ...base, note: text } };
    });
    if (column === 'real') clearInvalid([id]);
  };

  const onKeyDown =
    (row: GridRow, index: number, column: Column) => (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.nativeEvent.isComposing) return;
      const down = (event.key === 'Enter' && !event.shiftKey) || event.key === 'ArrowDown';
      const up = event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey);
      if (event.key === 'Escape') {
        event.preventDefault();
        updateDrafts((current) => {
          const next = { ...current };
          delete next[row.iki.ikiLineageId];
          return next;
        });
        clearInvalid([row.iki.ikiLineageId]);
        return;
      }
      if (!down && !up) return;
      event.preventDefault();
      void commit(row);
      const next = index + (down ? 1 : -1);
      if (next >= 0 && next < rows.length) focusCell(column, next);
    };

  const onPaste = (index: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isMultiCell(text)) return;
    event.preventDefault();
    const targets = rows
      .slice(index)
      .map((row) => ({ ikiLineageId: row.iki.ikiLineageId, number: row.number }));
    const plan = planPaste(text, targets);
    if (!plan.ok) {
      const byNumber = new Map(rows.map((row) => [row.number, row.iki.ikiLineageId]));
      setInvalid((current) => {
        const next = { ...current };
        for (const number of plan.badRows) {
          const id = byNumber.get(number);
          if (id !== undefined) next[id] = 'Isian tempelan ini bukan angka.';
        }
        return next;
      });
      setStatus({ kind: 'error', text: plan.message });
      return;
    }
    // The pasted values replace any typing in those rows.
    updateDrafts((current) => {
      const next = { ...current };
      for (const entry of plan.entries) delete next[entry.ikiLineageId];
      return next;
    });
    void send(plan.entries, {}, `Tersimpan: ${plan.entries.length} realisasi ditempel`);
  };

  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columnCount = 8;
  return (
    <div className="realisasi-grid" ref={gridRef} data-testid="realisasi-grid">
      <div className="realisasi-toolbar">
        <span className="realisasi-progress" data-testid="realisasi-progress">
          {sheet.filledCount} dari {sheet.ikiCount} IKI terisi · rata-rata {CAPAIAN_LABEL.toLowerCase()}:{' '}
          <strong>{formatCapaian(sheet.averageCapaian)}</strong>
        </span>
        <span
          hidden={lockedMessage !== null}
          className={`save-state ${status.kind === 'saving' ? 'is-saving' : status.kind === 'error' ? 'is-error' : ''} ${status.kind === 'idle' ? 'is-idle' : ''}`.trim()}
          aria-live="polite"
          data-testid="realisasi-save-state"
        >
          {status.kind === 'saving'
            ? 'Menyimpan…'
            : status.kind === 'idle'
              ? editable
                ? 'Perubahan tersimpan otomatis'
                : ''
              : status.text}
        </span>
        {editable && (
          <details className="shortcut-hint">
            <summary>Cara mengisi cepat</summary>
            <ul>
              <li>
                <kbd>Enter</kbd> atau <kbd>↓</kbd> menyimpan dan pindah ke baris berikutnya, <kbd>↑</kbd> ke
                baris sebelumnya, <kbd>Esc</kbd> membatalkan ketikan.
              </li>
              <li>Tulis angka cara Indonesia: 12,5 atau 1.000.</li>
              <li>
                Salin satu kolom dari Excel, klik sel realisasi baris pertama, lalu <kbd>Ctrl</kbd>+
                <kbd>V</kbd>: semua baris tersimpan sekaligus (kolom kedua, bila ikut disalin, menjadi
                catatan).
              </li>
            </ul>
          </details>
        )}
        {lockedMessage && (
          <Banner tone="error" title="Perubahan tidak tersimpan: periode terkunci" testId="realisasi-locked">
            {lockedMessage}
          </Banner>
        )}
      </div>
      <div className="table-scroll realisasi-scroll">
        <table className="realisasi-table">
          <caption className="visually-hidden">
            Realisasi {sheet.period.label} · {sheet.employee.fullName}
          </caption>
          <colgroup>
            <col className="rcol-number" />
            <col />
            <col className="rcol-target" />
            <col className="rcol-unit" />
            <col className="rcol-real" />
            <col className="rcol-note" />
            <col className="rcol-capaian" />
            <col className="rcol-evidence" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">No</th>
              <th scope="col">Indikator kinerja individu</th>
              <th scope="col" className="num">
                Target
              </th>
              <th scope="col">Satuan</th>
              <th scope="col">Realisasi</th>
              <th scope="col">Catatan</th>
              <th scope="col" className="num th-wrap">
                {CAPAIAN_LABEL}
              </th>
              <th scope="col">Bukti</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="muted">
                  SKP ini belum memiliki IKI.
                </td>
              </tr>
            )}
            {rows.map((row, index) => {
              const { iki, rhk } = row;
              const id = iki.ikiLineageId;
              // A refused or read-only sheet shows what is stored, not the typing that was not kept.
              const draft = editable ? drafts[id] : undefined;
              const shown = draft ?? serverDraft(iki);
              const capaian = liveCapaian(iki, draft);
              const problem = invalid[id];
              const broken = iki.evidence.some((e) => !e.intact);
              const header = row.opensRhk ? (
                <tr className="realisasi-rhk" data-testid="realisasi-rhk">
                  <th scope="rowgroup" colSpan={columnCount}>
                    <span className="realisasi-rhk-label">{rhkHeading(rhk)}</span> {rhk.text}
                  </th>
                </tr>
              ) : null;
              return (
                <Fragment key={id}>
                  {header}
                  <tr
                    className={['realisasi-row', draft ? 'is-dirty' : '', problem ? 'is-invalid' : '']
                      .join(' ')
                      .trim()}
                    data-testid="realisasi-row"
                  >
                    <td className="realisasi-number">{row.number}</td>
                    <td>
                      <span className="realisasi-indicator">{iki.indicator}</span>
                      {iki.entry && (
                        <span className="entered-by" data-testid="entered-by">
                          {enteredByText(iki.entry)}
                        </span>
                      )}
                    </td>
                    <td className="num">{iki.targetText || '–'}</td>
                    <td>{iki.unitOfMeasure || '–'}</td>
                    <td>
                      {editable ? (
                        <input
                          className="input input-compact realisasi-input"
                          inputMode="decimal"
                          autoComplete="off"
                          data-cell={`real:${index}`}
                          aria-label={`Realisasi baris ${row.number}: ${iki.indicator}`}
                          aria-invalid={problem ? true : undefined}
                          value={shown.value}
                          onChange={(event) => edit(row, 'real', event.target.value)}
                          onBlur={() => void commit(row)}
                          onKeyDown={onKeyDown(row, index, 'real')}
                          onPaste={onPaste(index)}
                        />
                      ) : (
                        <span className="realisasi-value" data-testid="realisasi-value">
                          {shown.value || '–'}
                        </span>
                      )}
                      {problem && (
                        <span className="cell-error" data-testid="realisasi-cell-error">
                          {problem}
                        </span>
                      )}
                    </td>
                    <td>
                      {editable ? (
                        <input
                          className="input input-compact"
                          autoComplete="off"
                          maxLength={2000}
                          data-cell={`note:${index}`}
                          aria-label={`Catatan baris ${row.number}`}
                          value={shown.note}
                          onChange={(event) => edit(row, 'note', event.target.value)}
                          onBlur={() => void commit(row)}
                          onKeyDown={onKeyDown(row, index, 'note')}
                        />
                      ) : (
                        <span className="realisasi-note">{shown.note || '–'}</span>
                      )}
                    </td>
                    <td className="num" data-testid="realisasi-capaian">
                      {formatCapaian(capaian)}
                    </td>
                    <td>
                      {iki.evidence.length === 0 && !evidenceEditable ? (
                        <span className="muted evidence-none">–</span>
                      ) : (
                        <button
                          type="button"
                          className={
                            broken
                              ? 'btn btn-small evidence-toggle is-broken'
                              : 'btn btn-small evidence-toggle'
                          }
                          aria-expanded={open.has(id)}
                          onClick={() => toggle(id)}
                          data-testid="evidence-toggle"
                          title={broken ? 'Ada berkas yang berubah/rusak' : undefined}
                        >
                          {broken ? '⚠ ' : ''}
                          {iki.evidence.length === 0 ? '+ Bukti' : `${iki.evidence.length} bukti`}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open.has(id) && (
                    <tr className="realisasi-evidence-row">
                      <td />
                      <td colSpan={columnCount - 1}>
                        <EvidencePanel
                          at={at}
                          ikiLineageId={id}
                          label={`baris ${row.number}`}
                          evidence={iki.evidence}
                          editable={evidenceEditable}
                          maxBytes={sheet.evidenceMaxBytes}
                          onSheet={adopt}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
