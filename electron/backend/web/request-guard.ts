/** The cookie that carries the session token in the web build. */
export const SESSION_COOKIE = 'sipka_session';
/** Every /rpc call must carry this header: a cross-site page cannot send it without a CORS preflight we never grant. */
export const RPC_HEADER = 'x-sipka-request';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Only loopback names on our own port: a DNS-rebinding page arrives with its own host name. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase());
  if (!match) return false;
  return LOOPBACK_HOSTS.has(match[1]!) && Number(match[2] ?? 80) === port;
}

/** A browser's Origin, when present, must be one of ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && isAllowedHost(url.host, port);
  } catch {
    return false;
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

export function sessionCookie(token: string | null): string {
  const attributes = 'Path=/; HttpOnly; SameSite=Strict';
  return token === null
    ? `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`
    : `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${attributes}`;
}
