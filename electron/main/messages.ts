/** Text of the shell's own dialogs, in Bahasa Indonesia. */

export interface DialogText {
  title: string;
  message: string;
  detail: string;
}

export function aboutText(version: string): DialogText {
  return {
    title: 'Tentang SIPKA',
    message: 'SIPKA',
    detail: `Sistem Informasi Penilaian Kinerja ASN\nVersi ${version}`,
  };
}

export function startupErrorText(error: unknown, dataDir: string, isPackaged: boolean): DialogText {
  const reason = error instanceof Error ? error.message : String(error);
  const devHint = isPackaged
    ? ''
    : '\n\nMode pengembangan: jalankan "npm start", yang menyiapkan better-sqlite3 untuk Electron ' +
      '(scripts/electron-native.mjs).';
  return {
    title: 'SIPKA tidak dapat dimulai',
    message: 'Basis data SIPKA tidak dapat dibuka, sehingga aplikasi akan ditutup.',
    detail:
      `Folder data: ${dataDir}\nKeterangan: ${reason}\n\n` +
      `Hubungi pengelola aplikasi dan sertakan keterangan di atas.${devHint}`,
  };
}
