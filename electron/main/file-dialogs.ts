import {
  BrowserWindow,
  dialog,
  type IpcMain,
  type OpenDialogOptions,
  type OpenDialogReturnValue,
  type WebContents,
} from 'electron';
import type { BackupTarget } from '../../shared/ipc/methods/backup';
import { backupTargets } from '../backend/backup/targets';
import { PICK_BACKUP_FILE_CHANNEL, PICK_FOLDER_CHANNEL } from '../preload/bridge';
import { isTrustedSenderUrl } from './trust';

/*
 * The native folder and file dialogs of the Cadangan & Pemulihan page. The renderer only learns the path the
 * user chose; it never names a path for the main process to open, and a frame outside app://sipka gets no
 * dialog at all (the same sender check as sipka:rpc).
 */

export function folderDialogOptions(defaultPath?: string): OpenDialogOptions {
  return {
    title: 'Pilih folder tujuan cadangan',
    buttonLabel: 'Pilih folder ini',
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    ...(defaultPath ? { defaultPath } : {}),
  };
}

export function backupFileDialogOptions(defaultPath?: string): OpenDialogOptions {
  return {
    title: 'Pilih berkas cadangan SIPKA',
    buttonLabel: 'Pilih berkas ini',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'Cadangan SIPKA (*.sipka)', extensions: ['sipka'] },
      { name: 'Semua berkas', extensions: ['*'] },
    ],
    ...(defaultPath ? { defaultPath } : {}),
  };
}

/** The one path the user chose, or null when the dialog was cancelled or closed. */
export function chosenPath(result: OpenDialogReturnValue): string | null {
  if (result.canceled) return null;
  const first = result.filePaths[0];
  return typeof first === 'string' && first !== '' ? first : null;
}

/**
 * Where a dialog opens: the first removable medium the platform reports (the usual place of a backup), else
 * wherever the dialog opened last time.
 */
export function startFolder(targets: readonly BackupTarget[]): string | undefined {
  return targets.find((target) => target.kind === 'removable')?.path;
}

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

/** One dialog request: null without showing anything unless the sender's frame shows the app's own origin. */
export async function handlePick(
  senderUrl: string | null | undefined,
  options: () => Promise<OpenDialogOptions>,
  show: ShowOpenDialog,
): Promise<string | null> {
  if (!isTrustedSenderUrl(senderUrl)) return null;
  return chosenPath(await show(await options()));
}

export interface FileDialogDeps {
  /** The backup targets (removable media first); a failure only loses the start folder. */
  targets: (dataDir: string) => Promise<BackupTarget[]>;
  /** Shows the dialog, modal to the window that asked when there is one. */
  show: (sender: WebContents, options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
}

function showModal(sender: WebContents, options: OpenDialogOptions): Promise<OpenDialogReturnValue> {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

const electronDeps: FileDialogDeps = { targets: backupTargets, show: showModal };

export function registerFileDialogs(
  ipcMain: Pick<IpcMain, 'handle'>,
  dataDir: string,
  deps: FileDialogDeps = electronDeps,
): void {
  const start = async () => startFolder(await deps.targets(dataDir).catch(() => []));
  ipcMain.handle(PICK_FOLDER_CHANNEL, (event) =>
    handlePick(
      event.senderFrame?.url,
      async () => folderDialogOptions(await start()),
      (options) => deps.show(event.sender, options),
    ),
  );
  ipcMain.handle(PICK_BACKUP_FILE_CHANNEL, (event) =>
    handlePick(
      event.senderFrame?.url,
      async () => backupFileDialogOptions(await start()),
      (options) => deps.show(event.sender, options),
    ),
  );
}
