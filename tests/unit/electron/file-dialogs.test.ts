import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { BackupTarget } from '../../../shared/ipc/methods/backup';

// file-dialogs.ts reaches for dialog and BrowserWindow only when it shows a dialog; no Electron binary here.
vi.mock('electron', () => ({ BrowserWindow: { fromWebContents: () => null }, dialog: {} }));

const {
  backupFileDialogOptions,
  chosenPath,
  folderDialogOptions,
  handlePick,
  registerFileDialogs,
  startFolder,
} = await import('../../../electron/main/file-dialogs');
const { PICK_BACKUP_FILE_CHANNEL, PICK_FOLDER_CHANNEL, RPC_CHANNEL } =
  await import('../../../electron/preload/bridge');

const STICK: BackupTarget = {
  path: '/media/tu/FLASHDISK',
  label: 'FLASHDISK',
  kind: 'removable',
  freeBytes: 1,
};
const DRIVE: BackupTarget = { path: 'E:\\', label: 'Drive E:\\', kind: 'drive', freeBytes: null };
const DATA: BackupTarget = { path: '/data/backups', label: 'Folder cadangan', kind: 'data', freeBytes: 5 };

describe('dialog options', () => {
  it('asks for one folder, in Bahasa Indonesia, opening where given', () => {
    expect(folderDialogOptions('/media/tu/FLASHDISK')).toEqual({
      title: 'Pilih folder tujuan cadangan',
      buttonLabel: 'Pilih folder ini',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      defaultPath: '/media/tu/FLASHDISK',
    });
    expect(folderDialogOptions()).not.toHaveProperty('defaultPath');
    expect(folderDialogOptions().properties).not.toContain('multiSelections');
  });

  it('asks for one file, .sipka first, any file second', () => {
    const options = backupFileDialogOptions();
    expect(options.title).toBe('Pilih berkas cadangan SIPKA');
    expect(options.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(options.filters).toEqual([
      { name: 'Cadangan SIPKA (*.sipka)', extensions: ['sipka'] },
      { name: 'Semua berkas', extensions: ['*'] },
    ]);
    expect(backupFileDialogOptions('E:\\').defaultPath).toBe('E:\\');
  });
});

describe('chosenPath', () => {
  it('is the first chosen path, or null when cancelled or empty', () => {
    expect(chosenPath({ canceled: false, filePaths: ['E:\\SIPKA'] })).toBe('E:\\SIPKA');
    expect(chosenPath({ canceled: true, filePaths: ['E:\\SIPKA'] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: [''] })).toBeNull();
  });
});

describe('startFolder', () => {
  it('opens on the first removable medium, else leaves it to the dialog', () => {
    expect(startFolder([DATA, STICK])).toBe(STICK.path);
    expect(startFolder([DRIVE, DATA])).toBeUndefined();
    expect(startFolder([])).toBeUndefined();
  });
});

describe('handlePick', () => {
  it('shows the dialog for the app origin and answers the chosen path', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: ['/media/tu/FLASHDISK'] }));
    const options = vi.fn(async () => folderDialogOptions());
    expect(await handlePick('app://sipka/index.html#/cadangan', options, show)).toBe('/media/tu/FLASHDISK');
    expect(show).toHaveBeenCalledExactlyOnceWith(folderDialogOptions());
  });

  it.each(['app://sipka.evil/index.html', 'https://example.com/', 'file:///C:/x.html', '', null, undefined])(
    'shows nothing to a sender showing %s',
    async (url) => {
      const show = vi.fn(async () => ({ canceled: false, filePaths: ['/etc'] }));
      const options = vi.fn(async () => folderDialogOptions());
      expect(await handlePick(url, options, show)).toBeNull();
      expect(show).not.toHaveBeenCalled();
      expect(options).not.toHaveBeenCalled();
    },
  );
});

describe('registerFileDialogs', () => {
  function setUp(targets: () => Promise<BackupTarget[]>) {
    const handle = vi.fn();
    const shown: { sender: WebContents; options: OpenDialogOptions }[] = [];
    registerFileDialogs({ handle } as unknown as IpcMain, '/data', {
      targets: vi.fn(targets),
      show: async (sender, options) => {
        shown.push({ sender, options });
        return { canceled: false, filePaths: ['/media/tu/FLASHDISK/cadangan.sipka'] };
      },
    });
    const listener = (channel: string) => {
      const call = handle.mock.calls.find(([name]) => name === channel);
      if (!call) throw new Error(`${channel} tidak terdaftar`);
      return call[1] as (event: IpcMainInvokeEvent) => Promise<string | null>;
    };
    const event = (url: string | null, id = 7) =>
      ({ senderFrame: url === null ? null : { url }, sender: { id } }) as unknown as IpcMainInvokeEvent;
    return { handle, shown, listener, event };
  }

  it('handles exactly the two dialog channels, not the RPC one', () => {
    const { handle } = setUp(async () => []);
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([
      PICK_FOLDER_CHANNEL,
      PICK_BACKUP_FILE_CHANNEL,
    ]);
    expect([PICK_FOLDER_CHANNEL, PICK_BACKUP_FILE_CHANNEL]).toEqual([
      'sipka:pick-folder',
      'sipka:pick-backup-file',
    ]);
    expect(handle.mock.calls.map(([channel]) => channel)).not.toContain(RPC_CHANNEL);
  });

  it('opens the folder dialog on the stick, modal to the asking window', async () => {
    const { shown, listener, event } = setUp(async () => [DATA, STICK]);
    const sender = event('app://sipka/index.html');
    expect(await listener(PICK_FOLDER_CHANNEL)(sender)).toBe('/media/tu/FLASHDISK/cadangan.sipka');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.sender).toBe(sender.sender);
    expect(shown[0]!.options).toEqual(folderDialogOptions(STICK.path));
  });

  it('opens the file dialog too, and still opens when the targets cannot be listed', async () => {
    const { shown, listener, event } = setUp(async () => {
      throw new Error('statfs gagal');
    });
    expect(await listener(PICK_BACKUP_FILE_CHANNEL)(event('app://sipka/index.html'))).toBe(
      '/media/tu/FLASHDISK/cadangan.sipka',
    );
    expect(shown[0]!.options).toEqual(backupFileDialogOptions());
  });

  it('refuses a foreign or vanished frame on both channels without a dialog', async () => {
    const { shown, listener, event } = setUp(async () => [STICK]);
    for (const channel of [PICK_FOLDER_CHANNEL, PICK_BACKUP_FILE_CHANNEL]) {
      expect(await listener(channel)(event('https://evil.example/'))).toBeNull();
      expect(await listener(channel)(event(null))).toBeNull();
    }
    expect(shown).toEqual([]);
  });
});
