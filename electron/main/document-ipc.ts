import {
  BrowserWindow,
  dialog,
  shell,
  type IpcMain,
  type SaveDialogOptions,
  type SaveDialogReturnValue,
  type WebContents,
} from 'electron';
import type { Backend } from '../backend/app';
import { wasProducedByBackend } from '../backend/documents/output';
import { OPEN_DOCUMENT_CHANNEL, OPEN_STORED_FILE_CHANNEL, SAVE_PDF_CHANNEL } from '../preload/bridge';
import type { WindowSessions } from './ipc';
import { handleOpenDocument } from './open-document';
import { readRememberedFolder, rememberFolder } from './print-folder';
import { handleSavePdf, isFolder, SavedFolders } from './save-dialog';
import { handleOpenStoredFile, removeFolders } from './stored-file';

/*
 * The printed documents' side of the shell: the PDF save dialog, opening a saved PDF, and opening a stored file
 * (bukti dukung, signed scan) with the system's viewer. Each channel answers only a frame showing app://sipka.
 */

export interface DocumentShellDeps {
  userData: string;
  documentsFolder: string;
  showSave: (sender: WebContents, options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  openPath: (file: string) => Promise<string>;
}

function showSaveModal(sender: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue> {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

export function electronDocumentDeps(userData: string, documentsFolder: string): DocumentShellDeps {
  return { userData, documentsFolder, showSave: showSaveModal, openPath: (file) => shell.openPath(file) };
}

/** Registers the three channels; the returned function removes this run's temporary copies (call at quit). */
export function registerDocumentShell(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Pick<Backend, 'dispatch'>,
  sessions: WindowSessions,
  deps: DocumentShellDeps,
): () => void {
  const folders = new SavedFolders();
  const tempFolders = new Set<string>();
  ipcMain.handle(SAVE_PDF_CHANNEL, (event, suggestedName: unknown) =>
    handleSavePdf(event.senderFrame?.url, suggestedName, {
      folderExists: isFolder,
      rememberedFolder: () => readRememberedFolder(deps.userData),
      defaultFolder: () => deps.documentsFolder,
      remember: (folder) => rememberFolder(deps.userData, folder),
      folders,
      show: (options) => deps.showSave(event.sender, options),
    }),
  );
  ipcMain.handle(OPEN_DOCUMENT_CHANNEL, (event, file: unknown) =>
    handleOpenDocument(event.senderFrame?.url, file, {
      folders,
      producedByBackend: wasProducedByBackend,
      openPath: deps.openPath,
    }),
  );
  ipcMain.handle(OPEN_STORED_FILE_CHANNEL, (event, ref: unknown) => {
    const id = event.sender.id;
    // A window that never called rpc has no session yet: the backend then answers "sign in first".
    const session = sessions.has(id) ? sessions.for(id) : { token: null };
    return handleOpenStoredFile(event.senderFrame?.url, ref, session, {
      dispatch: (method, input, holder) => backend.dispatch(method, input, holder),
      openPath: deps.openPath,
      onFolder: (folder) => tempFolders.add(folder),
    });
  });
  return () => removeFolders(tempFolders);
}
