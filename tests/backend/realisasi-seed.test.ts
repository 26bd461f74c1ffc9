import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../electron/backend/context';
import { loadDemoRealisasi } from '../../electron/backend/seed/gayungan-realisasi';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { openTestBackend } from './helpers';

function folderSize(dir: string): { files: number; bytes: number } {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

describe('demo realisasi for Kecamatan Gayungan', () => {
  it('fills the periods already over, part of the one under way, with small files, links and umpan balik', async () => {
    // Today as the demo is written for: Triwulan I–III over, IV under way.
    const now = () => new Date('2026-11-29T03:00:00Z');
    const t = await openTestBackend({ now });
    const started = performance.now();
    loadDemoData(systemContext(t.backend.ctx, 'seed'));
    const whole = performance.now() - started;

    const year = (await t.ok('years.list', {}))[0]!;
    const [q1, q2, q3, q4, annual] = year.periods;
    const list = await t.ok('skp.list', { yearId: year.id, pageSize: 200 });
    let feedback = 0;
    let files = 0;
    for (const row of list.rows) {
      for (const period of [q1!, q2!, q3!]) {
        const sheet = await t.ok('realisasi.sheet', { skpId: row.skpId!, periodId: period.id });
        expect(sheet.filledCount, `${row.fullName} ${period.label}`).toBe(sheet.ikiCount);
        expect(sheet.averageCapaian).toBeGreaterThan(0.7);
        expect(sheet.averageCapaian).toBeLessThan(1.4);
        feedback += sheet.feedback.length;
        const evidence = sheet.rhk.flatMap((r) => r.iki.flatMap((i) => i.evidence));
        expect(evidence.every((e) => e.intact)).toBe(true);
        files += evidence.filter((e) => e.kind === 'FILE').length;
        if (sheet.appraiser) {
          expect(sheet.feedback.every((f) => f.authorName === sheet.appraiser!.fullName)).toBe(true);
        }
      }
      const partial = await t.ok('realisasi.sheet', { skpId: row.skpId!, periodId: q4!.id });
      expect(partial.filledCount).toBeGreaterThan(0);
      expect(partial.filledCount).toBeLessThan(partial.ikiCount);
      expect((await t.ok('realisasi.sheet', { skpId: row.skpId!, periodId: annual!.id })).filledCount).toBe(
        0,
      );
    }
    expect(feedback).toBeGreaterThanOrEqual(list.rows.length);
    expect(files).toBeGreaterThanOrEqual(list.rows.length);
    const stored = folderSize(path.join(t.dataDir, 'files'));
    expect(stored.files).toBeGreaterThan(50);
    expect(stored.bytes).toBeLessThan(2 * 1024 * 1024);
    expect((await t.ok('audit.verify', {})).intact).toBe(true);

    // The realisasi part alone, timed on a second office with no realisasi yet.
    const other = await openTestBackend({ now });
    const ctx = systemContext(other.backend.ctx, 'seed');
    loadDemoData(ctx);
    const realisasiBefore = other.count('realisasi');
    other.backend.ctx.sqlite.exec(
      'DELETE FROM finalisations; DELETE FROM realisasi; DELETE FROM evidence; DELETE FROM feedback;',
    );
    const timed = performance.now();
    const result = ctx.sqlite.transaction(() => loadDemoRealisasi(ctx, year.year))();
    const realisasiMs = performance.now() - timed;
    console.log(
      `demo: whole ${Math.round(whole)} ms; realisasi ${Math.round(realisasiMs)} ms (${JSON.stringify(result)}); files ${stored.files}, ${Math.round(stored.bytes / 1024)} KB`,
    );
    expect(other.count('realisasi')).toBe(realisasiBefore);
    // About 0.5 s alone on two busy cores; the budget is 2 s. The bound is looser so a suite running several
    // files at once on a shared machine does not fail on timing.
    expect(realisasiMs).toBeLessThan(5000);
  });
});
