import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/app';
import { backupIdle, currentProgress } from '../../electron/backend/backup/queue';
import { checkpointHooks } from '../../electron/backend/backup/checkpoint';
import { knownMigrations } from '../../electron/backend/backup/schema-version';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import type { MethodInput } from '../../shared/ipc/contract';
import type { BackupProgress } from '../../shared/ipc/methods/backup';
import {
  changeOffice,
  dumpDatabase,
  evidenceFiles,
  readMember,
  restoreLeftovers,
  seedOffice,
} from './backup-support/data';
import { ADMIN, clientAs, openTestBackend, TEST_OFFICE, tempDir } from './helpers';

const PASSPHRASE = 'frasa sandi rahasia kantor';

function withoutAudit(dump: Record<string, unknown[]>) {
  const { audit_log: _audit, sqlite_sequence: _sequence, ...rest } = dump;
  return rest;
}

describe('backup and restore round trip', () => {
  it.each([
    { encrypt: false, label: 'unencrypted' },
    { encrypt: true, label: 'encrypted' },
  ])('keeps every row and every evidence file byte for byte ($label)', async ({ encrypt }) => {
    const t = await openTestBackend();
    await seedOffice(t);
    const before = dumpDatabase(t.backend.ctx.sqlite);
    const filesBefore = evidenceFiles(t.dataDir);
    expect(Object.keys(filesBefore)).toHaveLength(4);

    const target = tempDir('sipka-usb-');
    const made = await t.ok('backup.create', {
      directory: target,
      encrypt,
      passphrase: encrypt ? PASSPHRASE : '',
      passphraseConfirm: encrypt ? PASSPHRASE : '',
    });
    expect(made.fileName).toMatch(/^SIPKA-kecamatan-uji-\d{8}-\d{4}\.sipka$/);
    expect(fs.readdirSync(target)).toEqual([made.fileName]);
    expect(made).toMatchObject({
      encrypted: encrypt,
      counts: { units: 4, employees: 2, users: 2, files: 4 },
    });
    expect(made.counts.auditEntries).toBe(before.audit_log!.length);

    // The public manifest is readable without the passphrase; the content is not, when encrypted.
    const inspected = await t.ok('backup.inspect', { path: made.path });
    expect(inspected.manifest).toMatchObject({
      officeName: TEST_OFFICE.officeName,
      instansiName: TEST_OFFICE.instansiName,
      schemaVersion: knownMigrations(SOURCE_MIGRATIONS_DIR).at(-1)!.tag,
      appVersion: '0.1.0',
      kind: 'manual',
      encrypted: encrypt,
      counts: made.counts,
    });
    expect(inspected.needsMigration).toBe(false);
    const manifest = JSON.parse((await readMember(made.path, 'manifest.json')).toString()) as {
      encryption?: unknown;
    };
    expect(manifest.encryption !== undefined).toBe(encrypt);
    // The 1 MB evidence file is stored as it is in a plain backup, and nowhere readable in an encrypted one.
    const biggest = Object.keys(filesBefore)
      .map((name) => fs.readFileSync(path.join(t.dataDir, 'files', name)))
      .sort((a, b) => b.length - a.length)[0]!;
    expect(fs.readFileSync(made.path).includes(biggest)).toBe(!encrypt);

    await changeOffice(t);
    expect(evidenceFiles(t.dataDir)).not.toEqual(filesBefore);

    const restored = await t.ok('backup.restore', {
      path: made.path,
      passphrase: encrypt ? PASSPHRASE : '',
      confirmOfficeName: TEST_OFFICE.officeName,
    });
    expect(restored).toMatchObject({ fileName: made.fileName, appliedMigrations: 0, stillSignedIn: true });
    expect(path.basename(restored.safetyBackup)).toMatch(/^pra-pemulihan-\d{8}-\d{6}\.sipka$/);

    const after = dumpDatabase(t.backend.ctx.sqlite);
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
    expect(after.audit_log!.slice(0, before.audit_log!.length)).toEqual(before.audit_log);
    expect(after.audit_log).toHaveLength(before.audit_log!.length + 1);
    expect(evidenceFiles(t.dataDir)).toEqual(filesBefore);
    expect(restoreLeftovers(t.dataDir)).toEqual([]);
    expect(fs.readdirSync(t.dataDir).filter((n) => n.startsWith('sipka.db'))).not.toContain(
      'sipka.db-journal',
    );

    // The restore is in the restored audit trail, which is still one intact chain.
    const last = (await t.ok('audit.list', { entityType: 'backup' })).rows[0]!;
    expect(last).toMatchObject({ method: 'backup.restore', username: ADMIN.username, action: 'EVENT' });
    expect(last.note).toMatch(
      new RegExp(`^Pemulihan dari ${made.fileName} \\(dibuat .+ pukul \\d{2}\\.\\d{2}\\)`),
    );
    expect(await t.ok('audit.verify', {})).toMatchObject({ intact: true });

    // The safety copy holds the data as it was just before the restore, and can itself be restored.
    const safety = await t.ok('backup.inspect', { path: restored.safetyBackup });
    expect(safety.manifest).toMatchObject({ kind: 'pra-pemulihan', encrypted: false });
    expect(safety.manifest.counts.employees).toBe(3);
  });

  it('records each backup in the audit trail and reports the last one for the Beranda', async () => {
    let clock = new Date('2026-03-02T03:00:00Z');
    const t = await openTestBackend({ now: () => clock });
    const empty = await t.ok('backup.history', {});
    expect(empty).toEqual({ entries: [], lastBackupAt: null, lastAutomaticAt: null, stale: true });

    const made = await t.ok('backup.create', { directory: tempDir('sipka-usb-') });
    await t.ok('backup.auto', {});
    const history = await t.ok('backup.history', {});
    expect(history.entries.map((e) => e.kind)).toEqual(['otomatis', 'manual']);
    expect(history.entries[1]).toMatchObject({
      username: ADMIN.username,
      fileName: made.fileName,
      sizeBytes: made.sizeBytes,
      encrypted: false,
    });
    expect(history).toMatchObject({
      lastBackupAt: clock.toISOString(),
      lastAutomaticAt: clock.toISOString(),
    });
    expect(history.stale).toBe(false);
    const entry = (await t.ok('audit.list', { entityType: 'backup' })).rows.at(-1)!;
    expect(entry.note).toContain(`Cadangan dibuat: ${made.fileName}`);

    clock = new Date(clock.getTime() + 8 * 24 * 60 * 60 * 1000);
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.ok('backup.history', {})).stale).toBe(true);
  });

  it('lets an operator back up but not restore or change the automatic copies', async () => {
    const t = await openTestBackend();
    await seedOffice(t);
    const operator = await clientAs(t, 'operator', 'operator-uji-1');
    await operator.call('auth.changePassword', {
      currentPassword: 'operator-uji-1',
      password: 'operator-uji-2',
      passwordConfirm: 'operator-uji-2',
    });
    const made = await operator.call('backup.create', { directory: tempDir('sipka-usb-') });
    expect(made.ok).toBe(true);
    const refused = await operator.call('backup.restore', {
      path: made.ok ? made.data.path : '',
      confirmOfficeName: TEST_OFFICE.officeName,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await operator.call('backup.settings.update', { autoBackupKeep: 3 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('validates the target folder and the passphrase with clear messages', async () => {
    const t = await openTestBackend();
    const file = path.join(tempDir(), 'bukan-folder.txt');
    fs.writeFileSync(file, 'x');
    const cases: [MethodInput<'backup.create'>, string, string][] = [
      [{ directory: 'relatif/folder' }, 'directory', 'lengkap'],
      [{ directory: path.join(tempDir(), 'tidak-ada') }, 'directory', 'tidak ditemukan'],
      [{ directory: file }, 'directory', 'bukan folder'],
      [{ directory: path.join(t.dataDir, 'files') }, 'directory', 'tidak ditemukan'],
      [
        { directory: tempDir(), encrypt: true, passphrase: 'pendek', passphraseConfirm: 'pendek' },
        'passphrase',
        'paling sedikit 10',
      ],
      [
        { directory: tempDir(), encrypt: true, passphrase: PASSPHRASE, passphraseConfirm: 'lain sekali ya' },
        'passphraseConfirm',
        'tidak sama',
      ],
    ];
    for (const [input, field, message] of cases) {
      const error = await t.err('backup.create', input);
      expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(error.fields?.[field], JSON.stringify(input)).toContain(message);
    }
    fs.mkdirSync(path.join(t.dataDir, 'files'));
    const inside = await t.err('backup.create', { directory: path.join(t.dataDir, 'files') });
    expect(inside.fields?.directory).toContain('folder berkas bukti');
  });

  it('reports progress while a backup runs', async () => {
    const t = await openTestBackend();
    await seedOffice(t);
    const seen: { progress: BackupProgress | null } = { progress: null };
    checkpointHooks.at = (step) => {
      if (step === 'backup:written') seen.progress = currentProgress(t.dataDir);
    };
    try {
      await t.ok('backup.create', { directory: tempDir('sipka-usb-') });
    } finally {
      checkpointHooks.at = null;
    }
    expect(seen.progress).toMatchObject({ operation: 'create', step: 'Memeriksa ulang berkas cadangan' });
    expect(seen.progress!.doneBytes).toBe(seen.progress!.totalBytes);
    expect(seen.progress!.totalBytes).toBeGreaterThan(1024 * 1024);
    expect(await t.ok('backup.status', {})).toEqual({ running: null });
  });

  it('offers the data folder and mounted removable media as targets', async () => {
    const t = await openTestBackend();
    const targets = await t.ok('backup.targets', {});
    expect(targets.at(-1)).toMatchObject({ path: path.join(t.dataDir, 'backups'), kind: 'data' });
    for (const target of targets.slice(0, -1)) expect(['removable', 'drive']).toContain(target.kind);
  });
});

describe('automatic copies', () => {
  it('keeps the newest N, never prunes safety copies, and lists them all as restorable', async () => {
    let clock = new Date('2026-03-02T03:00:00Z');
    const t = await openTestBackend({ now: () => clock });
    await seedOffice(t);
    expect(await t.ok('backup.settings.get', {})).toEqual({ autoBackupKeep: 14 });
    expect(await t.ok('backup.settings.update', { autoBackupKeep: 2 })).toEqual({ autoBackupKeep: 2 });
    expect((await t.err('backup.settings.update', { autoBackupKeep: 0 })).code).toBe('VALIDATION');
    const dir = path.join(t.dataDir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'pra-migrasi-lama.sqlite'), 'SQLite format 3\0');
    const made = [];
    for (let i = 0; i < 4; i++) {
      made.push(await t.ok('backup.auto', {}));
      clock = new Date(clock.getTime() + 60_000);
    }
    const restored = await t.ok('backup.restore', {
      path: made[3]!.path,
      confirmOfficeName: TEST_OFFICE.officeName,
    });
    const newest = await t.ok('backup.auto', {});

    const list = await t.ok('backup.list', {});
    expect(list.directory).toBe(dir);
    const byKind = (kind: string) => list.files.filter((f) => f.kind === kind).map((f) => f.fileName);
    expect(byKind('otomatis').sort()).toEqual([made[3]!.fileName, newest.fileName]);
    expect(byKind('pra-pemulihan')).toEqual([path.basename(restored.safetyBackup)]);
    expect(list.files.find((f) => f.fileName === 'pra-migrasi-lama.sqlite')).toMatchObject({
      kind: 'pra-migrasi',
      restorable: false,
    });
    for (const file of list.files.filter((f) => f.restorable)) {
      expect(file.sizeBytes).toBeGreaterThan(1024 * 1024);
      expect((await t.ok('backup.inspect', { path: file.path })).manifest.officeName).toBe(
        TEST_OFFICE.officeName,
      );
    }
    expect(made[0]!.fileName).toMatch(/^otomatis-20260302-\d{6}\.sipka$/);
  });

  it('makes one on the first start of the day, in the background, and none on later starts', async () => {
    let clock = new Date('2026-03-02T01:00:00Z');
    const t = await openTestBackend({ now: () => clock });
    await seedOffice(t);
    const dir = path.join(t.dataDir, 'backups');
    const automatic = () =>
      fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith('otomatis-')) : [];
    expect(automatic()).toEqual([]);

    const open = () =>
      openBackend({
        dataDir: t.dataDir,
        migrationsDir: SOURCE_MIGRATIONS_DIR,
        now: () => clock,
        log: () => {},
      });
    const first = await open();
    await backupIdle(t.dataDir);
    expect(automatic()).toHaveLength(1);
    const entry = first.ctx.sqlite
      .prepare("SELECT username, method FROM audit_log WHERE entity_type = 'backup' ORDER BY id DESC LIMIT 1")
      .get();
    expect(entry).toEqual({ username: 'sistem', method: 'backup.auto' });
    first.close();

    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    const again = await open();
    await backupIdle(t.dataDir);
    expect(automatic()).toHaveLength(1);
    again.close();

    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    const nextDay = await open();
    await backupIdle(t.dataDir);
    expect(automatic()).toHaveLength(2);
    nextDay.close();
  });
});

describe('status of a fresh install', () => {
  it('makes no automatic copy before set-up', async () => {
    const dataDir = tempDir();
    const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR, log: () => {} });
    await backupIdle(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
    backend.close();
  });
});

describe('the last backup that counts for the Beranda warning', () => {
  it('ignores copies on the same PC, and after a restore counts the file restored from', async () => {
    let now = Date.parse('2026-11-02T03:00:00Z');
    const t = await openTestBackend({ now: () => new Date(now) });
    const [local] = (await t.ok('backup.targets', {})).filter((target) => target.kind === 'data');
    expect(fs.existsSync(local!.path)).toBe(true);
    const noPassphrase = { encrypt: false, passphrase: '', passphraseConfirm: '' };
    await t.ok('backup.create', { directory: local!.path, ...noPassphrase });
    expect(await t.ok('backup.history', {})).toMatchObject({ lastBackupAt: null, stale: true });

    const usb = await t.ok('backup.create', { directory: tempDir('sipka-usb-'), ...noPassphrase });
    expect(await t.ok('backup.history', {})).toMatchObject({
      lastBackupAt: '2026-11-02T03:00:00.000Z',
      stale: false,
    });

    now = Date.parse('2026-11-20T03:00:00Z');
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.ok('backup.history', {})).stale).toBe(true);
    await t.ok('backup.restore', {
      path: usb.path,
      passphrase: '',
      confirmOfficeName: TEST_OFFICE.officeName,
    });
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const after = await t.ok('backup.history', {});
    expect(after.lastBackupAt).toBe('2026-11-02T03:00:00.000Z');
  });
});
