import { describe, expect, it } from 'vitest';
import {
  checkNipAgainstEmployee,
  formatNip,
  nipGenderMatches,
  normalizeNipQuery,
  parseNip,
  type NipParse,
} from '../../../shared/domain/nip';

const TODAY = '2026-06-15';

function message(result: NipParse): string {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return result.message;
}

describe('parseNip, PNS', () => {
  it('accepts the regulation example 198609262015051001 and decodes it', () => {
    expect(parseNip('198609262015051001', 'PNS', TODAY)).toEqual({
      ok: true,
      nip: '198609262015051001',
      birthDate: '1986-09-26',
      gender: 'L',
      tmtCpns: '2015-05',
    });
  });

  it('uses the current date when today is omitted', () => {
    expect(parseNip('198609262015051001', 'PNS').ok).toBe(true);
  });

  it('accepts spaces and other whitespace and stores the NIP without them', () => {
    const spaced = parseNip('19860926 201505 1 001', 'PNS', TODAY);
    expect(spaced.ok && spaced.nip).toBe('198609262015051001');
    const messy = parseNip(' 19860926\t201505\u00a01  001 ', 'PNS', TODAY);
    expect(messy.ok && messy.nip).toBe('198609262015051001');
  });

  it('rejects dots, dashes and letters', () => {
    expect(message(parseNip('19860926.201505.1.001', 'PNS', TODAY))).toBe('NIP hanya boleh berisi angka');
    expect(message(parseNip('19860926-201505-1-001', 'PNS', TODAY))).toBe('NIP hanya boleh berisi angka');
    expect(message(parseNip('19860926201505100A', 'PNS', TODAY))).toBe('NIP hanya boleh berisi angka');
  });

  it('rejects an empty NIP', () => {
    expect(message(parseNip('   ', 'PNS', TODAY))).toBe('NIP wajib diisi');
  });

  it('rejects 17 and 19 digits, saying how many were given', () => {
    expect(message(parseNip('19860926201505100', 'PNS', TODAY))).toBe(
      'NIP harus 18 digit, yang diisi 17 digit',
    );
    expect(message(parseNip('1986092620150510011', 'PNS', TODAY))).toBe(
      'NIP harus 18 digit, yang diisi 19 digit',
    );
  });

  it('rejects an impossible birth date, naming digits 1–8', () => {
    const msg = message(parseNip('198602312015051001', 'PNS', TODAY));
    expect(msg).toContain('tanggal lahir (digit 1–8)');
    expect(msg).toContain('19860231');
    expect(message(parseNip('198613012015051001', 'PNS', TODAY))).toContain('tanggal lahir (digit 1–8)');
  });

  it('accepts Feb 29 in a leap year and rejects it otherwise (including 1900)', () => {
    const leap = parseNip('200002292020031001', 'PNS', TODAY);
    expect(leap.ok && leap.birthDate).toBe('2000-02-29');
    expect(message(parseNip('199902292020031001', 'PNS', TODAY))).toContain('tanggal lahir (digit 1–8)');
    expect(parseNip('199602292020031001', 'PNS', TODAY).ok).toBe(true);
    expect(message(parseNip('190002291925031001', 'PNS', TODAY))).toContain('tanggal lahir (digit 1–8)');
  });

  it('rejects a birth date in the future or before 1900', () => {
    expect(message(parseNip('202701012015051001', 'PNS', TODAY))).toContain('tanggal lahir (digit 1–8)');
    expect(message(parseNip('202701012015051001', 'PNS', TODAY))).toContain('masa depan');
    expect(message(parseNip('189912311925051001', 'PNS', TODAY))).toContain('tanggal lahir (digit 1–8)');
  });

  it.each(['00', '13'])('rejects TMT CPNS month %s with the digit 13–14 message', (month) => {
    expect(message(parseNip(`19860926${'2015'}${month}1001`, 'PNS', TODAY))).toBe(
      `NIP tidak valid: bulan TMT CPNS (digit 13–14) harus 01–12, tertulis ${month}`,
    );
  });

  it('accepts TMT months 01 and 12', () => {
    expect(parseNip('198609262015011001', 'PNS', TODAY).ok).toBe(true);
    expect(parseNip('198609262015121001', 'PNS', TODAY).ok).toBe(true);
  });

  it('rejects a TMT CPNS before the 18th birthday (month precision)', () => {
    // Born September 1986: 18 in September 2004.
    const msg = message(parseNip('198609262004081001', 'PNS', TODAY));
    expect(msg).toContain('TMT CPNS (digit 9–14)');
    expect(msg).toContain('Agustus 2004');
    expect(msg).toContain('18 tahun');
    expect(parseNip('198609262004091001', 'PNS', TODAY).ok).toBe(true);
  });

  it('rejects a TMT CPNS in the future relative to today', () => {
    const msg = message(parseNip('198609262026071001', 'PNS', TODAY));
    expect(msg).toContain('TMT CPNS (digit 9–14)');
    expect(msg).toContain('masa depan');
    expect(parseNip('198609262026061001', 'PNS', TODAY).ok).toBe(true);
    expect(parseNip('198609262026071001', 'PNS', '2026-07-01').ok).toBe(true);
  });

  it('decodes gender digit 2 as P and rejects 3 and 0', () => {
    const female = parseNip('198609262015052001', 'PNS', TODAY);
    expect(female.ok && female.gender).toBe('P');
    expect(message(parseNip('198609262015053001', 'PNS', TODAY))).toBe(
      'NIP tidak valid: jenis kelamin (digit 15) harus 1 (laki-laki) atau 2 (perempuan), tertulis 3',
    );
    expect(message(parseNip('198609262015050001', 'PNS', TODAY))).toContain('jenis kelamin (digit 15)');
  });

  it('rejects sequence 000 and accepts 001 and 999', () => {
    expect(message(parseNip('198609262015051000', 'PNS', TODAY))).toBe(
      'NIP tidak valid: nomor urut (digit 16–18) tidak boleh 000',
    );
    expect(parseNip('198609262015051999', 'PNS', TODAY).ok).toBe(true);
  });

  it('throws on a malformed today (programming error)', () => {
    expect(() => parseNip('198609262015051001', 'PNS', '15-06-2026')).toThrow();
  });
});

describe('parseNip, PPPK', () => {
  it('accepts the real NI PPPK 198409102022212020 as perempuan, although "21" is no month', () => {
    expect(parseNip('198409102022212020', 'PPPK', TODAY)).toEqual({
      ok: true,
      nip: '198409102022212020',
      birthDate: '1984-09-10',
      gender: 'P',
      appointmentYear: 2022,
    });
    expect(parseNip('19840910 2022 21 2 020', 'PPPK_PARUH_WAKTU', TODAY).ok).toBe(true);
  });

  it('the same number is rejected under the PNS layout (the rules really differ by status)', () => {
    expect(message(parseNip('198409102022212020', 'PNS', TODAY))).toContain('bulan TMT CPNS (digit 13–14)');
  });

  it.each(['00', '13', '99'])('does not validate digits 13–14 (%s)', (code) => {
    expect(parseNip(`198409102022${code}2020`, 'PPPK', TODAY).ok).toBe(true);
  });

  it('rejects a year of appointment before the 18th birthday year or in the future', () => {
    expect(message(parseNip('198409102001212020', 'PPPK', TODAY))).toContain(
      'tahun pengangkatan (digit 9–12)',
    );
    expect(parseNip('198409102002212020', 'PPPK', TODAY).ok).toBe(true);
    const future = message(parseNip('198409102027212020', 'PPPK_PARUH_WAKTU', TODAY));
    expect(future).toContain('tahun pengangkatan (digit 9–12)');
    expect(future).toContain('masa depan');
    expect(parseNip('198409102026212020', 'PPPK', TODAY).ok).toBe(true);
  });

  it('still validates birth date, gender and sequence', () => {
    expect(message(parseNip('198402302022212020', 'PPPK', TODAY))).toContain('tanggal lahir (digit 1–8)');
    expect(message(parseNip('198409102022213020', 'PPPK', TODAY))).toContain('jenis kelamin (digit 15)');
    expect(message(parseNip('198409102022212000', 'PPPK', TODAY))).toContain('nomor urut (digit 16–18)');
    expect(message(parseNip('19840910202221202', 'PPPK', TODAY))).toContain('17 digit');
  });
});

describe('formatNip / normalizeNipQuery', () => {
  it('groups 18 digits 8-6-1-3', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip('198409102022212020')).toBe('19840910 202221 2 020');
  });

  it('returns anything else unchanged', () => {
    expect(formatNip('19860926201505100')).toBe('19860926201505100');
    expect(formatNip('19860926 201505 1 001')).toBe('19860926 201505 1 001');
    expect(formatNip('')).toBe('');
  });

  it('strips all whitespace for search', () => {
    expect(normalizeNipQuery(' 19860926 2015\t05 ')).toBe('19860926201505');
    expect(normalizeNipQuery('Budi')).toBe('Budi');
  });
});

describe('checkNipAgainstEmployee', () => {
  const base = { nip: '19860926 201505 1 001', status: 'PNS' as const, today: TODAY };

  it('passes when the NIP agrees with the recorded data', () => {
    expect(checkNipAgainstEmployee({ ...base, gender: 'L', birthDate: '1986-09-26' })).toBeNull();
    expect(checkNipAgainstEmployee({ ...base, gender: 'L' })).toBeNull();
    expect(checkNipAgainstEmployee({ ...base, gender: 'L', birthDate: '' })).toBeNull();
  });

  it('reports a gender digit that contradicts the recorded jenis kelamin', () => {
    expect(checkNipAgainstEmployee({ ...base, gender: 'P', birthDate: '1986-09-26' })).toBe(
      'digit 15 NIP (jenis kelamin) tidak sesuai dengan jenis kelamin pegawai',
    );
  });

  it('reports a birth date that contradicts the recorded tanggal lahir', () => {
    const msg = checkNipAgainstEmployee({ ...base, gender: 'L', birthDate: '1986-09-27' });
    expect(msg).toContain('digit 1–8 NIP');
    expect(msg).toContain('26 September 1986');
    expect(msg).toContain('27 September 1986');
  });

  it('returns the NIP problem itself when the NIP is invalid', () => {
    expect(checkNipAgainstEmployee({ ...base, nip: '1986', gender: 'L' })).toBe(
      'NIP harus 18 digit, yang diisi 4 digit',
    );
  });

  it('works for PPPK numbers', () => {
    expect(
      checkNipAgainstEmployee({ nip: '198409102022212020', status: 'PPPK', gender: 'P', today: TODAY }),
    ).toBeNull();
    expect(
      checkNipAgainstEmployee({ nip: '198409102022212020', status: 'PPPK', gender: 'L', today: TODAY }),
    ).toContain('digit 15');
  });

  it('nipGenderMatches compares the two codes', () => {
    expect(nipGenderMatches('L', 'L')).toBe(true);
    expect(nipGenderMatches('P', 'L')).toBe(false);
  });
});
