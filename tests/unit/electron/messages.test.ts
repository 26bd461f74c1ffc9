import { describe, expect, it } from 'vitest';
import { aboutText, startupErrorText } from '../../../electron/main/messages';

describe('aboutText', () => {
  it('names the product and its version', () => {
    expect(aboutText('1.2.3')).toEqual({
      title: 'Tentang SIPKA',
      message: 'SIPKA',
      detail: 'Sistem Informasi Penilaian Kinerja ASN\nVersi 1.2.3',
    });
  });
});

describe('startupErrorText', () => {
  it('explains in Bahasa Indonesia, with the data folder and the cause', () => {
    const text = startupErrorText(
      new Error('database is locked'),
      'C:\\Users\\ana\\AppData\\Roaming\\SIPKA',
      true,
    );
    expect(text.title).toBe('SIPKA tidak dapat dimulai');
    expect(text.message).toContain('Basis data SIPKA tidak dapat dibuka');
    expect(text.detail).toContain('Folder data: C:\\Users\\ana\\AppData\\Roaming\\SIPKA');
    expect(text.detail).toContain('Keterangan: database is locked');
    expect(text.detail).not.toContain('npm');
  });

  it('adds a hint for developers running from source', () => {
    expect(startupErrorText('NODE_MODULE_VERSION 127', '/tmp/data', false).detail).toContain('npm start');
  });
});
