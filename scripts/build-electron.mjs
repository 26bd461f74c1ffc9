// Bundles the Electron shell: dist-electron/main.cjs (main process) and dist-electron/preload.cjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
  // Fail on warnings such as an import.meta the CJS output cannot provide.
  logOverride: { 'empty-import-meta': 'error' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    // Loaded from node_modules at run time: native code (better-sqlite3, rebuilt for Electron by
    // electron-builder) and pdfkit, which reads its font metrics from files beside its own sources.
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  }),
  build({
    ...common,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    // A sandboxed preload can require only 'electron': everything else is bundled in.
    external: ['electron'],
  }),
]);
