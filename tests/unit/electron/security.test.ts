import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenApp,
  hardenSession,
  hardenWebContents,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAppBlobUrl,
  isPermissionAllowed,
  PDF_VIEWER_ORIGIN,
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
      'frame-src': "'self' blob:",
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

describe('isAllowedFrameNavigation', () => {
  const blob = 'blob:app://sipka/0f7c2f4e-5b7a-4c39-9a0e-2f1d8f3c6b11';

  it('lets a sub frame show a blob: preview of the app and the built-in PDF viewer', () => {
    expect(isAppBlobUrl(blob)).toBe(true);
    expect(isAllowedFrameNavigation(blob, false)).toBe(true);
    expect(isAllowedFrameNavigation(`${PDF_VIEWER_ORIGIN}/index.html`, false)).toBe(true);
    expect(isAllowedFrameNavigation('app://sipka/index.html', false)).toBe(true);
  });

  it('never lets the main frame leave the app, not even for a blob:', () => {
    expect(isAllowedFrameNavigation(blob, true)).toBe(false);
    expect(isAllowedFrameNavigation(`${PDF_VIEWER_ORIGIN}/index.html`, true)).toBe(false);
    expect(isAllowedFrameNavigation('app://sipka/index.html', true)).toBe(true);
  });

  it.each([
    'blob:https://evil.example/0f7c2f4e',
    'blob:app://sipka.evil/0f7c2f4e',
    'blob:null/0f7c2f4e',
    'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai.evil/index.html',
    'file:///C:/Users/tu/Documents/SKP.pdf',
    'data:application/pdf;base64,JVBERi0=',
    'https://example.com/a.pdf',
    'not a url',
  ])('refuses %s in a sub frame', (url) => {
    expect(isAllowedFrameNavigation(url, false)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  const camera = { permission: 'media', url: 'app://sipka/index.html#/verifikasi', isMainFrame: true };

  it('grants the camera (video only) to the app page in its main frame', () => {
    expect(isPermissionAllowed({ ...camera, mediaTypes: ['video'] })).toBe(true);
    // A permission check names the origin, not the page.
    expect(isPermissionAllowed({ ...camera, url: 'app://sipka', mediaTypes: ['video'] })).toBe(true);
  });

  it.each([
    ['the microphone', { ...camera, mediaTypes: ['audio'] }],
    ['camera and microphone', { ...camera, mediaTypes: ['video', 'audio'] }],
    ['an unknown media type', { ...camera, mediaTypes: ['unknown'] }],
    ['media without a type', { ...camera, mediaTypes: [] }],
    ['media with no details', { ...camera, mediaTypes: undefined }],
    ['a sub frame', { ...camera, isMainFrame: false, mediaTypes: ['video'] }],
    ['another origin', { ...camera, url: 'https://evil.example/', mediaTypes: ['video'] }],
    ['a look-alike origin', { ...camera, url: 'app://sipka.evil/', mediaTypes: ['video'] }],
    ['a blob page', { ...camera, url: 'blob:app://sipka/x', mediaTypes: ['video'] }],
    ['no URL', { ...camera, url: null, mediaTypes: ['video'] }],
    ['screen capture', { ...camera, permission: 'display-capture', mediaTypes: ['video'] }],
    ['location', { ...camera, permission: 'geolocation', mediaTypes: undefined }],
    ['notifications', { ...camera, permission: 'notifications', mediaTypes: undefined }],
    ['openExternal', { ...camera, permission: 'openExternal', mediaTypes: undefined }],
  ])('denies %s', (_name, ask) => {
    expect(isPermissionAllowed(ask)).toBe(false);
  });
});

class FakeWebContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: returns whether a listener called preventDefault. */
  attempt(eventName: string, url = '', isMainFrame = true): boolean {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
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

  it('lets a sub frame show a blob: preview, never the main frame', () => {
    expect(contents.attempt('will-frame-navigate', 'blob:app://sipka/abc', false)).toBe(false);
    expect(contents.attempt('will-frame-navigate', 'blob:app://sipka/abc', true)).toBe(true);
    expect(contents.attempt('will-navigate', 'blob:app://sipka/abc')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'blob:https://evil.example/abc', false)).toBe(true);
  });

  it('prevents every <webview>', () => {
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function install() {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers.device = handler),
    };
    hardenSession(session as unknown as Session);
    const request = (permission: string, details: Record<string, unknown>) => {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, details);
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]![0] as boolean;
    };
    return { handlers, request };
  }

  it('denies every permission request and check but the camera', () => {
    const { handlers, request } = install();
    const app = { requestingUrl: 'app://sipka/index.html', isMainFrame: true };
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midi']) {
      expect(request(permission, app)).toBe(false);
      expect(handlers.check!({}, permission, 'app://sipka', { isMainFrame: true })).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://sipka' })).toBe(false);
  });

  it('grants the camera to the app page only, and never the microphone', () => {
    const { handlers, request } = install();
    const app = { requestingUrl: 'app://sipka/index.html#/verifikasi', isMainFrame: true };
    expect(request('media', { ...app, mediaTypes: ['video'] })).toBe(true);
    expect(request('media', { ...app, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request('media', { ...app, mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', app)).toBe(false);
    expect(request('media', { ...app, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(
      request('media', { requestingUrl: 'https://evil.example/', isMainFrame: true, mediaTypes: ['video'] }),
    ).toBe(false);
    expect(handlers.check!({}, 'media', 'app://sipka', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(handlers.check!({}, 'media', 'app://sipka', { isMainFrame: true, mediaType: 'audio' })).toBe(
      false,
    );
    expect(handlers.check!({}, 'media', 'app://sipka', { isMainFrame: true })).toBe(false);
    expect(
      handlers.check!({}, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' }),
    ).toBe(false);
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
