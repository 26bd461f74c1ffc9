import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openBackend, type Backend } from '../../electron/backend/app';
import { RENDERER_BUILD_DIR, SOURCE_MIGRATIONS_DIR, SOURCE_ROOT } from '../../electron/backend/paths';
import { startWebServer, type WebServer } from '../../electron/backend/web/server';
import { tempDir } from '../support/temp-dir';

export const CHROMIUM = process.env.SIPKA_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS_DIR = path.join(SOURCE_ROOT, 'test-output', 'e2e');

export interface RunningApp {
  url: string;
  dataDir: string;
  backend: Backend;
  /** Moves the server's clock forward (idle locks, lockouts) without waiting. */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

/** The real web build against the real backend on a temporary data folder and a free port. */
export async function startApp(): Promise<RunningApp> {
  if (!fs.existsSync(path.join(RENDERER_BUILD_DIR, 'index.html'))) {
    throw new Error(
      'dist/renderer belum ada: jalankan `npm run build` (npm test melakukannya) sebelum tes e2e.',
    );
  }
  const dataDir = tempDir('sipka-e2e-');
  let offset = 0;
  const backend = await openBackend({
    dataDir,
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    now: () => new Date(Date.now() + offset),
    log: () => {},
  });
  const server: WebServer = await startWebServer({ backend, staticDir: RENDERER_BUILD_DIR, port: 0 });
  return {
    url: server.url,
    dataDir,
    backend,
    advanceClock: (ms) => {
      offset += ms;
    },
    close: async () => {
      await server.close();
      backend.close();
    },
  };
}

/** Headless Debian Chromium; `extraArgs` adds flags (e.g. a fake camera). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=id-ID',
      ...extraArgs,
    ],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Saves a full-page screenshot under test-output/e2e for a person to look at. */
export async function shot(page: Page, journey: string, name: string): Promise<void> {
  const dir = path.join(SHOTS_DIR, journey);
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
