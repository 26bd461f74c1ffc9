import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/backend/web/server';
import { resolveStaticFile } from '../../electron/backend/web/static';
import { openTestBackend, tempDir } from './helpers';

let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const t = await openTestBackend();
  const staticDir = tempDir('sipka-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>SIPKA</title>');
  server = await startWebServer({ backend: t.backend, staticDir, port: 0 });
  return { t, staticDir, url: server.url };
}

async function post(url: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('web transport', () => {
  it('listens on loopback only', async () => {
    const { url } = await start();
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it('serves a method as POST /rpc/<method> with the envelope', async () => {
    const { url } = await start();
    const created = await post(
      `${url}rpc/units.create`,
      JSON.stringify({ name: 'Kecamatan Uji', kind: 'KECAMATAN', parentId: null }),
    );
    expect(created).toMatchObject({
      status: 200,
      body: { ok: true, data: { name: 'Kecamatan Uji', kind: 'KECAMATAN' } },
    });
  });

  it('answers a body that is not JSON with HTTP 400 and the envelope, and keeps serving', async () => {
    const { url } = await start();
    const bad = await post(`${url}rpc/units.list`, '{"tidak json');
    expect(bad).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah.' } },
    });
    const unknown = await post(`${url}rpc/tidak.ada`, '{}');
    expect(unknown).toMatchObject({ status: 200, body: { ok: false, error: { code: 'NOT_FOUND' } } });
    const invalid = await post(`${url}rpc/employees.get`, '{"id":"satu"}');
    expect(invalid).toMatchObject({
      status: 200,
      body: { ok: false, error: { code: 'VALIDATION', fields: { id: expect.any(String) } } },
    });
    const still = await post(`${url}rpc/units.list`, '{}');
    expect(still).toEqual({ status: 200, body: { ok: true, data: [] } });
  });

  it('refuses GET on /rpc and serves the app with a CSP', async () => {
    const { url } = await start();
    expect((await fetch(`${url}rpc/units.list`)).status).toBe(405);
    const page = await fetch(`${url}pegawai/1`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>SIPKA</title>');
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
