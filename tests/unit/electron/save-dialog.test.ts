import fs from 'node:fs';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  parseRememberedFolder,
  PRINT_FOLDER_FILE,
  readRememberedFolder,
  rememberFolder,
} from '../../../electron/main/print-folder';
import {
  chosenSavePath,
  handleSavePdf,
  pdfSaveDialogOptions,
  SavedFolders,
  type SavePdfDeps,
} from '../../../electron/main/save-dialog';
import { tempDir } from '../../support/temp-dir';

describe('remembered folder', () => {
  it('round-trips through a JSON file in userData', () => {
    const userData = tempDir('sipka-userdata-');
    const folder = tempDir('sipka-cetak-');
    expect(readRememberedFolder(userData)).toBeNull();
    rememberFolder(userData, folder);
    expect(JSON.parse(fs.readFileSync(path.join(userData, PRINT_FOLDER_FILE), 'utf8'))).toEqual({ folder });
    expect(readRememberedFolder(userData)).toBe(folder);
    fs.rmSync(folder, { recursive: true });
    expect(readRememberedFolder(userData)).toBeNull();
  });

  it.each(['', 'not json', '{}', '{"folder":42}', '{"folder":"relatif/folder"}', '{"folder":"/a\\u0000b"}'])(
    'ignores a damaged file (%s)',
    (text) => {
      expect(parseRememberedFolder(text, () => true)).toBeNull();
    },
  );

  it('never throws when userData cannot be written', () => {
    expect(() => rememberFolder('/tidak/ada/folder', '/tmp')).not.toThrow();
  });
});

describe('pdfSaveDialogOptions and chosenSavePath', () => {
  it('asks in Bahasa Indonesia for a PDF, proposing the path', () => {
    const options = pdfSaveDialogOptions('/home/tu/SKP_2026.pdf');
    expect(options).toMatchObject({
      title: 'Simpan dokumen PDF',
      buttonLabel: 'Simpan',
      defaultPath: '/home/tu/SKP_2026.pdf',
      filters: [{ name: 'Dokumen PDF (*.pdf)', extensions: ['pdf'] }],
    });
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('adds .pdf to a name typed without it, and is null when cancelled', () => {
    expect(chosenSavePath({ canceled: false, filePath: '/a/SKP.pdf' })).toBe('/a/SKP.pdf');
    expect(chosenSavePath({ canceled: false, filePath: '/a/SKP' })).toBe('/a/SKP.pdf');
    expect(chosenSavePath({ canceled: true, filePath: '/a/SKP.pdf' })).toBeNull();
    expect(chosenSavePath({ canceled: false, filePath: '' })).toBeNull();
  });
});

describe('SavedFolders', () => {
  it('compares resolved folders, without case on Windows', () => {
    const windows = new SavedFolders('win32');
    windows.add('C:\\Users\\TU\\Documents');
    expect(windows.has('c:\\users\\tu\\documents')).toBe(true);
    const linux = new SavedFolders('linux');
    linux.add('/home/tu/Dokumen/');
    expect(linux.has('/home/tu/Dokumen')).toBe(true);
    expect(linux.has('/home/tu/dokumen')).toBe(false);
    expect(linux.has('/home/tu')).toBe(false);
    expect(linux.has('/home/tu/Dokumen/sub')).toBe(false);
  });
});

describe('handleSavePdf', () => {
  function deps(answer: string | null, remembered: string | null = '/home/tu/Cetak') {
    const folders = new SavedFolders('linux');
    const remember = vi.fn();
    const show = vi.fn(async (_options: SaveDialogOptions) =>
      answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
    );
    const d: SavePdfDeps = {
      folderExists: (folder) => folder === '/srv/arsip-tu',
      rememberedFolder: () => remembered,
      defaultFolder: () => '/home/tu/Documents',
      remember,
      folders,
      show,
      realFolder: (folder) => folder,
    };
    return { d, folders, remember, show };
  }

  it('opens in the remembered folder with the proposed name, then remembers the chosen folder', async () => {
    const { d, folders, remember, show } = deps('/media/arsip/SKP_2026_Siti.pdf');
    expect(await handleSavePdf('app://sipka/index.html', 'SKP_2026_Siti.pdf', d)).toBe(
      '/media/arsip/SKP_2026_Siti.pdf',
    );
    expect(show.mock.calls[0]![0]).toMatchObject({ defaultPath: '/home/tu/Cetak/SKP_2026_Siti.pdf' });
    expect(remember).toHaveBeenCalledExactlyOnceWith('/media/arsip');
    expect(folders.has('/media/arsip')).toBe(true);
  });

  it('opens in Documents the first time, and a hostile name stays one segment', async () => {
    const { d, show } = deps(null, null);
    expect(await handleSavePdf('app://sipka/', '../../../etc/cron.d/x', d)).toBeNull();
    expect(show.mock.calls[0]![0]).toMatchObject({ defaultPath: '/home/tu/Documents/x.pdf' });
  });

  it('opens in the folder of a proposed path when it exists, else falls back', async () => {
    const { d, show } = deps(null);
    await handleSavePdf('app://sipka/', '/srv/arsip-tu/SKP_2026_Siti.pdf', d);
    expect(show.mock.calls[0]![0]).toMatchObject({ defaultPath: '/srv/arsip-tu/SKP_2026_Siti.pdf' });
    await handleSavePdf('app://sipka/', '/hilang/SKP_2026_Siti.pdf', d);
    expect(show.mock.calls[1]![0]).toMatchObject({ defaultPath: '/home/tu/Cetak/SKP_2026_Siti.pdf' });
  });

  it('remembers nothing when cancelled', async () => {
    const { d, remember, folders } = deps(null);
    expect(await handleSavePdf('app://sipka/', 'a.pdf', d)).toBeNull();
    expect(remember).not.toHaveBeenCalled();
    expect(folders.has('/home/tu/Cetak')).toBe(false);
  });

  it.each(['https://evil.example/', 'app://sipka.evil/', null, undefined])(
    'shows no dialog to a frame showing %s',
    async (url) => {
      const { d, show } = deps('/a/b.pdf');
      expect(await handleSavePdf(url, 'a.pdf', d)).toBeNull();
      expect(show).not.toHaveBeenCalled();
    },
  );
});
