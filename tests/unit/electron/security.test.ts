import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenApp,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
} from '../../../electron/main/security';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(' ')] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const byName = directives(csp);

  it('has exactly the directives the renderer needs', () => {
    expect(Object.fromEntries(byName)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('never allows eval, inline scripts or remote origins', () => {
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
    expect(byName.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/https?:|ws:|\*/);
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin only', () => {
    expect(isAllowedNavigation('app://sipka/index.html')).toBe(true);
    expect(isAllowedNavigation('app://sipka/index.html#/penilaian')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://sipka.evil/index.html',
    'app://sipka@evil.example/',
    'about:blank',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

class FakeWebContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: returns whether a listener called preventDefault. */
  attempt(eventName: string, url = ''): boolean {
    const event = { url, preventDefault: vi.fn() };
    this.emit(eventName, event, {}, {});
    return event.preventDefault.mock.calls.length > 0;
  }
}

describe('hardenWebContents', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays inside the app', (name) => {
    expect(contents.attempt(name, 'app://sipka/index.html')).toBe(false);
    expect(contents.attempt(name, 'https://example.com/')).toBe(true);
    expect(contents.attempt(name, 'file:///C:/Windows/win.ini')).toBe(true);
    expect(contents.attempt(name, 'app://sipka.evil/')).toBe(true);
  });

  it('prevents every <webview>', () => {
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers.device = handler),
    };
    hardenSession(session as unknown as Session);

    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check!({}, permission, 'app://sipka', {})).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://sipka' })).toBe(false);
  });
});

describe('hardenApp', () => {
  it('hardens every web contents created later', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
