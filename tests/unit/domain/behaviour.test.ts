import { describe, expect, it } from 'vitest';
import { CORE_VALUE_CODES, CORE_VALUES, coreValue } from '../../../shared/domain/behaviour';

describe('BerAKHLAK core values (SE MenPANRB 20/2021)', () => {
  it('holds the seven values in the order of the forms, three panduan each', () => {
    expect(CORE_VALUES.map((v) => v.code)).toEqual([...CORE_VALUE_CODES]);
    expect(CORE_VALUES.map((v) => v.name)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    for (const value of CORE_VALUES) {
      expect(value.guides, value.code).toHaveLength(3);
      for (const guide of value.guides) expect(guide.trim()).toBe(guide);
    }
  });

  it('keeps the panduan text verbatim', () => {
    expect(coreValue('BERORIENTASI_PELAYANAN').guides).toEqual([
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ]);
    expect(coreValue('AKUNTABEL').guides[1]).toBe(
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    );
    expect(coreValue('LOYAL').guides[0]).toBe(
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
    );
    expect(coreValue('KOLABORATIF').guides[2]).toBe(
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    );
  });
});
