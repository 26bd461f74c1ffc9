import type { IpcMain } from 'electron';
import type { Backend } from '../backend/app';
import type { SessionHolder } from '../backend/context';
import type { Result } from '../../shared/ipc/result';
import { RPC_CHANNEL } from '../preload/bridge';
import { isTrustedSenderUrl } from './trust';

export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: asal permintaan tidak dikenal.' },
};

export const INVALID_METHOD: Result<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Permintaan ditolak: nama perintah tidak sah.' },
};

/** One call on the RPC channel: the sender's frame must show the app's own origin (checklist item 17). */
export function handleRpc(
  backend: Pick<Backend, 'dispatch'>,
  senderUrl: string | null | undefined,
  method: unknown,
  input: unknown,
  session: SessionHolder,
): Promise<Result<unknown>> {
  if (!isTrustedSenderUrl(senderUrl)) return Promise.resolve(FORBIDDEN_SENDER);
  if (typeof method !== 'string') return Promise.resolve(INVALID_METHOD);
  return backend.dispatch(method, input, session);
}

/**
 * The desktop counterpart of the web build's session cookie: each window's token stays in the main process,
 * never in the renderer, and is forgotten when the window closes.
 */
export class WindowSessions {
  private readonly holders = new Map<number, SessionHolder>();

  for(webContentsId: number): SessionHolder {
    let holder = this.holders.get(webContentsId);
    if (!holder) {
      holder = { token: null };
      this.holders.set(webContentsId, holder);
    }
    return holder;
  }

  has(webContentsId: number): boolean {
    return this.holders.has(webContentsId);
  }

  forget(webContentsId: number): void {
    this.holders.delete(webContentsId);
  }
}

export function registerRpc(
  ipcMain: IpcMain,
  backend: Pick<Backend, 'dispatch'>,
  sessions = new WindowSessions(),
): void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) => {
    const id = event.sender.id;
    if (!sessions.has(id)) event.sender.once('destroyed', () => sessions.forget(id));
    // senderFrame is null once the frame has navigated away or been destroyed.
    return handleRpc(backend, event.senderFrame?.url, method, input, sessions.for(id));
  });
}
