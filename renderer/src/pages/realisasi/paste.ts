import { parseIdNumber } from '../../../../shared/domain/skp-target';

/** One grid row a pasted cell may land in. */
export interface PasteTarget {
  ikiLineageId: number;
  /** The row's number in the grid ("baris 3"). */
  number: number;
}

export interface PastedEntry {
  ikiLineageId: number;
  value: number | null;
  /** Absent when the paste carries only the realisasi column: the backend keeps the notes as they are. */
  note?: string;
}

export type PastePlan =
  { ok: true; entries: PastedEntry[] } | { ok: false; message: string; badRows: number[] };

/** Clipboard text as rows of cells: a spreadsheet copies cells separated by tabs and rows by newlines. */
export function clipboardRows(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return rows.map((row) => row.split('\t'));
}

/** True when the clipboard holds more than one cell: the grid takes it over from the input's own paste. */
export function isMultiCell(text: string): boolean {
  const rows = clipboardRows(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

/** A realisasi typed the Indonesian way ("12,5", "1.000"); empty clears it. A trailing "%" is tolerated. */
export function parseRealisasi(
  text: string,
): { ok: true; value: number | null } | { ok: false; reason: string } {
  const cell = text.trim().replace(/\s*%$/, '');
  if (cell === '') return { ok: true, value: null };
  if (cell.startsWith('-')) return { ok: false, reason: 'tidak boleh negatif' };
  const value = parseIdNumber(cell);
  return value === null ? { ok: false, reason: 'bukan angka' } : { ok: true, value };
}

/**
 * A pasted column (realisasi, optionally followed by catatan) laid over the rows from the focused one down. All
 * or nothing: a bad cell or too many lines refuses the whole paste, naming the rows.
 */
export function planPaste(text: string, targets: readonly PasteTarget[]): PastePlan {
  const rows = clipboardRows(text);
  if (rows.length > targets.length) {
    return {
      ok: false,
      message: `Tempelan berisi ${rows.length} baris, tetapi mulai baris ini hanya ada ${targets.length} IKI. Tidak ada yang disimpan.`,
      badRows: [],
    };
  }
  const entries: PastedEntry[] = [];
  const problems: string[] = [];
  const badRows: number[] = [];
  rows.forEach((cells, index) => {
    const target = targets[index]!;
    const raw = cells[0] ?? '';
    const parsed = parseRealisasi(raw);
    if (!parsed.ok) {
      problems.push(`baris ${target.number} ("${raw.trim()}") ${parsed.reason}`);
      badRows.push(target.number);
      return;
    }
    entries.push(
      cells.length > 1
        ? { ikiLineageId: target.ikiLineageId, value: parsed.value, note: (cells[1] ?? '').trim() }
        : { ikiLineageId: target.ikiLineageId, value: parsed.value },
    );
  });
  if (problems.length > 0) {
    return {
      ok: false,
      message: `Tempelan tidak disimpan: ${problems.join('; ')}. Tulis angka seperti 12 atau 12,5.`,
      badRows,
    };
  }
  return { ok: true, entries };
}
