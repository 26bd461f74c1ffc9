import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  FORBIDDEN_SENDER,
  handleRpc,
  INVALID_METHOD,
  registerRpc,
  WindowSessions,
} from '../../../electron/main/ipc';
import { RPC_CHANNEL } from '../../../electron/preload/bridge';
import type { Result } from '../../../shared/ipc/result';

function fakeBackend() {
  return {
    dispatch: vi.fn(
      async (
        method: string,
        input: unknown,
        session?: { token: string | null },
      ): Promise<Result<unknown>> => {
        if (method === 'auth.login' && session) session.token = `token-${String(input)}`;
        return { ok: true, data: { method, input, token: session?.token ?? null } };
      },
    ),
  };
}

describe('handleRpc', () => {
  it('passes calls from the app origin to dispatch', async () => {
    const backend = fakeBackend();
    const session = { token: 'abc' };
    const result = await handleRpc(
      backend,
      'app://sipka/index.html#/pegawai',
      'employees.list',
      { page: 1 },
      session,
    );
    expect(result).toEqual({
      ok: true,
      data: { method: 'employees.list', input: { page: 1 }, token: 'abc' },
    });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith('employees.list', { page: 1 }, session);
  });

  it.each([
    'app://sipka.evil/index.html',
    'file:///C:/SIPKA/index.html',
    'http://localhost:5173/',
    'https://example.com/',
    '',
    null,
    undefined,
  ])('refuses a sender showing %s without calling the backend', async (url) => {
    const backend = fakeBackend();
    const result = await handleRpc(backend, url, 'employees.list', {}, { token: null });
    expect(result).toEqual(FORBIDDEN_SENDER);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 42, { toString: () => 'employees.list' }, ['employees.list']])(
    'refuses a method name that is not a string (%s)',
    async (method) => {
      const backend = fakeBackend();
      expect(await handleRpc(backend, 'app://sipka/index.html', method, {}, { token: null })).toEqual(
        INVALID_METHOD,
      );
      expect(backend.dispatch).not.toHaveBeenCalled();
    },
  );

  it('error messages are in Bahasa Indonesia', () => {
    for (const result of [FORBIDDEN_SENDER, INVALID_METHOD]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^Permintaan ditolak/);
    }
  });
});

describe('registerRpc', () => {
  it('handles exactly the sipka:rpc channel and reads the sender frame URL', async () => {
    const handle = vi.fn();
    const backend = fakeBackend();
    registerRpc({ handle } as unknown as IpcMain, backend);
    expect(RPC_CHANNEL).toBe('sipka:rpc');
    expect(handle).toHaveBeenCalledOnce();
    const [channel, listener] = handle.mock.calls[0]!;
    expect(channel).toBe(RPC_CHANNEL);

    const event = (url: string | null, id = 1) =>
      ({
        senderFrame: url === null ? null : { url },
        sender: { id, once: vi.fn() },
      }) as unknown as IpcMainInvokeEvent;
    expect(await listener(event('app://sipka/index.html'), 'units.list', null)).toMatchObject({ ok: true });
    expect(await listener(event('https://evil.example/'), 'units.list', null)).toEqual(FORBIDDEN_SENDER);
    expect(await listener(event(null), 'units.list', null)).toEqual(FORBIDDEN_SENDER);
    expect(backend.dispatch).toHaveBeenCalledOnce();
  });
});

describe('window sessions', () => {
  it('keeps one session per window, in the main process, and forgets it with the window', async () => {
    const handle = vi.fn();
    const backend = fakeBackend();
    const sessions = new WindowSessions();
    registerRpc({ handle } as unknown as IpcMain, backend, sessions);
    const listener = handle.mock.calls[0]![1];
    const destroyed: (() => void)[] = [];
    const event = (id: number) =>
      ({
        senderFrame: { url: 'app://sipka/index.html' },
        sender: { id, once: (_: string, fn: () => void) => destroyed.push(fn) },
      }) as unknown as IpcMainInvokeEvent;
    await listener(event(1), 'auth.login', 'satu');
    expect(await listener(event(1), 'units.list', {})).toMatchObject({ data: { token: 'token-satu' } });
    expect(await listener(event(2), 'units.list', {})).toMatchObject({ data: { token: null } });
    expect(destroyed).toHaveLength(2);
    destroyed[0]!();
    expect(sessions.has(1)).toBe(false);
    expect(await listener(event(1), 'units.list', {})).toMatchObject({ data: { token: null } });
  });
});
