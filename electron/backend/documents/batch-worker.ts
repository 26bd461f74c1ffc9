import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { countPages } from './pages';
import { renderPdf } from './render/pdf';
import type { PrintSettings } from './render/settings';
import type { RenderJobInput, WorkerMessage } from './worker';

/**
 * The worker thread of a batch print: renders every document into one PDF, reporting
 * after each document and stopping when the backend sets the cancel flag; writes the PDF as a partial file,
 * flushed to disk. A cancelled or failed run leaves no file behind.
 */

const input = workerData as RenderJobInput;
const cancelled = new Int32Array(input.cancelFlag);

function send(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

/** A Buffer crosses the thread boundary as a plain Uint8Array. */
function settingsOf(raw: PrintSettings): PrintSettings {
  const logo = raw.logoPng as Uint8Array | null;
  return {
    ...raw,
    logoPng: logo === null ? null : Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength),
  };
}

async function run(): Promise<void> {
  // Called before document `index`: that many are laid out.
  const pdf = await renderPdf(input.items, settingsOf(input.settings), (index) => {
    send({ type: 'progress', done: index });
    return Atomics.load(cancelled, 0) === 0;
  });
  if (Atomics.load(cancelled, 0) === 1) {
    send({ type: 'cancelled' });
    return;
  }
  const fd = fs.openSync(input.partialPath, 'w');
  try {
    fs.writeSync(fd, pdf);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  send({ type: 'done', pages: countPages(pdf), bytes: pdf.length });
}

run().catch((error: unknown) => {
  fs.rmSync(input.partialPath, { force: true });
  if (Atomics.load(cancelled, 0) === 1) send({ type: 'cancelled' });
  else send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
