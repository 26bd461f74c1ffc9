import type { Result } from '../../shared/ipc/result';

/** The IPC channel of every backend call between the renderer and the main process. */
export const RPC_CHANNEL = 'sipka:rpc';
/** The main process's folder dialog (the target of a backup); answers the chosen folder or null. */
export const PICK_FOLDER_CHANNEL = 'sipka:pick-folder';
/** The main process's file dialog for a `.sipka` backup to restore; answers the chosen file or null. */
export const PICK_BACKUP_FILE_CHANNEL = 'sipka:pick-backup-file';

/** What the preload exposes as `window.sipka`; the renderer imports this type only. */
export interface SipkaBridge {
  rpc(method: string, input: unknown): Promise<Result<unknown>>;
  /** Opens the folder dialog; null when the user cancels. */
  pickFolder(): Promise<string | null>;
  /** Opens the file dialog for a backup file; null when the user cancels. */
  pickBackupFile(): Promise<string | null>;
}
