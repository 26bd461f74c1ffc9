import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppFile,
} from '../../../electron/main/protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as a standard, secure scheme with fetch, without bypassing CSP or CORS', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });
});

describe('resolveAppFile (POSIX)', () => {
  const root = '/opt/SIPKA/resources/app.asar/dist/renderer';
  const resolve = (pathname: string) => resolveAppFile(root, pathname, path.posix);

  it('maps paths inside the renderer build', () => {
    expect(resolve('/index.html')).toBe(`${root}/index.html`);
    expect(resolve('/assets/index-Bx12.js')).toBe(`${root}/assets/index-Bx12.js`);
    expect(resolve('/assets/./logo.svg')).toBe(`${root}/assets/logo.svg`);
    expect(resolve('/fonts/Noto%20Sans.woff2')).toBe(`${root}/fonts/Noto Sans.woff2`);
  });

  it('serves index.html for the root', () => {
    expect(resolve('/')).toBe(`${root}/index.html`);
    expect(resolve('')).toBe(`${root}/index.html`);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%2f..%2fsecret.txt',
    '/..%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A', // malformed percent-encoding
  ])('refuses %s', (pathname) => {
    expect(resolve(pathname)).toBeNull();
  });

  it('keeps absolute-looking paths inside the root', () => {
    expect(resolve('//etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolve('/%2Fetc%2Fpasswd')).toBe(`${root}/etc/passwd`);
  });
});

describe('resolveAppFile (Windows)', () => {
  const root = 'C:\\Program Files\\SIPKA\\resources\\app.asar\\dist\\renderer';
  const resolve = (pathname: string) => resolveAppFile(root, pathname, path.win32);

  it('maps paths inside the renderer build', () => {
    expect(resolve('/assets/index.js')).toBe(`${root}\\assets\\index.js`);
    expect(resolve('/')).toBe(`${root}\\index.html`);
  });

  it.each([
    '/C:/Windows/win.ini',
    '/C:%5CWindows%5Cwin.ini',
    '/%5C%5Cserver%5Cshare%5Cfile',
    '/..%5C..%5C..%5Cwin.ini',
    '/assets/..%5Csecret.txt',
    '/\\\\server\\share\\file',
    '/%2e%2e/%2e%2e/win.ini',
  ])('refuses %s', (pathname) => {
    expect(resolve(pathname)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let rendererDir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipka-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>SIPKA</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'rahasia');
    handle = createAppProtocolHandler(rendererDir);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP header', async () => {
    const response = await handle(new Request('app://sipka/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>SIPKA</title>');
  });

  it('serves index.html for app://sipka/ and assets with their type', async () => {
    expect(await (await handle(new Request('app://sipka/'))).text()).toContain('SIPKA');
    const script = await handle(new Request('app://sipka/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'app://sipka/secret.txt',
    'app://sipka/assets/',
    'app://sipka/missing.js',
    'app://sipka/..%2fsecret.txt',
    'app://sipka/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://sipka.evil/index.html',
    'app://other/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('rahasia');
  });

  it('answers only GET', async () => {
    const response = await handle(new Request('app://sipka/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
