import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths } from '../../../electron/main/paths';

describe('shellPaths', () => {
  it('packaged: migrations and fonts are extraResources beside app.asar, no native binding override', () => {
    const resourcesPath = path.join('/opt', 'SIPKA', 'resources');
    const appRoot = path.join(resourcesPath, 'app.asar');
    expect(shellPaths({ isPackaged: true, resourcesPath, appRoot })).toEqual({
      migrationsDir: path.join(resourcesPath, 'migrations'),
      fontsDir: path.join(resourcesPath, 'fonts'),
      rendererDir: path.join(appRoot, 'dist', 'renderer'),
      preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
    });
  });

  it('development: everything comes from the repository, better-sqlite3 from .electron-native', () => {
    const appRoot = path.join('/home', 'dev', 'sipka');
    const resourcesPath = path.join(appRoot, 'node_modules', 'electron', 'dist', 'resources');
    expect(shellPaths({ isPackaged: false, resourcesPath, appRoot })).toEqual({
      migrationsDir: path.join(appRoot, 'resources', 'migrations'),
      fontsDir: path.join(appRoot, 'resources', 'fonts'),
      rendererDir: path.join(appRoot, 'dist', 'renderer'),
      preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
      nativeBinding: path.join(
        appRoot,
        '.electron-native',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      ),
    });
  });

  it('development: the migrations folder is the one drizzle-kit writes', () => {
    const paths = shellPaths({ isPackaged: false, resourcesPath: '', appRoot: process.cwd() });
    expect(fs.existsSync(path.join(paths.migrationsDir, 'meta', '_journal.json'))).toBe(true);
  });
});
