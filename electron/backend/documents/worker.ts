import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentContent, DocumentStamp, PrintSettings } from './render';

/**
 * The render worker, seen from the backend thread. The worker gets plain data (contents, stamps, settings) and
 * a path, renders the whole batch into one PDF, writes it as a partial file and reports progress per document;
 * the backend's event loop stays free for other calls meanwhile.
 */

export interface RenderJobInput {
  items: { content: DocumentContent; stamp: DocumentStamp }[];
  settings: PrintSettings;
  /** Where the worker writes the PDF (the caller renames it once the register rows are in). */
  partialPath: string;
  /** Int32 at index 0: set to 1 to cancel; checked by the worker between documents. */
  cancelFlag: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; pages: number; bytes: number }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

export type RenderOutcome =
  | { kind: 'done'; pages: number; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const BUNDLED_ENTRY = 'documents-worker.cjs';

/** tsx's ESM register() (the `import` target of `tsx/esm/api`), read from its package.json. */
function tsxRegisterUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const api = manifest.exports['./esm/api'];
  const target = typeof api === 'object' ? api.import?.default : undefined;
  if (!target) throw new Error('tsx/esm/api tidak ditemukan');
  return pathToFileURL(path.join(path.dirname(manifestPath), target)).href;
}

/**
 * The bundled Electron main (scripts/build-electron.mjs) runs as .cjs with the worker beside it; from source
 * (tests, `npm run web`) the worker is TypeScript and needs tsx's loader registered in its own thread first:
 * Node 20 does not carry `--import` hooks into a worker reliably.
 */
function spawn(input: RenderJobInput): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) {
    return new Worker(path.join(path.dirname(fileURLToPath(here)), BUNDLED_ENTRY), { workerData: input });
  }
  const entry = new URL('./batch-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxRegisterUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: input });
}

export interface RenderJob {
  outcome: Promise<RenderOutcome>;
  /** Asks the worker to stop between documents; ends it outright if it does not answer soon. */
  cancel(): void;
}

const CANCEL_GRACE_MS = 10_000;

export function startRenderJob(input: RenderJobInput, onProgress: (done: number) => void): RenderJob {
  const worker = spawn(input);
  const flag = new Int32Array(input.cancelFlag);
  let settled = false;
  const outcome = new Promise<RenderOutcome>((resolve) => {
    const settle = (result: RenderOutcome) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'done') settle({ kind: 'done', pages: message.pages, bytes: message.bytes });
      else if (message.type === 'cancelled') settle({ kind: 'cancelled' });
      else settle({ kind: 'failed', message: message.message });
    });
    worker.on('error', (error) => settle({ kind: 'failed', message: error.message }));
    worker.on('exit', (code) => {
      if (Atomics.load(flag, 0) === 1) settle({ kind: 'cancelled' });
      else settle({ kind: 'failed', message: `Proses pencetakan berhenti (kode ${code}).` });
    });
  });
  return {
    outcome,
    cancel() {
      Atomics.store(flag, 0, 1);
      setTimeout(() => {
        if (!settled) void worker.terminate();
      }, CANCEL_GRACE_MS).unref();
    },
  };
}
