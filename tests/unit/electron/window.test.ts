import { describe, expect, it, vi } from 'vitest';

// window.ts needs BrowserWindow and screen only when it creates a window; the Electron binary is not here.
vi.mock('electron', () => ({ BrowserWindow: class {}, screen: {} }));

const { mainWindowOptions, shouldMaximize } = await import('../../../electron/main/window');

describe('mainWindowOptions', () => {
  it('is 1366×768, at least 1024×640, with the hardened web preferences', () => {
    const options = mainWindowOptions('/app/dist-electron/preload.cjs', true);
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 640, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      plugins: true,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('allows developer tools only from source', () => {
    expect(mainWindowOptions('/p', false).webPreferences?.devTools).toBe(true);
  });
});

describe('shouldMaximize', () => {
  it('maximizes when 1366×768 does not fit the work area', () => {
    expect(shouldMaximize({ width: 1366, height: 728 })).toBe(true);
    expect(shouldMaximize({ width: 1280, height: 984 })).toBe(true);
    expect(shouldMaximize({ width: 1920, height: 1040 })).toBe(false);
    expect(shouldMaximize({ width: 1366, height: 768 })).toBe(false);
  });
});
