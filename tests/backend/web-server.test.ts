import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/backend/web/server';
import { resolveStaticFile } from '../../electron/backend/web/static';
import { ADMIN, openTestBackend, TEST_OFFICE, tempDir } from './helpers';

let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const t = await openTestBackend({ signedIn: false });
  const staticDir = tempDir('sipka-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>SIPKA</title>');
  server = await startWebServer({ backend: t.backend, staticDir, port: 0 });
  return { t, url: new URL(server.url) };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  text: string;
}

/** Raw HTTP, so the tests control every header (fetch would not let us forge Host). */
function request(
  url: URL,
  pathname: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: pathname,
        method: options.method ?? 'POST',
        headers: { 'x-sipka-request': '1', ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function signIn(url: URL): Promise<string> {
  const setup = await request(url, '/rpc/setup.complete', {
    body: JSON.stringify({ admin: ADMIN, office: TEST_OFFICE }),
  });
  expect(setup.body).toMatchObject({ ok: true });
  const cookie = setup.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/^sipka_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  return cookie.split(';')[0]!;
}

describe('web transport', () => {
  it('listens on loopback only', async () => {
    const { url } = await start();
    expect(url.hostname).toBe('127.0.0.1');
  });

  it('serves a method as POST /rpc/<method> with the envelope, once signed in by cookie', async () => {
    const { url } = await start();
    const anonymous = await request(url, '/rpc/units.list', { body: '{}' });
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const cookie = await signIn(url);
    const created = await request(url, '/rpc/units.create', {
      body: JSON.stringify({ name: 'Kecamatan Uji', kind: 'KECAMATAN', parentId: null }),
      headers: { cookie },
    });
    expect(created).toMatchObject({
      status: 200,
      body: { ok: true, data: { name: 'Kecamatan Uji', kind: 'KECAMATAN' } },
    });
    const forged = await request(url, '/rpc/units.list', {
      body: '{}',
      headers: { cookie: 'sipka_session=palsu' },
    });
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const out = await request(url, '/rpc/auth.logout', { body: '{}', headers: { cookie } });
    expect(out.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    const after = await request(url, '/rpc/units.list', { body: '{}', headers: { cookie } });
    expect(after.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers a body that is not JSON with HTTP 400 and the envelope, and keeps serving', async () => {
    const { url } = await start();
    const cookie = await signIn(url);
    const bad = await request(url, '/rpc/units.list', { body: '{"tidak json', headers: { cookie } });
    expect(bad).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah.' } },
    });
    const unknown = await request(url, '/rpc/tidak.ada', { body: '{}', headers: { cookie } });
    expect(unknown).toMatchObject({ status: 200, body: { ok: false, error: { code: 'NOT_FOUND' } } });
    const invalid = await request(url, '/rpc/employees.get', { body: '{"id":"satu"}', headers: { cookie } });
    expect(invalid).toMatchObject({
      body: { ok: false, error: { code: 'VALIDATION', fields: { id: expect.any(String) } } },
    });
    const still = await request(url, '/rpc/units.list', { body: '{}', headers: { cookie } });
    expect(still).toMatchObject({ status: 200, body: { ok: true, data: [] } });
  });

  it('refuses calls without the SIPKA header, from a foreign Host or Origin', async () => {
    const { url } = await start();
    const cookie = await signIn(url);
    const noHeader = await request(url, '/rpc/units.list', {
      body: '{}',
      headers: { cookie, 'x-sipka-request': '' },
    });
    expect(noHeader).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    const rebinding = await request(url, '/rpc/units.list', {
      body: '{}',
      headers: { cookie, host: `evil.example:${url.port}` },
    });
    expect(rebinding.status).toBe(403);
    const otherPort = await request(url, '/', { method: 'GET', headers: { host: '127.0.0.1:1' } });
    expect(otherPort.status).toBe(403);
    const crossSite = await request(url, '/rpc/units.list', {
      body: '{}',
      headers: { cookie, origin: 'http://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await request(url, '/rpc/units.list', {
      body: '{}',
      headers: { cookie, origin: url.origin, host: `localhost:${url.port}` },
    });
    expect(sameSite.body).toMatchObject({ ok: true });
  });

  it('refuses GET on /rpc and serves the app with a CSP', async () => {
    const { url } = await start();
    expect((await request(url, '/rpc/units.list', { method: 'GET' })).status).toBe(405);
    const page = await request(url, '/pegawai/1', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<title>SIPKA</title>');
  });

  it('never serves a file outside the renderer build', () => {
    const root = tempDir('sipka-static-');
    fs.writeFileSync(path.join(root, 'index.html'), 'x');
    fs.writeFileSync(path.join(path.dirname(root), 'rahasia.txt'), 'rahasia');
    for (const attempt of [
      '/../rahasia.txt',
      '/%2e%2e/rahasia.txt',
      '/..%2frahasia.txt',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/%00',
    ]) {
      const resolved = resolveStaticFile(root, attempt);
      expect(resolved === null || resolved === path.join(root, 'index.html')).toBe(true);
    }
    expect(resolveStaticFile(root, '/index.html')).toBe(path.join(root, 'index.html'));
  });
});
