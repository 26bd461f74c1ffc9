import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_LABELS,
  ACTIVITY_STATES,
  EMPLOYEE_STATUSES,
  EMPLOYEE_STATUS_LABELS,
  FUNCTIONAL_CATEGORIES,
  FUNCTIONAL_CATEGORY_LABELS,
  FUNCTIONAL_LEVELS,
  FUNCTIONAL_LEVEL_CATEGORY,
  FUNCTIONAL_LEVEL_LABELS,
  GENDERS,
  GENDER_LABELS,
  POSITION_TYPES,
  POSITION_TYPE_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  functionalLevelsOf,
  isActiveState,
  isPppk,
} from '../../../shared/domain/positions';

describe('code lists and labels', () => {
  it.each([
    ['EMPLOYEE_STATUSES', EMPLOYEE_STATUSES, EMPLOYEE_STATUS_LABELS],
    ['GENDERS', GENDERS, GENDER_LABELS],
    ['POSITION_TYPES', POSITION_TYPES, POSITION_TYPE_LABELS],
    ['FUNCTIONAL_CATEGORIES', FUNCTIONAL_CATEGORIES, FUNCTIONAL_CATEGORY_LABELS],
    ['FUNCTIONAL_LEVELS', FUNCTIONAL_LEVELS, FUNCTIONAL_LEVEL_LABELS],
    ['ACTIVITY_STATES', ACTIVITY_STATES, ACTIVITY_LABELS],
    ['UNIT_KINDS', UNIT_KINDS, UNIT_KIND_LABELS],
  ] as const)('%s has exactly one non-empty label per code', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
  });

  it('uses the agreed codes', () => {
    expect(EMPLOYEE_STATUSES).toEqual(['PNS', 'PPPK', 'PPPK_PARUH_WAKTU']);
    expect(POSITION_TYPES).toEqual(['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL']);
    expect(ACTIVITY_STATES).toEqual(['AKTIF', 'MUTASI_KELUAR', 'PENSIUN', 'CLTN', 'MENINGGAL']);
    expect(UNIT_KINDS).toEqual(['KECAMATAN', 'SEKRETARIAT', 'SUBBAGIAN', 'SEKSI', 'KELURAHAN']);
    expect(GENDERS).toEqual(['L', 'P']);
  });

  it('has the Indonesian labels', () => {
    expect(EMPLOYEE_STATUS_LABELS.PPPK_PARUH_WAKTU).toBe('PPPK Paruh Waktu');
    expect(GENDER_LABELS).toEqual({ L: 'Laki-laki', P: 'Perempuan' });
    expect(ACTIVITY_LABELS).toEqual({
      AKTIF: 'Aktif',
      MUTASI_KELUAR: 'Mutasi keluar',
      PENSIUN: 'Pensiun',
      CLTN: 'Cuti di luar tanggungan negara',
      MENINGGAL: 'Meninggal dunia',
    });
    expect(UNIT_KIND_LABELS.KELURAHAN).toBe('Kelurahan');
    expect(FUNCTIONAL_LEVEL_LABELS.AHLI_PERTAMA).toBe('Ahli Pertama');
    expect(FUNCTIONAL_LEVEL_LABELS.PENYELIA).toBe('Penyelia');
  });
});

describe('helpers', () => {
  it('splits jenjang fungsional into keahlian and keterampilan, lowest first', () => {
    expect(functionalLevelsOf('KEAHLIAN')).toEqual(['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA']);
    expect(functionalLevelsOf('KETERAMPILAN')).toEqual(['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA']);
    expect(FUNCTIONAL_LEVEL_CATEGORY.MAHIR).toBe('KETERAMPILAN');
  });

  it('isPppk covers both PPPK statuses', () => {
    expect(isPppk('PNS')).toBe(false);
    expect(isPppk('PPPK')).toBe(true);
    expect(isPppk('PPPK_PARUH_WAKTU')).toBe(true);
  });

  it('only AKTIF is active', () => {
    expect(ACTIVITY_STATES.filter(isActiveState)).toEqual(['AKTIF']);
  });
});
