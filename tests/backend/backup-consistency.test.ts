import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/app';
import { makeBackup } from '../../electron/backend/backup/create';
import { inspectBackup } from '../../electron/backend/backup/inspect';
import { knownMigrations } from '../../electron/backend/backup/schema-version';
import { backupIdle } from '../../electron/backend/backup/queue';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { readMember, runChild, seedOffice } from './backup-support/data';
import { ADMIN, openTestBackend, TEST_OFFICE, tempDir } from './helpers';

/** The shipped migrations cut to the first `count`: the schema of an earlier release. */
function olderMigrations(count: number): string {
  const dir = tempDir('sipka-migrasi-lama-');
  fs.cpSync(SOURCE_MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** An office on the first release's schema (no users, no audit trail yet), with its settings. */
async function firstReleaseOffice(dataDir: string, migrationsDir: string) {
  // That schema has no audit_log yet: a trail that records nothing stands in for it.
  const backend = await openBackend({
    dataDir,
    migrationsDir,
    log: () => {},
    audit: () => ({ appended: 0, append: () => {} }),
  });
  backend.ctx.sqlite.exec(`
    INSERT INTO settings (key, value) VALUES ('office', '${JSON.stringify({ ...TEST_OFFICE, letterheadLines: [] })}');
    INSERT INTO units (name, kind) VALUES ('Kecamatan Lama', 'KECAMATAN');
    INSERT INTO employees (nip, name, search_name, gender, birth_date, status, golongan, position_name, position_type, unit_id)
    VALUES ('198609262015051001', 'Fajar', 'fajar', 'L', '1986-09-26', 'PNS', 'III/c', 'Lurah', 'PENGAWAS', 1);`);
  return backend;
}

describe('consistency', () => {
  it('takes a consistent snapshot while a second connection keeps writing', async () => {
    const t = await openTestBackend();
    await seedOffice(t);
    const dir = tempDir('sipka-penulis-');
    const stop = path.join(dir, 'berhenti');
    const ready = path.join(dir, 'siap');
    const writer = runChild('writer-child.ts', [path.join(t.dataDir, 'sipka.db'), stop, ready]);
    const pairs = () =>
      t.backend.ctx.sqlite
        .prepare("SELECT count(*) FROM units WHERE name LIKE 'Tulis A-%'")
        .pluck()
        .get() as number;
    try {
      while (!fs.existsSync(ready)) await new Promise((resolve) => setTimeout(resolve, 10));
      const before = pairs();
      const made = await t.ok('backup.create', { directory: tempDir('sipka-usb-') });
      const after = pairs();
      expect(after).toBeGreaterThan(before);

      const snapshot = path.join(dir, 'snapshot.db');
      fs.writeFileSync(snapshot, await readMember(made.path, 'sipka.db'));
      const copy = new Database(snapshot, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const count = (pattern: string) =>
          copy.prepare('SELECT count(*) FROM units WHERE name LIKE ?').pluck().get(pattern) as number;
        const a = count('Tulis A-%');
        // Every pair the writer committed together is whole: one committed state, not a torn one.
        expect(count('Tulis B-%')).toBe(a);
        expect(a).toBeGreaterThanOrEqual(before);
        expect(a).toBeLessThanOrEqual(after);
        expect(made.counts.units).toBe(copy.prepare('SELECT count(*) FROM units').pluck().get());
      } finally {
        copy.close();
      }
    } finally {
      fs.writeFileSync(stop, '');
      const done = await writer;
      expect(done.code, done.stderr).toBe(0);
    }
  });

  it('restores a backup from an older schema and applies the newer migrations', async () => {
    const older = olderMigrations(1);
    const oldDir = tempDir();
    const old = await firstReleaseOffice(oldDir, older);
    const employees = old.ctx.sqlite.prepare('SELECT * FROM employees').all();
    const units = old.ctx.sqlite.prepare('SELECT * FROM units').all();
    const made = await makeBackup(
      old.ctx,
      { directory: tempDir('sipka-usb-'), fileName: 'lama.sipka', kind: 'manual', passphrase: null },
      { step: () => {}, add: () => {} },
    );
    old.close();
    expect(made.manifest).toMatchObject({ schemaVersion: '0000_init', officeName: TEST_OFFICE.officeName });

    const t = await openTestBackend();
    const inspected = await t.ok('backup.inspect', { path: made.path });
    expect(inspected.needsMigration).toBe(true);
    const restored = await t.ok('backup.restore', {
      path: made.path,
      confirmOfficeName: TEST_OFFICE.officeName,
    });
    const shipped = knownMigrations(SOURCE_MIGRATIONS_DIR).length;
    expect(restored).toMatchObject({ appliedMigrations: shipped - 1, stillSignedIn: false });
    // The restored data has no users yet: whoever restored it must set it up / sign in again.
    expect(t.session.token).toBeNull();
    expect((await t.err('settings.get', {})).code).toBe('UNAUTHENTICATED');
    expect(await t.ok('setup.status', {})).toMatchObject({ needsSetup: true, employeeCount: 1 });

    const { sqlite } = t.backend.ctx;
    expect(sqlite.prepare('SELECT * FROM employees').all()).toEqual(employees);
    expect(sqlite.prepare('SELECT * FROM units').all()).toEqual(units);
    const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
    expect(applied).toBe(shipped);
    const entry = sqlite
      .prepare("SELECT username, method, note FROM audit_log WHERE method = 'backup.restore'")
      .get() as { username: string; note: string };
    expect(entry.username).toBe('sistem');
    expect(entry.note).toMatch(
      new RegExp(
        `^Pemulihan dari lama\\.sipka \\(dibuat .+\\) oleh ${ADMIN.username} \\(akun ini tidak ada di data cadangan\\)`,
      ),
    );
  });

  it('packs the copy taken before a migration into a restorable backup', async () => {
    const dataDir = tempDir();
    const old = await firstReleaseOffice(dataDir, olderMigrations(1));
    old.close();
    const upgraded = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR, log: () => {} });
    await backupIdle(dataDir);
    const dir = path.join(dataDir, 'backups');
    const names = fs.readdirSync(dir);
    expect(names.filter((n) => n.endsWith('.sqlite'))).toEqual([]);
    const packed = names.find((n) => n.startsWith('pra-migrasi-'));
    expect(packed).toMatch(/^pra-migrasi-\d{8}-\d{6}\.sipka$/);
    const inspected = await inspectBackup(path.join(dir, packed!), SOURCE_MIGRATIONS_DIR);
    expect(inspected.manifest).toMatchObject({ kind: 'pra-migrasi', schemaVersion: '0000_init' });
    expect(inspected.manifest.counts).toMatchObject({ units: 1, employees: 1, users: 0 });
    const entry = upgraded.ctx.sqlite
      .prepare("SELECT username, note FROM audit_log WHERE entity_type = 'backup'")
      .get();
    expect(entry).toMatchObject({
      username: 'sistem',
      note: expect.stringContaining('sebelum pembaruan basis data'),
    });
    upgraded.close();
  });
});
