import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../../shared/ipc/result';
import type { Backend } from '../app';
import { batchDownload } from '../documents/batch';
import {
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  RPC_HEADER,
  SESSION_COOKIE,
  sessionCookie,
} from './request-guard';
import { contentTypeOf, resolveStaticFile } from './static';

export interface WebServerOptions {
  backend: Backend;
  /** The renderer build (dist/renderer). */
  staticDir: string;
  port?: number;
  host?: string;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** A bukti dukung of the largest allowed size (EVIDENCE_MAX_MB_LIMIT, 25 MB) as base64 JSON is about 34 MB. */
const MAX_BODY_BYTES = 40 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // PDF and scan previews: a blob: URL the renderer made from bytes the backend returned, shown in an iframe.
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>, cookie?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(cookie ? { 'Set-Cookie': cookie } : {}),
  });
  res.end(text);
}

function badRequest(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'VALIDATION', message } });
}

function forbidden(res: http.ServerResponse, message: string): void {
  sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message } });
}

async function handleRpc(
  backend: Backend,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return badRequest(res, 405, 'Gunakan metode POST.');
  }
  if (req.headers[RPC_HEADER] !== '1')
    return forbidden(res, 'Permintaan ditolak: bukan dari aplikasi SIPKA.');
  let raw: string;
  try {
    raw = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) return badRequest(res, 413, 'Permintaan terlalu besar.');
    throw error;
  }
  let input: unknown;
  try {
    input = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch {
    return badRequest(res, 400, 'Isi permintaan bukan JSON yang sah.');
  }
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  const session = { token };
  const result = await backend.dispatch(method, input, session);
  sendJson(res, 200, result, session.token !== token ? sessionCookie(session.token) : undefined);
}

/**
 * GET /download/batch/<jobId>: a finished batch PDF in the web build, too large to pass through JSON. The
 * session cookie (SameSite=Strict) must belong to a user dispatch lets read the job's status.
 */
async function handleBatchDownload(
  backend: Backend,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  jobId: string,
) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return badRequest(res, 405, 'Gunakan metode GET.');
  }
  const session = { token: readCookie(req.headers.cookie, SESSION_COOKIE) };
  const status = await backend.dispatch('documents.batch.status', { jobId }, session);
  if (!status.ok) {
    const code = status.error.code;
    return sendJson(res, code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 404, status);
  }
  const download = batchDownload(jobId);
  if (!download) {
    return sendJson(res, 404, {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Berkas cetak massal belum siap atau sudah kedaluwarsa.' },
    });
  }
  const stat = await fs.promises.stat(download.file);
  const ascii = download.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Length': stat.size,
    'Content-Disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(download.file).pipe(res);
}

function serveStatic(staticDir: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveStaticFile(staticDir, req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=3600',
    ...(isHtml ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

/** Serves the renderer build and POST /rpc/<method> on loopback only. */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      forbidden(res, 'Permintaan ditolak: SIPKA hanya melayani alamat 127.0.0.1 di komputer ini.');
      return;
    }
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '';
    const rpc = /^\/rpc\/([A-Za-z0-9_.-]+)$/.exec(pathname);
    const batch = /^\/download\/batch\/([A-Za-z0-9-]{1,64})$/.exec(pathname);
    const work = rpc
      ? handleRpc(options.backend, req, res, rpc[1]!)
      : batch
        ? handleBatchDownload(options.backend, req, res, batch[1]!)
        : Promise.resolve(serveStatic(options.staticDir, req, res));
    work.catch((error: unknown) => {
      console.error('Kesalahan server web', error);
      if (!res.headersSent) {
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'Terjadi kesalahan internal pada server.' },
        });
      } else {
        res.destroy();
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
