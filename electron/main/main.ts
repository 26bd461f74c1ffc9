import { app, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { openBackend, type Backend } from '../backend/app';
import { showFatalError, showInfo } from './dialogs';
import { electronDocumentDeps, registerDocumentShell } from './document-ipc';
import { registerFileDialogs } from './file-dialogs';
import { registerRpc, WindowSessions } from './ipc';
import { menuTemplate } from './menu';
import { aboutText, startupErrorText } from './messages';
import { shellPaths } from './paths';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { hardenApp, hardenSession } from './security';
import { APP_SCHEME } from './trust';
import { createMainWindow } from './window';

/** Same as appId in electron-builder.yml: Windows groups the taskbar and shortcuts by it. */
const APP_USER_MODEL_ID = 'id.go.surabaya.gayungan.sipka';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let removeTemporaryCopies: (() => void) | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function failStartup(error: unknown): void {
  console.error('SIPKA tidak dapat dimulai', error);
  showFatalError(startupErrorText(error, app.getPath('userData'), app.isPackaged));
  app.exit(1);
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = shellPaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: app.getAppPath(),
  });
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        onAbout: () => showInfo(mainWindow, aboutText(app.getVersion())),
      }),
    ),
  );
  backend = await openBackend({
    dataDir: app.getPath('userData'),
    migrationsDir: paths.migrationsDir,
    ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
  });
  const sessions = new WindowSessions();
  registerRpc(ipcMain, backend, sessions);
  registerFileDialogs(ipcMain, app.getPath('userData'));
  removeTemporaryCopies = registerDocumentShell(
    ipcMain,
    backend,
    sessions,
    electronDocumentDeps(app.getPath('userData'), app.getPath('documents')),
  );
  mainWindow = createMainWindow(paths.preload, app.isPackaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  process.setSourceMapsEnabled(true);
  app.enableSandbox();
  // Date pickers and number formats follow the UI language, not the Windows locale of the office PC.
  app.commandLine.appendSwitch('lang', 'id');
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  hardenApp(app);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    removeTemporaryCopies?.();
    backend?.close();
    backend = null;
  });
  start().catch(failStartup);
}
