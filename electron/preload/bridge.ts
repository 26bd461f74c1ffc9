import type { Result } from '../../shared/ipc/result';

/** The IPC channel of every backend call between the renderer and the main process. */
export const RPC_CHANNEL = 'sipka:rpc';
/** The main process's folder dialog (the target of a backup); answers the chosen folder or null. */
export const PICK_FOLDER_CHANNEL = 'sipka:pick-folder';
/** The main process's file dialog for a `.sipka` backup to restore; answers the chosen file or null. */
export const PICK_BACKUP_FILE_CHANNEL = 'sipka:pick-backup-file';
/** The save dialog of a printed PDF; answers the chosen file or null. */
export const SAVE_PDF_CHANNEL = 'sipka:save-pdf';
/** Opens a PDF the app saved this session with the system's viewer (open-document.ts decides which). */
export const OPEN_DOCUMENT_CHANNEL = 'sipka:open-document';
/** Opens a stored file (bukti dukung, signed scan) with the system's viewer, by its record, never by path. */
export const OPEN_STORED_FILE_CHANNEL = 'sipka:open-stored-file';

/** Whether the system viewer opened the file; otherwise why not, in Bahasa Indonesia. */
export type OpenOutcome = { ok: true } | { ok: false; message: string };

/** A stored file named by its record: the main process fetches it through dispatch with the window's session. */
export type StoredFileRef =
  | { source: 'evidence'; skpId: number; periodId: number; evidenceId: number }
  | { source: 'scan'; registerId: number };

/** What the preload exposes as `window.sipka`; the renderer imports this type only. */
export interface SipkaBridge {
  rpc(method: string, input: unknown): Promise<Result<unknown>>;
  /** Opens the folder dialog; null when the user cancels. */
  pickFolder(): Promise<string | null>;
  /** Opens the file dialog for a backup file; null when the user cancels. */
  pickBackupFile(): Promise<string | null>;
  /** Opens the save dialog for a PDF in the folder used last, proposing `suggestedName`; null when cancelled. */
  savePdf(suggestedName: string): Promise<string | null>;
  /** Opens a PDF saved through `savePdf` this session with the system's viewer. */
  openDocument(path: string): Promise<OpenOutcome>;
  /** Opens a bukti dukung or a signed scan with the system's viewer (a read-only temporary copy). */
  openStoredFile(ref: StoredFileRef): Promise<OpenOutcome>;
}
