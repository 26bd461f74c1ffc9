import type { OpenOutcome, StoredFileRef } from '../../electron/preload/bridge';
import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** The Electron preload bridge; absent in the web build, where rpc goes over HTTP. */
    sipka?: {
      rpc(method: string, input: unknown): Promise<Result<unknown>>;
      /** The main process's folder dialog; null when cancelled. */
      pickFolder?(): Promise<string | null>;
      /** The main process's file dialog for a `.sipka` backup; null when cancelled. */
      pickBackupFile?(): Promise<string | null>;
      /** The save dialog of a printed PDF, in the folder used last; null when cancelled. */
      savePdf?(suggestedName: string): Promise<string | null>;
      /** Opens a PDF saved through savePdf this session with the system's viewer. */
      openDocument?(path: string): Promise<OpenOutcome>;
      /** Opens a bukti dukung or a signed scan with the system's viewer (by record, never by path). */
      openStoredFile?(ref: StoredFileRef): Promise<OpenOutcome>;
    };
  }
}

export {};
