import path from 'node:path';

export interface ShellPathInput {
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root in development, `…/resources/app.asar` when packaged. */
  appRoot: string;
}

export interface ShellPaths {
  migrationsDir: string;
  fontsDir: string;
  rendererDir: string;
  preload: string;
  /** Set only in development: better-sqlite3 built for Electron by scripts/electron-native.mjs. */
  nativeBinding?: string;
}

/** Relative to the repository root; scripts/electron-native.mjs writes it. */
export const DEV_NATIVE_BINDING = '.electron-native/better-sqlite3/build/Release/better_sqlite3.node';

export function shellPaths({ isPackaged, resourcesPath, appRoot }: ShellPathInput): ShellPaths {
  const common = {
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
  };
  if (isPackaged) {
    // extraResources in electron-builder.yml: plain folders beside app.asar.
    return {
      ...common,
      migrationsDir: path.join(resourcesPath, 'migrations'),
      fontsDir: path.join(resourcesPath, 'fonts'),
    };
  }
  return {
    ...common,
    migrationsDir: path.join(appRoot, 'resources', 'migrations'),
    fontsDir: path.join(appRoot, 'resources', 'fonts'),
    nativeBinding: path.join(appRoot, ...DEV_NATIVE_BINDING.split('/')),
  };
}
