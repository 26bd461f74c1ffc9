import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/open';
import { openBackend } from '../../electron/backend/app';
import { systemContext } from '../../electron/backend/context';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { loadDemoData } from '../../electron/backend/seed/gayungan';
import { openTestBackend, tempDir } from './helpers';

interface Journal {
  entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
}

function readJournal(dir: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** A copy of the shipped migrations plus one more, written the way drizzle-kit rebuilds a table. */
function migrationsWithTableRebuild(): string {
  const dir = tempDir('sipka-migrations-');
  fs.cpSync(SOURCE_MIGRATIONS_DIR, dir, { recursive: true });
  const journal = readJournal(dir);
  const last = journal.entries.at(-1)!;
  const tag = `${String(last.idx + 1).padStart(4, '0')}_rebuild_units`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  fs.writeFileSync(
    path.join(dir, `${tag}.sql`),
    [
      'PRAGMA foreign_keys=OFF;',
      "CREATE TABLE `__new_units` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `parent_id` integer, `sort_order` integer DEFAULT 0 NOT NULL, `code` text DEFAULT '' NOT NULL, `created_at` text NOT NULL, `updated_at` text NOT NULL, FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE cascade);",
      'INSERT INTO `__new_units`("id", "name", "kind", "parent_id", "sort_order", "created_at", "updated_at") SELECT "id", "name", "kind", "parent_id", "sort_order", "created_at", "updated_at" FROM `units`;',
      'DROP TABLE `units`;',
      'ALTER TABLE `__new_units` RENAME TO `units`;',
      'PRAGMA foreign_keys=ON;',
    ].join('\n--> statement-breakpoint\n'),
  );
  return dir;
}

describe('database', () => {
  it('opens with WAL, foreign keys and a busy timeout', async () => {
    const t = await openTestBackend();
    const { sqlite } = t.backend.ctx;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('has a migration journal in strictly increasing order with a file for every entry', () => {
    const { entries } = readJournal(SOURCE_MIGRATIONS_DIR);
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((entry, index) => {
      expect(entry.idx).toBe(index);
      if (index > 0) expect(entry.when).toBeGreaterThan(entries[index - 1]!.when);
      expect(fs.existsSync(path.join(SOURCE_MIGRATIONS_DIR, `${entry.tag}.sql`))).toBe(true);
    });
  });

  it('migrates a populated database without losing a row, after taking a safety copy', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'sipka.db');
    const backupDir = path.join(dataDir, 'backups');
    const first = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR, log: () => {} });
    const demo = loadDemoData(systemContext(first.ctx, 'seed'));
    const before = {
      units: first.ctx.sqlite.prepare('SELECT * FROM units ORDER BY id').all(),
      employees: first.ctx.sqlite.prepare('SELECT * FROM employees ORDER BY id').all(),
      audit: first.ctx.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all(),
    };
    first.close();

    const reopened = await openDatabase({ file, migrationsDir: migrationsWithTableRebuild(), backupDir });
    try {
      expect(reopened.appliedMigrations).toHaveLength(1);
      expect(reopened.sqlite.prepare('SELECT * FROM employees ORDER BY id').all()).toEqual(before.employees);
      expect(reopened.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before.audit);
      const units = reopened.sqlite
        .prepare(
          'SELECT id, name, kind, parent_id, sort_order, created_at, updated_at FROM units ORDER BY id',
        )
        .all();
      expect(units).toEqual(before.units);
      expect(units).toHaveLength(demo.units);
      expect(reopened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(reopened.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(reopened.safetyBackup).not.toBeNull();
      const copy = new Database(reopened.safetyBackup!, { readonly: true });
      expect((copy.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n).toBe(
        demo.employees,
      );
      copy.close();
    } finally {
      reopened.sqlite.close();
    }
  });

  it('upgrades a database made by every earlier release, keeping its rows', async () => {
    const { entries } = readJournal(SOURCE_MIGRATIONS_DIR);
    for (let shipped = 1; shipped < entries.length; shipped++) {
      const older = tempDir('sipka-migrations-');
      fs.cpSync(SOURCE_MIGRATIONS_DIR, older, { recursive: true });
      const journal = readJournal(older);
      journal.entries = journal.entries.slice(0, shipped);
      fs.writeFileSync(path.join(older, 'meta', '_journal.json'), JSON.stringify(journal));
      const dataDir = tempDir();
      const options = { file: path.join(dataDir, 'sipka.db'), backupDir: path.join(dataDir, 'backups') };
      const old = await openDatabase({ ...options, migrationsDir: older });
      old.sqlite.exec(`INSERT INTO units (name, kind) VALUES ('Kecamatan Lama', 'KECAMATAN');
        INSERT INTO employees (nip, name, search_name, gender, birth_date, status, golongan, position_name, position_type, unit_id)
        VALUES ('198609262015051001', 'Fajar', 'fajar', 'L', '1986-09-26', 'PNS', 'III/c', 'Lurah', 'PENGAWAS', 1);`);
      const before = old.sqlite.prepare('SELECT * FROM employees').all();
      old.sqlite.close();
      const upgraded = await openDatabase({ ...options, migrationsDir: SOURCE_MIGRATIONS_DIR });
      expect(upgraded.appliedMigrations).toHaveLength(entries.length - shipped);
      expect(upgraded.safetyBackup).not.toBeNull();
      expect(upgraded.sqlite.prepare('SELECT * FROM employees').all()).toEqual(before);
      expect(upgraded.sqlite.prepare('SELECT name FROM units').pluck().all()).toEqual(['Kecamatan Lama']);
      upgraded.sqlite.close();
    }
  });

  it('takes no safety copy when nothing is pending', async () => {
    const dataDir = tempDir();
    const options = {
      file: path.join(dataDir, 'sipka.db'),
      migrationsDir: SOURCE_MIGRATIONS_DIR,
      backupDir: path.join(dataDir, 'backups'),
    };
    (await openDatabase(options)).sqlite.close();
    const again = await openDatabase(options);
    expect(again.safetyBackup).toBeNull();
    expect(again.appliedMigrations).toEqual([]);
    again.sqlite.close();
    expect(fs.existsSync(options.backupDir)).toBe(false);
  });
});
