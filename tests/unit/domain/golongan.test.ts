import { describe, expect, it } from 'vitest';
import {
  PNS_GOLONGAN,
  PPPK_GOLONGAN,
  formatPangkatGolongan,
  golonganOfPangkat,
  golonganOptions,
  golonganRank,
  normalizePangkatName,
  pangkatOf,
  parseGolongan,
} from '../../../shared/domain/golongan';

// domain-research §3.3, written out independently of the implementation.
const TABLE: Array<[string, string]> = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

describe('PNS golongan table', () => {
  it('has exactly the 17 golongan, in order, with ranks 1–17', () => {
    expect(PNS_GOLONGAN.map((g) => [g.code, g.pangkat])).toEqual(TABLE);
    expect(PNS_GOLONGAN.map((g) => g.rank)).toEqual(TABLE.map((_, i) => i + 1));
  });

  it.each(TABLE)('%s is %s', (code, pangkat) => {
    expect(pangkatOf(code)).toBe(pangkat);
    expect(formatPangkatGolongan('PNS', code)).toBe(`${pangkat} (${code})`);
    expect(golonganOfPangkat(pangkat)).toBe(code);
    expect(normalizePangkatName(pangkat.toUpperCase())).toBe(pangkat);
  });

  it('pangkatOf is undefined for non-PNS golongan', () => {
    expect(pangkatOf('I/e')).toBeUndefined();
    expect(pangkatOf('IX')).toBeUndefined();
    expect(pangkatOf('')).toBeUndefined();
  });
});

describe('PPPK golongan', () => {
  it('is I … XVII', () => {
    expect(PPPK_GOLONGAN).toHaveLength(17);
    expect(PPPK_GOLONGAN[0]).toBe('I');
    expect(PPPK_GOLONGAN[8]).toBe('IX');
    expect(PPPK_GOLONGAN[16]).toBe('XVII');
    expect(new Set(PPPK_GOLONGAN).size).toBe(17);
  });

  it('prints without pangkat', () => {
    expect(formatPangkatGolongan('PPPK', 'IX')).toBe('IX');
    expect(formatPangkatGolongan('PPPK', '9')).toBe('IX');
    expect(formatPangkatGolongan('PPPK_PARUH_WAKTU', 'v')).toBe('V');
  });
});

describe('golonganOptions', () => {
  it('lists the PNS codes with pangkat for PNS', () => {
    const options = golonganOptions('PNS');
    expect(options.map((o) => o.value)).toEqual(TABLE.map(([code]) => code));
    expect(options[9]).toEqual({ value: 'III/b', label: 'III/b – Penata Muda Tingkat I' });
  });

  it('lists I … XVII for PPPK and PPPK paruh waktu', () => {
    expect(golonganOptions('PPPK').map((o) => o.value)).toEqual([...PPPK_GOLONGAN]);
    expect(golonganOptions('PPPK_PARUH_WAKTU').map((o) => o.value)).toEqual([...PPPK_GOLONGAN]);
  });
});

describe('formatPangkatGolongan', () => {
  it('formats the brief example and normalises the code', () => {
    expect(formatPangkatGolongan('PNS', 'III/b')).toBe('Penata Muda Tingkat I (III/b)');
    expect(formatPangkatGolongan('PNS', 'iii b')).toBe('Penata Muda Tingkat I (III/b)');
  });

  it('prints empty for no golongan and the raw text for an unknown one', () => {
    expect(formatPangkatGolongan('PNS', null)).toBe('');
    expect(formatPangkatGolongan('PNS', '  ')).toBe('');
    expect(formatPangkatGolongan('PNS', ' X/z ')).toBe('X/z');
    expect(formatPangkatGolongan('PPPK', 'XVIII')).toBe('XVIII');
  });
});

describe('normalizePangkatName', () => {
  it.each([
    'Penata Muda Tk. I',
    'Penata Muda Tk.I',
    'penata muda tingkat i',
    'PENATA MUDA TK I',
    'Penata  Muda Tkt. I',
    'Penata Muda Tk. 1',
  ])('"%s" → Penata Muda Tingkat I', (raw) => {
    expect(normalizePangkatName(raw)).toBe('Penata Muda Tingkat I');
  });

  it('keeps pangkat without "Tingkat I" distinct', () => {
    expect(normalizePangkatName('penata muda')).toBe('Penata Muda');
    expect(normalizePangkatName('Pembina Tk.I')).toBe('Pembina Tingkat I');
    expect(normalizePangkatName('Pembina Utama Muda')).toBe('Pembina Utama Muda');
  });

  it('returns null for names that are no pangkat', () => {
    expect(normalizePangkatName('Penata Madya')).toBeNull();
    expect(normalizePangkatName('Pembina Utama Tk. I')).toBeNull();
    expect(normalizePangkatName('')).toBeNull();
  });

  it('golonganOfPangkat maps written forms to the code', () => {
    expect(golonganOfPangkat('Pembina Tk.I')).toBe('IV/b');
    expect(golonganOfPangkat('Juru Tk. I')).toBe('I/d');
    expect(golonganOfPangkat('Kepala')).toBeNull();
  });
});

describe('parseGolongan', () => {
  it.each([
    'III/a',
    'iii/a',
    'III a',
    'III-a',
    'IIIa',
    'III/A',
    ' III / a ',
    '3/a',
    'Gol. III/a',
    'Golongan III/a',
  ])('PNS "%s" → III/a', (raw) => {
    expect(parseGolongan(raw, 'PNS')).toBe('III/a');
  });

  it('distinguishes I, II, III and IV', () => {
    expect(parseGolongan('i/b', 'PNS')).toBe('I/b');
    expect(parseGolongan('ii-c', 'PNS')).toBe('II/c');
    expect(parseGolongan('IV e', 'PNS')).toBe('IV/e');
  });

  it.each(['I/e', 'II/e', 'III/e', 'IV/f', 'V/a', 'IX', '', 'III', 'IIII/a'])('PNS "%s" → null', (raw) => {
    expect(parseGolongan(raw, 'PNS')).toBeNull();
  });

  it.each([
    ['IX', 'IX'],
    ['ix', 'IX'],
    ['9', 'IX'],
    ['Golongan IX', 'IX'],
    ['1', 'I'],
    ['17', 'XVII'],
    ['xvii', 'XVII'],
  ])('PPPK "%s" → %s', (raw, code) => {
    expect(parseGolongan(raw, 'PPPK')).toBe(code);
    expect(parseGolongan(raw, 'PPPK_PARUH_WAKTU')).toBe(code);
  });

  it.each(['0', '18', 'XVIII', 'IIII', 'III/a', 'VV', ''])('PPPK "%s" → null', (raw) => {
    expect(parseGolongan(raw, 'PPPK')).toBeNull();
  });
});

describe('golonganRank', () => {
  it('orders within each scale', () => {
    expect(golonganRank('PNS', 'I/a')).toBe(1);
    expect(golonganRank('PNS', 'iv/e')).toBe(17);
    expect(golonganRank('PPPK', 'IX')).toBe(9);
    expect(golonganRank('PPPK', 'XVIII')).toBeUndefined();
    expect(golonganRank('PNS', 'IX')).toBeUndefined();
  });
});
