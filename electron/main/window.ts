import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Size } from 'electron';
import { APP_ENTRY_URL } from './trust';

export const WINDOW_SIZE = { width: 1366, height: 768 } as const;
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;

export function mainWindowOptions(preload: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    ...WINDOW_SIZE,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'SIPKA',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chromium's built-in PDF viewer, for the PDF previews in an iframe; no other plugin exists in Electron.
      plugins: true,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}

/** Many office PCs have a 1366×768 screen: the window would not fit beside the taskbar, so fill it. */
export function shouldMaximize(workArea: Size): boolean {
  return workArea.width < WINDOW_SIZE.width || workArea.height < WINDOW_SIZE.height;
}

export function createMainWindow(preload: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preload, isPackaged));
  window.once('ready-to-show', () => {
    if (shouldMaximize(screen.getPrimaryDisplay().workAreaSize)) window.maximize();
    window.show();
  });
  window
    .loadURL(APP_ENTRY_URL)
    .catch((error: unknown) => console.error('Gagal memuat tampilan SIPKA', error));
  return window;
}
