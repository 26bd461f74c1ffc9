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
    };
  }
}

export {};
