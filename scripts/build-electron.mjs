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

// The backend finds the batch-print worker beside its own file (electron/backend/documents/worker.ts): in the
// CJS bundle import.meta.url becomes the URL of the .cjs file itself.
const importMetaUrl = {
  define: { 'import.meta.url': '__sipkaImportMetaUrl' },
  banner: { js: "const __sipkaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({
    ...common,
    ...importMetaUrl,
    entryPoints: { main: 'electron/main/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    // Loaded from node_modules at run time: native code (better-sqlite3, rebuilt for Electron by
    // electron-builder) and pdfkit, which reads its font metrics from files beside its own sources.
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  }),
  build({
    ...common,
    ...importMetaUrl,
    // The worker thread that lays out batch prints (documents.batch.*), loaded by path beside main.cjs.
    entryPoints: { 'documents-worker': 'electron/backend/documents/batch-worker.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
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
