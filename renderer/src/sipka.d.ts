import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** The Electron preload bridge; absent in the web build, where rpc goes over HTTP. */
    sipka?: {
      rpc(method: string, input: unknown): Promise<Result<unknown>>;
    };
  }
}

export {};
