import type { MethodInput, MethodName, MethodOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

const UNREACHABLE: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Tidak dapat terhubung ke server SIPKA.' },
};

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/rpc/${method}`, {
      method: 'POST',
      // The web server refuses /rpc calls without this header: a cross-site page cannot add it unasked.
      headers: { 'Content-Type': 'application/json', 'X-Sipka-Request': '1' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    const body: unknown = await response.json();
    return isResult(body) ? body : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

async function overBridge(
  bridge: NonNullable<Window['sipka']>,
  method: string,
  input: unknown,
): Promise<Result<unknown>> {
  try {
    const result = await bridge.rpc(method, input);
    return isResult(result) ? result : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

const signInListeners = new Set<() => void>();

/** Called whenever a call is refused for want of a valid session, so the app can ask to sign in again. */
export function onSignInRequired(listener: () => void): () => void {
  signInListeners.add(listener);
  return () => signInListeners.delete(listener);
}

export interface RpcOptions {
  /**
   * False for background polls that must not switch the app to the sign-in screen on their own (a restore ends
   * the session while its progress is polled; the restore dialog tells the user and asks them to sign in).
   */
  askSignIn?: boolean;
}

/**
 * Calls one method of the contract. The transport is chosen at run time: the Electron preload bridge when
 * present, otherwise HTTP to the web server that served this page. Never throws.
 */
export async function rpc<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  { askSignIn = true }: RpcOptions = {},
): Promise<Result<MethodOutput<M>>> {
  const bridge = window.sipka;
  const result = bridge?.rpc ? await overBridge(bridge, method, input) : await overHttp(method, input);
  if (askSignIn && !result.ok && result.error.code === 'UNAUTHENTICATED' && !method.startsWith('auth.')) {
    for (const listener of signInListeners) listener();
  }
  return result as Result<MethodOutput<M>>;
}
