import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/backend/context';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { startWebServer, type WebServer } from '../../electron/backend/web/server';
import type { BatchStatus } from '../../shared/ipc/methods/documents';
import { openTestBackend, tempDir, type TestBackend } from './helpers';

/** Batch printing on the demo office (41 pegawai with approved SKPs, Triwulan I–III rated). */

let t: TestBackend;
let yearId: number;
let periods: { id: number; kind: string; number: number }[];
let server: WebServer | undefined;

beforeAll(async () => {
  t = await openTestBackend();
  loadDemoData(systemContext(t.backend.ctx, 'seed'));
  yearId = (await t.ok('years.list', {}))[0]!.id;
  periods = (await t.ok('years.get', { id: yearId })).periods;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function quarter(n: number): number {
  return periods.find((p) => p.kind === 'QUARTER' && p.number === n)!.id;
}

/** Polls the status until the job leaves RUNNING, recording every progress value seen. */
async function settle(jobId: string, seen: number[] = []): Promise<BatchStatus> {
  for (;;) {
    const status = await t.ok('documents.batch.status', { jobId });
    seen.push(status.done);
    if (status.state !== 'RUNNING') return status;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

function rowsOfBatch(jobId: string): number {
  return t.backend.ctx.sqlite
    .prepare('SELECT count(*) FROM printed_documents WHERE batch_id = ?')
    .pluck()
    .get(jobId) as number;
}

describe('documents.batch', () => {
  it('prints every SKP of the kecamatan into one PDF in a worker, one register row each', async () => {
    const dir = tempDir('sipka-batch-');
    const prepared = await t.ok('documents.batch.prepare', { kind: 'SKP', yearId });
    expect(prepared.count).toBeGreaterThanOrEqual(30);
    expect(prepared.fileName).toMatch(/^SKP_2026_.+\.pdf$/);
    const target = path.join(dir, prepared.fileName);
    const started = await t.ok('documents.batch.start', { kind: 'SKP', yearId, targetPath: target });
    expect(started.total).toBe(prepared.count);

    // The backend thread stays free while the worker lays the pages out.
    const latencies: number[] = [];
    const seen: number[] = [];
    let status = await t.ok('documents.batch.status', { jobId: started.jobId });
    while (status.state === 'RUNNING') {
      const before = performance.now();
      await t.ok('documents.register.list', { pageSize: 5 });
      latencies.push(performance.now() - before);
      status = await t.ok('documents.batch.status', { jobId: started.jobId });
      seen.push(status.done);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect(status).toMatchObject({ state: 'DONE', done: started.total, total: started.total, path: target });
    expect(status.downloadable).toBe(false);
    expect(seen.some((done) => done > 0 && done < started.total)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Rendering the whole batch takes seconds; a call answered within one second shows the thread was free
    // (with room for a busy CI machine; a quiet one answers in a few milliseconds).
    expect(Math.max(...latencies)).toBeLessThan(1000);

    expect(fs.readdirSync(dir)).toEqual([prepared.fileName]);
    expect(pdfPages(target)).toBe(status.pages);
    expect(status.pages).toBeGreaterThanOrEqual(2 * started.total);
    expect(rowsOfBatch(started.jobId)).toBe(started.total);
    const codes = t.backend.ctx.sqlite
      .prepare('SELECT code FROM printed_documents WHERE batch_id = ?')
      .pluck()
      .all(started.jobId) as string[];
    expect(new Set(codes).size).toBe(started.total);
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    for (const code of codes) expect(text).toContain(code);
    expect(await t.ok('documents.verify', { text: codes[7]! })).toMatchObject({ status: 'CURRENT' });
    const audit = await t.ok('audit.list', { entityType: 'printed_document', entityId: started.jobId });
    expect(audit.rows[0]!.note).toContain(`Cetak massal ${started.total} SKP`);
    console.log(`batch of ${started.total} SKP: ${status.pages} pages`);
  });

  it('cancel leaves no file and no register rows', async () => {
    const dir = tempDir('sipka-cancel-');
    const target = path.join(dir, 'evaluasi.pdf');
    const before = t.count('printed_documents');

    const early = await t.ok('documents.batch.start', {
      kind: 'EVALUASI',
      yearId,
      periodId: quarter(1),
      targetPath: target,
    });
    await t.ok('documents.batch.cancel', { jobId: early.jobId });
    expect(await settle(early.jobId)).toMatchObject({ state: 'CANCELLED', path: null, downloadable: false });

    const late = await t.ok('documents.batch.start', {
      kind: 'EVALUASI',
      yearId,
      periodId: quarter(1),
      targetPath: target,
    });
    let status = await t.ok('documents.batch.status', { jobId: late.jobId });
    while (status.state === 'RUNNING' && status.done < 2) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await t.ok('documents.batch.status', { jobId: late.jobId });
    }
    await t.ok('documents.batch.cancel', { jobId: late.jobId });
    const cancelled = await settle(late.jobId);
    expect(cancelled.state).toBe('CANCELLED');
    expect(cancelled.message).toContain('Dibatalkan');

    expect(fs.readdirSync(dir)).toEqual([]);
    expect(t.count('printed_documents')).toBe(before);
    expect(rowsOfBatch(late.jobId)).toBe(0);
  });

  it('skips records that cannot be printed and says why', async () => {
    // Triwulan IV is not rated in the demo: nothing to print.
    const started = await t.ok('documents.batch.start', {
      kind: 'DOKUMEN_EVALUASI',
      yearId,
      periodId: quarter(4),
    });
    const status = await settle(started.jobId);
    expect(status.state).toBe('FAILED');
    expect(status.skipped.length).toBe(started.total);
    expect(status.skipped[0]!.reason).toMatch(/belum dinilai/);
    const missing = await t.err('documents.batch.start', { kind: 'EVALUASI', yearId });
    expect(missing.fields?.periodId).toBe('Pilih periode penilaian');
    expect((await t.err('documents.batch.status', { jobId: 'tidak-ada' })).code).toBe('NOT_FOUND');
  });

  it('serves a web-build batch over GET /download/batch/<jobId> to the signed-in session only', async () => {
    const staticDir = tempDir('sipka-static-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>SIPKA</title>');
    server = await startWebServer({ backend: t.backend, staticDir, port: 0 });
    const url = new URL(server.url);
    const units = await t.ok('units.list', {});
    const kelurahan = units.find((u) => u.kind === 'KELURAHAN')!;
    const started = await t.ok('documents.batch.start', {
      kind: 'DOKUMEN_EVALUASI',
      unitId: kelurahan.id,
      yearId,
      periodId: quarter(2),
    });
    const status = await settle(started.jobId);
    expect(status).toMatchObject({ state: 'DONE', downloadable: true, path: null });
    expect(status.fileName).toMatch(/^DOKUMEN_EVALUASI_2026_TW2_.+\.pdf$/);

    const get = (cookie?: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(
            {
              host: url.hostname,
              port: url.port,
              path: `/download/batch/${started.jobId}`,
              headers: cookie ? { cookie } : {},
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
              );
            },
          )
          .on('error', reject);
      });
    expect((await get()).status).toBe(401);
    const answer = await get(`sipka_session=${encodeURIComponent(t.session.token!)}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toContain(status.fileName);
    expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(tempDir(), 'unduh.pdf');
    fs.writeFileSync(file, answer.body);
    expect(pdfPages(file)).toBe(status.pages);

    // The register lists the batch by unit and period, every document still waiting for its signed scan.
    const listed = await t.ok('documents.register.list', {
      unitId: kelurahan.id,
      periodId: quarter(2),
      status: 'unsigned',
    });
    expect(listed.total).toBe(status.total);
    expect(listed.rows[0]).toMatchObject({ kind: 'DOKUMEN_EVALUASI', periodLabel: 'Triwulan II 2026' });
    const summary = await t.ok('documents.register.unsignedSummary', { periodId: quarter(2) });
    expect(
      summary.every((row) => row.kind === 'DOKUMEN_EVALUASI' && row.periodLabel === 'Triwulan II 2026'),
    ).toBe(true);
    expect(summary.reduce((sum, row) => sum + row.unsigned, 0)).toBe(status.total);
  });
});
