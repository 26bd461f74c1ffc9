import { describe, expect, it } from 'vitest';
import {
  extensionForMime,
  hasPdfExtension,
  safeBaseName,
  safePdfName,
  storedCopyName,
} from '../../../electron/main/file-names';
import { documentFileName } from '../../../shared/domain/documents';

describe('safePdfName', () => {
  it('keeps the name the app proposes', () => {
    const name = documentFileName({ kind: 'SKP', year: 2026, nip: '199001012015051001', name: 'Siti Rahma' });
    expect(name).toBe('SKP_2026_199001012015051001_Siti_Rahma.pdf');
    expect(safePdfName(name)).toBe(name);
  });

  it.each([
    ['..\\..\\Windows\\System32\\evil.pdf', 'evil.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Users\\tu\\a.exe', 'a.pdf'],
    ['laporan: "mei"?.pdf', 'laporan_ _mei__.pdf'],
    ['nama\u0000jahat.pdf', 'nama_jahat.pdf'],
    ['  ...titik...  ', 'titik.pdf'],
    ['CON', 'Dokumen_SIPKA.pdf'],
    ['lpt1.pdf', 'Dokumen_SIPKA.pdf'],
    ['', 'Dokumen_SIPKA.pdf'],
    ['////', 'Dokumen_SIPKA.pdf'],
  ])('%j becomes one safe segment %j', (input, expected) => {
    expect(safePdfName(input)).toBe(expected);
  });

  it('turns anything but a string into the fallback and caps the length', () => {
    expect(safePdfName(42)).toBe('Dokumen_SIPKA.pdf');
    expect(safePdfName({ name: 'x' })).toBe('Dokumen_SIPKA.pdf');
    expect(safePdfName(`${'a'.repeat(500)}.pdf`)).toHaveLength(124);
  });

  it('keeps letters outside ASCII', () => {
    expect(safeBaseName('Ṣāliḥah Ñoño.pdf', 'x')).toBe('Ṣāliḥah Ñoño');
  });
});

describe('hasPdfExtension', () => {
  it('is case-insensitive and exact', () => {
    expect(hasPdfExtension('/a/SKP.PDF')).toBe(true);
    expect(hasPdfExtension('/a/SKP.pdf')).toBe(true);
    expect(hasPdfExtension('/a/SKP.pdf.exe')).toBe(false);
    expect(hasPdfExtension('/a/SKPpdf')).toBe(false);
  });
});

describe('stored copies', () => {
  it('take the extension of the detected type, never of the stored name', () => {
    expect(extensionForMime('application/pdf')).toBe('pdf');
    expect(extensionForMime('image/jpeg')).toBe('jpg');
    expect(extensionForMime('application/msword')).toBe('doc');
    expect(
      storedCopyName(
        'Laporan Mei.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).toBe('Laporan Mei.docx');
    expect(storedCopyName('pindai.exe', 'application/pdf')).toBe('pindai.pdf');
    expect(storedCopyName('foto', 'image/png')).toBe('foto.png');
    expect(storedCopyName('../../x.png', 'image/png')).toBe('x.png');
  });

  it('refuse a type the app does not keep', () => {
    expect(extensionForMime('application/x-msdownload')).toBeNull();
    expect(extensionForMime('application/x-cfb')).toBeNull();
    expect(extensionForMime('text/html')).toBeNull();
    expect(storedCopyName('a.html', 'text/html')).toBeNull();
  });
});
