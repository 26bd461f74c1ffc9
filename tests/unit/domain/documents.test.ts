import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  documentFileName,
  fileNamePart,
  formAudienceLine,
  formatNipForPrint,
  periodFileCode,
  periodMarks,
} from '../../../shared/domain/documents';

describe('documents', () => {
  it('labels every kind', () => {
    expect(DOCUMENT_KINDS.map((k) => DOCUMENT_KIND_LABELS[k])).toEqual([
      'SKP',
      'Evaluasi Kinerja Pegawai',
      'Dokumen Evaluasi Kinerja Pegawai',
      'Rekap Predikat',
    ]);
  });

  it('groups a NIP and a NI PPPK 8-6-1-3 and leaves anything else as stored', () => {
    expect(formatNipForPrint('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNipForPrint('198409102022212020')).toBe('19840910 202221 2 020');
    expect(formatNipForPrint('19860926 201505 1 001')).toBe('19860926 201505 1 001');
    expect(formatNipForPrint('12345')).toBe('12345');
    expect(formatNipForPrint('')).toBe('');
  });

  it('names the form for the jabatan', () => {
    expect(formAudienceLine('JPT')).toBe('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(formAudienceLine('PELAKSANA')).toBe('BAGI JABATAN PELAKSANA');
    for (const type of ['ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', null] as const) {
      expect(formAudienceLine(type)).toBe('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    }
  });

  it('marks which of TRIWULAN I/II/III/IV-AKHIR applies', () => {
    const applying = (kind: Parameters<typeof periodMarks>[0], n: number) =>
      periodMarks(kind, n)
        .marks.filter((m) => m.applies)
        .map((m) => m.text);
    expect(periodMarks('QUARTER', 2).prefix).toBe('PERIODE: TRIWULAN ');
    expect(periodMarks('QUARTER', 2).marks.map((m) => m.text)).toEqual(['I', 'II', 'III', 'IV', 'AKHIR']);
    expect(applying('QUARTER', 2)).toEqual(['II']);
    expect(applying('QUARTER', 4)).toEqual(['IV']);
    expect(applying('ANNUAL', 1)).toEqual(['AKHIR']);
    expect(periodMarks('SEMESTER', 1)).toEqual({
      prefix: 'PERIODE: SEMESTER ',
      marks: [
        { text: 'I', applies: true },
        { text: 'II', applies: false },
      ],
    });
    expect(applying('MONTH', 3)).toEqual(['3']);
  });

  it('builds file names without gelar or characters a file system may refuse', () => {
    expect(fileNamePart('Dr. Siti Ṣāliḥah, M.Si.')).toBe('Siti_Salihah');
    expect(fileNamePart('Drs. Hendro Wicaksono, M.Si.')).toBe('Hendro_Wicaksono');
    expect(fileNamePart("Ni Luh Ayu Śaraswatī / O'Neil")).toBe('Ni_Luh_Ayu_Saraswati_O_Neil');
    expect(fileNamePart('...')).toBe('Dokumen');
    expect(
      documentFileName({ kind: 'SKP', year: 2026, nip: '19900101 201505 1 001', name: 'Budi Santoso, S.E.' }),
    ).toBe('SKP_2026_199001012015051001_Budi_Santoso.pdf');
    expect(
      documentFileName({
        kind: 'EVALUASI',
        year: 2026,
        periodCode: periodFileCode('QUARTER', 2),
        nip: '199001012015051001',
        name: 'Budi',
      }),
    ).toBe('EVALUASI_2026_TW2_199001012015051001_Budi.pdf');
    expect(
      documentFileName({ kind: 'REKAP', year: 2026, periodCode: 'AKHIR', name: 'Kelurahan Gayungan' }),
    ).toBe('REKAP_2026_AKHIR_Kelurahan_Gayungan.pdf');
    expect([periodFileCode('SEMESTER', 1), periodFileCode('MONTH', 3), periodFileCode('ANNUAL', 1)]).toEqual([
      'SM1',
      'BL03',
      'AKHIR',
    ]);
  });
});
