import { describe, expect, it } from 'vitest';
import {
  clipboardRows,
  isMultiCell,
  parseRealisasi,
  planPaste,
} from '../../../renderer/src/pages/realisasi/paste';

const rows = [
  { ikiLineageId: 11, number: 3 },
  { ikiLineageId: 12, number: 4 },
  { ikiLineageId: 13, number: 5 },
];

describe('pasting a spreadsheet column into the realisasi grid', () => {
  it('reads rows and cells the way spreadsheets copy them', () => {
    expect(clipboardRows('12\r\n13,5\r\n')).toEqual([['12'], ['13,5']]);
    expect(clipboardRows('12\tselesai\n7\t')).toEqual([
      ['12', 'selesai'],
      ['7', ''],
    ]);
    expect(isMultiCell('12')).toBe(false);
    expect(isMultiCell('12\n13')).toBe(true);
    expect(isMultiCell('12\tcatatan')).toBe(true);
  });

  it('reads Indonesian numbers, a trailing percent, and an empty cell as clearing', () => {
    expect(parseRealisasi('1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseRealisasi('12,5 %')).toEqual({ ok: true, value: 12.5 });
    expect(parseRealisasi('  ')).toEqual({ ok: true, value: null });
    expect(parseRealisasi('-3')).toEqual({ ok: false, reason: 'tidak boleh negatif' });
    expect(parseRealisasi('dua')).toEqual({ ok: false, reason: 'bukan angka' });
  });

  it('lays a column over the rows from the focused one down, keeping notes unless a second column is pasted', () => {
    expect(planPaste('12\n\n7,5', rows)).toEqual({
      ok: true,
      entries: [
        { ikiLineageId: 11, value: 12 },
        { ikiLineageId: 12, value: null },
        { ikiLineageId: 13, value: 7.5 },
      ],
    });
    expect(planPaste('12\tsesuai jadwal', rows)).toEqual({
      ok: true,
      entries: [{ ikiLineageId: 11, value: 12, note: 'sesuai jadwal' }],
    });
  });

  it('refuses the whole paste when a cell is bad or there are more lines than rows, naming the rows', () => {
    const bad = planPaste('12\ndua\n-1', rows);
    expect(bad).toMatchObject({ ok: false, badRows: [4, 5] });
    if (!bad.ok)
      expect(bad.message).toContain('baris 4 ("dua") bukan angka; baris 5 ("-1") tidak boleh negatif');
    const long = planPaste('1\n2\n3\n4', rows);
    expect(long).toMatchObject({ ok: false, badRows: [] });
    if (!long.ok) expect(long.message).toContain('4 baris');
  });
});
