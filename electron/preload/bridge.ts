import type { Result } from '../../shared/ipc/result';

/** The one IPC channel between the renderer and the main process. */
export const RPC_CHANNEL = 'sipka:rpc';

/** What the preload exposes as `window.sipka`; the renderer imports this type only. */
export interface SipkaBridge {
  rpc(method: string, input: unknown): Promise<Result<unknown>>;
}
