import { describe, expect, it } from 'vitest';
import { formatFullName, searchKey } from '../../../shared/domain/names';

describe('formatFullName', () => {
  it('joins front title, name and back title', () => {
    expect(formatFullName({ name: 'Budi Santoso', frontTitle: 'Drs.', backTitle: 'M.Si.' })).toBe(
      'Drs. Budi Santoso, M.Si.',
    );
  });

  it('handles missing, null and blank parts', () => {
    expect(formatFullName({ name: 'Budi Santoso' })).toBe('Budi Santoso');
    expect(formatFullName({ name: 'Budi Santoso', frontTitle: 'Ir.' })).toBe('Ir. Budi Santoso');
    expect(formatFullName({ name: 'Siti Aminah', backTitle: 'S.E., M.M.' })).toBe('Siti Aminah, S.E., M.M.');
    expect(formatFullName({ name: 'Siti Aminah', frontTitle: null, backTitle: '  ' })).toBe('Siti Aminah');
  });

  it('trims and collapses whitespace and does not double a typed comma', () => {
    expect(formatFullName({ name: '  Budi   Santoso ', frontTitle: ' Drs. ', backTitle: ', M.Si. ' })).toBe(
      'Drs. Budi Santoso, M.Si.',
    );
  });
});

describe('searchKey', () => {
  it('lowercases, strips diacritics and collapses whitespace', () => {
    expect(searchKey('  Siti   NURHAYATÍ ')).toBe('siti nurhayati');
    expect(searchKey('Dra. Ëndang\tSüsilowati')).toBe('dra. endang susilowati');
  });

  it('treats decomposed and precomposed accents alike', () => {
    expect(searchKey('Jos\u00e9')).toBe(searchKey('Jose\u0301'));
    expect(searchKey('Jos\u00e9')).toBe('jose');
  });
});
