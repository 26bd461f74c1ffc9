import { describe, expect, it } from 'vitest';
import {
  defaultDirection,
  LAMPIRAN_SUGGESTIONS,
  reviewSkp,
  rhkMatchKey,
  type RhkForReview,
  type SkpForReview,
} from '../../../shared/domain/skp';
import {
  formatIdNumber,
  formatTarget,
  formatTargetWithUnit,
  parseIdNumber,
  parseTarget,
} from '../../../shared/domain/skp-target';

describe('parseIdNumber', () => {
  it('reads Indonesian numbers: comma decimal, dot thousands', () => {
    expect(parseIdNumber('12')).toBe(12);
    expect(parseIdNumber('12,5')).toBe(12.5);
    expect(parseIdNumber('1.000')).toBe(1000);
    expect(parseIdNumber('1.250.000')).toBe(1_250_000);
    expect(parseIdNumber('1.000,75')).toBe(1000.75);
    expect(parseIdNumber('0,5')).toBe(0.5);
  });

  it('reads a lone dot that does not group thousands as a decimal point', () => {
    expect(parseIdNumber('12.5')).toBe(12.5);
    expect(parseIdNumber('0.25')).toBe(0.25);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'dua', '1.00.0', '12,5,1', '-3', '1 000', '12%', ',5']) {
      expect(parseIdNumber(text), text).toBeNull();
    }
  });
});

describe('parseTarget', () => {
  it('reads single numbers', () => {
    expect(parseTarget('100')).toEqual({ ok: true, target: { low: 100, high: 100 } });
    expect(parseTarget(' 1.000 ')).toEqual({ ok: true, target: { low: 1000, high: 1000 } });
    expect(parseTarget('12,5')).toEqual({ ok: true, target: { low: 12.5, high: 12.5 } });
  });

  it('reads ranges with any dash or "s.d."', () => {
    for (const text of [
      '80-90',
      '80 - 90',
      '80 – 90',
      '80—90',
      '80 s.d. 90',
      '80 sd 90',
      '80 s/d 90',
      '80 sampai 90',
    ]) {
      expect(parseTarget(text), text).toEqual({ ok: true, target: { low: 80, high: 90 } });
    }
    expect(parseTarget('1.000 – 1.500')).toEqual({ ok: true, target: { low: 1000, high: 1500 } });
    expect(parseTarget('7,5-8')).toEqual({ ok: true, target: { low: 7.5, high: 8 } });
    expect(parseTarget('90-90')).toEqual({ ok: true, target: { low: 90, high: 90 } });
  });

  it('explains a range whose low end exceeds its high end', () => {
    const parsed = parseTarget('90 - 80');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe('Batas bawah rentang (90) lebih besar dari batas atas (80).');
  });

  it('explains every other bad input beside the field', () => {
    const message = (text: string) => {
      const parsed = parseTarget(text);
      return parsed.ok ? null : parsed.message;
    };
    expect(message('')).toBe('Target wajib diisi.');
    expect(message('-5')).toBe('Target tidak boleh negatif.');
    expect(message('banyak')).toContain('"banyak" bukan angka');
    expect(message('80-')).toContain('tidak dapat dibaca');
    expect(message('1-2-3')).toContain('tidak dapat dibaca');
    expect(message('100%')).toContain('kolom satuan');
    expect(message('12 Dokumen')).toContain('kolom satuan');
    expect(message('1e99')).not.toBeNull();
  });
});

describe('formatting targets', () => {
  it('prints Indonesian numbers', () => {
    expect(formatIdNumber(1000)).toBe('1.000');
    expect(formatIdNumber(1_250_000)).toBe('1.250.000');
    expect(formatIdNumber(12.5)).toBe('12,5');
    expect(formatIdNumber(0.125)).toBe('0,125');
    expect(formatIdNumber(100)).toBe('100');
  });

  it('prints a number or a range with its satuan', () => {
    expect(formatTarget({ low: 80, high: 90 })).toBe('80 – 90');
    expect(formatTarget({ low: 1000, high: 1000 })).toBe('1.000');
    expect(formatTargetWithUnit({ low: 80, high: 90 }, '%')).toBe('80 – 90 %');
    expect(formatTargetWithUnit({ low: 12, high: 12 }, ' Dokumen ')).toBe('12 Dokumen');
    expect(formatTargetWithUnit({ low: 12, high: 12 }, '')).toBe('12');
  });

  it('reads back what it prints', () => {
    for (const target of [
      { low: 1000, high: 1500 },
      { low: 12.5, high: 12.5 },
    ]) {
      expect(parseTarget(formatTarget(target))).toEqual({ ok: true, target });
    }
  });
});

describe('directions and matching', () => {
  it('treats time and cost as lower-is-better', () => {
    expect(defaultDirection('WAKTU')).toBe('LOWER_IS_BETTER');
    expect(defaultDirection('BIAYA')).toBe('LOWER_IS_BETTER');
    expect(defaultDirection('KUANTITAS')).toBe('HIGHER_IS_BETTER');
    expect(defaultDirection(null)).toBe('HIGHER_IS_BETTER');
  });

  it('matches RHK texts regardless of case, spacing and punctuation', () => {
    expect(rhkMatchKey('Terwujudnya  tata kelola, yang AKUNTABEL.')).toBe(
      rhkMatchKey('terwujudnya tata kelola yang akuntabel'),
    );
    expect(rhkMatchKey('A')).not.toBe(rhkMatchKey('B'));
  });

  it('offers the usual lampiran sentences', () => {
    expect(LAMPIRAN_SUGGESTIONS.resources.length).toBeGreaterThan(2);
    expect(LAMPIRAN_SUGGESTIONS.accountability.length).toBeGreaterThan(1);
    expect(LAMPIRAN_SUGGESTIONS.consequences.length).toBeGreaterThan(1);
  });
});

function rhk(id: number, overrides: Partial<RhkForReview> = {}): RhkForReview {
  return {
    id,
    group: 'UTAMA',
    text: `RHK ${id}`,
    parent: { ofCurrentAppraiser: true },
    iki: [
      {
        id: id * 10 + 1,
        aspect: 'KUANTITAS',
        indicator: 'Jumlah',
        target: { low: 1, high: 1 },
        unitOfMeasure: 'Dok',
      },
      {
        id: id * 10 + 2,
        aspect: 'KUALITAS',
        indicator: 'Mutu',
        target: { low: 90, high: 100 },
        unitOfMeasure: '%',
      },
      {
        id: id * 10 + 3,
        aspect: 'WAKTU',
        indicator: 'Waktu',
        target: { low: 12, high: 12 },
        unitOfMeasure: 'Bulan',
      },
    ],
    ...overrides,
  };
}

function skp(rhkList: RhkForReview[], overrides: Partial<SkpForReview> = {}): SkpForReview {
  return {
    approach: 'KUANTITATIF',
    appraiserName: 'Drs. Hendro Wicaksono, M.Si.',
    appraiserHasSkp: true,
    year: 2026,
    rhk: rhkList,
    ...overrides,
  };
}

describe('reviewSkp', () => {
  it('finds nothing wrong with a complete plan', () => {
    expect(reviewSkp(skp([rhk(1), rhk(2, { group: 'TAMBAHAN', parent: null })]))).toEqual([]);
  });

  it('blocks an SKP without Utama RHK', () => {
    const issues = reviewSkp(skp([rhk(1, { group: 'TAMBAHAN' })]));
    expect(issues.map((i) => [i.code, i.blocksSubmit])).toEqual([['NO_UTAMA', true]]);
  });

  it('warns (without blocking) about an Utama RHK lacking kuantitas, kualitas or waktu', () => {
    const partial = rhk(1);
    partial.iki = partial.iki.filter((i) => i.aspect === 'KUANTITAS');
    const [issue] = reviewSkp(skp([partial]));
    expect(issue).toMatchObject({ code: 'MISSING_ASPECTS', rhkId: 1, blocksSubmit: false });
    expect(issue!.message).toContain('kualitas dan waktu');
  });

  it('does not ask for aspects in the kualitatif approach, nor targets', () => {
    const plain = rhk(1, {
      iki: [
        { id: 5, aspect: null, indicator: 'Dokumen disetujui pimpinan', target: null, unitOfMeasure: '' },
      ],
    });
    expect(reviewSkp(skp([plain], { approach: 'KUALITATIF' }))).toEqual([]);
    expect(reviewSkp(skp([plain])).map((i) => i.code)).toEqual([
      'MISSING_ASPECTS',
      'IKI_WITHOUT_ASPECT',
      'IKI_WITHOUT_TARGET',
    ]);
  });

  it('blocks an RHK without IKI and an IKI without satuan', () => {
    const noIki = rhk(1, { iki: [] });
    const noUnit = rhk(2);
    noUnit.iki[0] = { ...noUnit.iki[0]!, unitOfMeasure: ' ' };
    const issues = reviewSkp(skp([noIki, noUnit]));
    expect(issues.map((i) => [i.code, i.rhkId, i.blocksSubmit])).toEqual([
      ['RHK_WITHOUT_IKI', 1, true],
      ['IKI_WITHOUT_UNIT', 2, true],
    ]);
  });

  it('blocks an Utama RHK that intervenes nothing, saying when the atasan has no SKP', () => {
    const orphan = rhk(1, { parent: null });
    expect(reviewSkp(skp([orphan]))[0]).toMatchObject({ code: 'UTAMA_WITHOUT_PARENT', blocksSubmit: true });
    const message = reviewSkp(skp([orphan], { appraiserHasSkp: false }))[0]!.message;
    expect(message).toContain('SKP Drs. Hendro Wicaksono, M.Si. (pejabat penilai) tahun 2026 belum ada');
  });

  it('lets an Utama RHK of a pegawai without atasan in SIPKA name no parent', () => {
    expect(
      reviewSkp(skp([rhk(1, { parent: null })], { appraiserName: null, appraiserHasSkp: false })),
    ).toEqual([]);
  });

  it('blocks a link to an RHK that is not the current pejabat penilai’s', () => {
    const stale = rhk(1, { parent: { ofCurrentAppraiser: false } });
    expect(reviewSkp(skp([stale]))[0]).toMatchObject({ code: 'PARENT_NOT_OF_APPRAISER', blocksSubmit: true });
  });
});
