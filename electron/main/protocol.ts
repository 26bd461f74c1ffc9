import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeOf } from '../backend/web/static';
import { contentSecurityPolicy } from './security';
import { APP_SCHEME, isAppOriginUrl } from './trust';

/** Registered before `ready`: a standard, secure scheme gives the renderer a real origin (app://sipka). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/**
 * Maps the path of an app:// URL to a file inside `root`, or null when it would name anything else.
 * Refuses rather than normalises: a `..` segment (also when percent-encoded), a backslash, a drive letter or
 * a NUL byte never name a file of the renderer build. `/` is index.html (the renderer routes by hash).
 */
export function resolveAppFile(root: string, pathname: string, pathApi: PathApi = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, ...(segments.length > 0 ? segments : ['index.html']));
  return file.startsWith(base + pathApi.sep) ? file : null;
}

function notFound(): Response {
  return new Response('Tidak ditemukan', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The handler given to `protocol.handle('app', …)`: serves files of the renderer build and nothing else. */
export function createAppProtocolHandler(
  rendererDir: string,
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>> = fs.readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: { Allow: 'GET' } });
    if (!isAppOriginUrl(request.url)) return notFound();
    const file = resolveAppFile(rendererDir, new URL(request.url).pathname);
    if (file === null) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
