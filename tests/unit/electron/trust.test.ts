import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedSenderUrl } from '../../../electron/main/trust';

describe('isTrustedSenderUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(APP_ORIGIN).toBe('app://sipka');
    expect(isTrustedSenderUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSenderUrl('app://sipka/')).toBe(true);
    expect(isTrustedSenderUrl('app://sipka/index.html#/pegawai/12')).toBe(true);
    expect(isTrustedSenderUrl('app://sipka/index.html?x=1')).toBe(true);
  });

  it('judges the origin, not the path: app://sipka/../ is still app://sipka/', () => {
    expect(new URL('app://sipka/../').href).toBe('app://sipka/');
    expect(isTrustedSenderUrl('app://sipka/../')).toBe(true);
    expect(isTrustedSenderUrl('app://sipka/%2e%2e/etc/passwd')).toBe(true);
  });

  it.each([
    'app://sipka.evil/index.html',
    'app://sipka.evil',
    'app://evil.sipka/index.html',
    'app://sipkaa/',
    'app://sipka:8080/',
    'app://sipka@evil/',
    'app://evil@sipka/',
    'app://user:pass@sipka/',
    'app:sipka/index.html',
    'app:///sipka/index.html',
    'file:///C:/Program%20Files/SIPKA/resources/app.asar/dist/renderer/index.html',
    'file:///index.html',
    'http://localhost/',
    'http://localhost:5173/',
    'http://127.0.0.1:3000/',
    'https://sipka/',
    'https://app.sipka/',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    'about:blank',
    'data:text/html,<script>x</script>',
    'javascript:alert(1)',
    'sipka',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('refuses a missing URL (the frame is gone)', () => {
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl(null)).toBe(false);
  });
});
