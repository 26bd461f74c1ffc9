import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/security';

/**
 * Runs the bundled main process against a stand-in for the `electron` module (no Electron binary here):
 * the lifecycle wiring in main.ts, with the real protocol handler, IPC guard and backend on a temp database.
 */

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(appRoot: string, userData: string) {
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    enableSandbox: () => calls.push('enableSandbox'),
    commandLine: {
      appendSwitch: (name: string, value?: string) => calls.push(`switch:${name}=${value ?? ''}`),
    },
    setAppUserModelId: () => {},
    whenReady: () => {
      calls.push('whenReady');
      return Promise.resolve();
    },
    getAppPath: () => appRoot,
    getPath: (name: string) => (name === 'userData' ? userData : os.tmpdir()),
    getVersion: () => '0.0.0-test',
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
  });
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  let privileged: unknown[] = [];
  const electron = {
    app,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        privileged = schemes;
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('permissions'),
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => calls.push('menu'),
    },
    BrowserWindow: class extends EventEmitter {
      record: { options: Record<string, unknown>; url?: string };
      constructor(options: Record<string, unknown>) {
        super();
        this.record = { options };
        windows.push(this.record);
      }
      loadURL(url: string) {
        this.record.url = url;
        return Promise.resolve();
      }
    },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) },
    dialog: {
      showErrorBox: (title: string) => calls.push(`error: ${title}`),
      showMessageBox: () => Promise.resolve(),
    },
  };
  return { electron, calls, protocolHandlers, ipcHandlers, windows, privileged: () => privileged };
}

const root = process.cwd();
const moduleLoader = Module as unknown as { _load: Listener };
const originalLoad = moduleLoader._load;
const originalResourcesPath = process.resourcesPath;
let workDir: string;
let bundle: string;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
  // Inside the repository, so that the bundle's require('better-sqlite3') finds node_modules.
  workDir = fs.mkdtempSync(path.join(root, 'test-output', 'electron-main-'));
  bundle = path.join(workDir, 'main.cjs');
  await build({
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3', 'pdfkit'],
    logLevel: 'silent',
  });
});

afterAll(() => {
  moduleLoader._load = originalLoad;
  Object.assign(process, { resourcesPath: originalResourcesPath });
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** Loads a fresh copy of the bundle as a packaged app whose resources do or do not hold the migrations. */
async function launch(name: string, withMigrations: boolean) {
  const dir = path.join(workDir, name);
  const appRoot = path.join(dir, 'app');
  fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(
    path.join(appRoot, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>SIPKA</title>',
  );
  const resources = path.join(dir, 'resources');
  fs.mkdirSync(resources);
  if (withMigrations) {
    fs.cpSync(path.join(root, 'resources', 'migrations'), path.join(resources, 'migrations'), {
      recursive: true,
    });
  }
  const userData = path.join(dir, 'userData');
  fs.mkdirSync(userData);
  const copy = path.join(workDir, `${name}.cjs`);
  fs.copyFileSync(bundle, copy);

  const fake = fakeElectron(appRoot, userData);
  Object.assign(process, { resourcesPath: resources });
  moduleLoader._load = function (request: unknown, ...rest: unknown[]) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(copy);
  for (
    let i = 0;
    i < 300 && fake.windows.length === 0 && !fake.calls.some((c) => c.startsWith('exit'));
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  moduleLoader._load = originalLoad;
  return { ...fake, userData };
}

describe('main process bundle', () => {
  let started: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    started = await launch('ok', true);
  });

  afterAll(() => started?.electron.app.emit('will-quit'));

  it('starts without an error dialog and opens one window on app://sipka/index.html', () => {
    expect(started.calls.filter((call) => call.startsWith('error') || call.startsWith('exit'))).toEqual([]);
    expect(started.windows).toHaveLength(1);
    expect(started.windows[0]!.url).toBe('app://sipka/index.html');
    expect(started.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
    });
  });

  it('registers the app scheme and the sandbox before ready, then the session and menu', () => {
    expect(started.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      started.calls.indexOf('whenReady'),
    );
    expect(started.calls.indexOf('enableSandbox')).toBeLessThan(started.calls.indexOf('whenReady'));
    expect(started.calls.indexOf('switch:lang=id')).toBeLessThan(started.calls.indexOf('whenReady'));
    expect(started.calls).toContain('permissions');
    expect(started.calls).toContain('menu');
    expect(started.privileged()).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('serves the renderer through app:// with the CSP', async () => {
    const response = await started.protocolHandlers.get('app')!(new Request('app://sipka/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('opens the database in userData and answers RPC only from the app origin', async () => {
    expect(fs.existsSync(path.join(started.userData, 'sipka.db'))).toBe(true);
    const rpc = started.ipcHandlers.get('sipka:rpc')!;
    const from = (url: string) => ({ senderFrame: { url }, sender: { id: 1, once: () => {} } });
    expect(await rpc(from('app://sipka/index.html'), 'tidak.ada', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await rpc(from('https://evil.example/'), 'tidak.ada', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('registers the RPC channel, the backup dialogs and the printed documents channels', () => {
    expect([...started.ipcHandlers.keys()]).toEqual([
      'sipka:rpc',
      'sipka:pick-folder',
      'sipka:pick-backup-file',
      'sipka:save-pdf',
      'sipka:open-document',
      'sipka:open-stored-file',
    ]);
  });

  it('opens a stored file only through dispatch with the window session: signed out, nothing opens', async () => {
    const open = started.ipcHandlers.get('sipka:open-stored-file')!;
    const from = (url: string) => ({ senderFrame: { url }, sender: { id: 99, once: () => {} } });
    expect(
      await open(from('app://sipka/index.html'), {
        source: 'evidence',
        skpId: 1,
        periodId: 1,
        evidenceId: 1,
      }),
    ).toMatchObject({
      ok: false,
    });
    expect(await open(from('https://evil.example/'), { source: 'scan', registerId: 1 })).toEqual({
      ok: false,
      message: 'Berkas yang diminta tidak dikenal.',
    });
  });
});

describe('main process bundle, when the backend cannot open', () => {
  it('shows the Indonesian error dialog, opens no window and exits with 1', async () => {
    const failed = await launch('no-migrations', false);
    expect(failed.calls).toContain('error: SIPKA tidak dapat dimulai');
    expect(failed.calls).toContain('exit 1');
    expect(failed.windows).toHaveLength(0);
    expect(failed.ipcHandlers.size).toBe(0);
  });
});
