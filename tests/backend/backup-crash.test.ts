/**
 * A restore killed at any moment leaves either the complete old data or the complete new data once the app
 * starts again, never a mix. The restore runs in a child process that kills itself with SIGKILL at a named
 * step (SIPKA_TEST_CRASH_AT); the test then opens the data folder as the app would at start-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/app';
import { backupIdle } from '../../electron/backend/backup/queue';
import { checkpointHooks, type Checkpoint } from '../../electron/backend/backup/checkpoint';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import {
  changeOffice,
  dataSignature,
  evidenceFiles,
  restoreLeftovers,
  runChild,
  seedOffice,
} from './backup-support/data';
import { ADMIN, openTestBackend, TEST_OFFICE, tempDir } from './helpers';

interface State {
  data: ReturnType<typeof dataSignature>;
  files: Record<string, string>;
}

let template: string;
let backupFile: string;
let oldState: State;
let newState: State;

beforeAll(async () => {
  const t = await openTestBackend();
  await seedOffice(t);
  newState = { data: dataSignature(t.backend.ctx.sqlite), files: evidenceFiles(t.dataDir) };
  backupFile = (await t.ok('backup.create', { directory: tempDir('sipka-usb-') })).path;
  await changeOffice(t);
  oldState = { data: dataSignature(t.backend.ctx.sqlite), files: evidenceFiles(t.dataDir) };
  expect(oldState.data).not.toEqual(newState.data);
  expect(oldState.files).not.toEqual(newState.files);
  // A closed copy of the data folder: each case starts from the same old data.
  template = tempDir('sipka-templat-');
  t.backend.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  fs.cpSync(t.dataDir, template, { recursive: true, filter: (file) => !/sipka\.db-(wal|shm)$/.test(file) });
});

function freshDataDir(): string {
  const dir = tempDir('sipka-crash-');
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

async function stateAfterStartUp(
  dataDir: string,
): Promise<State & { integrity: unknown; restoreEntries: number }> {
  const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR, log: () => {} });
  try {
    await backupIdle(dataDir);
    const { sqlite } = backend.ctx;
    return {
      data: dataSignature(sqlite),
      files: evidenceFiles(dataDir),
      integrity: sqlite.pragma('integrity_check', { simple: true }),
      restoreEntries: sqlite
        .prepare("SELECT count(*) FROM audit_log WHERE method = 'backup.restore'")
        .pluck()
        .get() as number,
    };
  } finally {
    backend.close();
  }
}

const CRASH_POINTS: [Checkpoint, 'old' | 'new'][] = [
  ['restore:verified', 'old'],
  ['restore:safety-backup', 'old'],
  ['restore:journal', 'new'],
  ['restore:old-db-aside', 'new'],
  ['restore:new-db-in', 'new'],
  ['restore:old-files-aside', 'new'],
  ['restore:new-files-in', 'new'],
  ['restore:reopened', 'new'],
];

describe('a restore killed part-way', () => {
  it.each(CRASH_POINTS)('killed at %s leaves the %s data, whole', async (step, expected) => {
    const dataDir = freshDataDir();
    const child = await runChild(
      'restore-child.ts',
      [dataDir, backupFile, TEST_OFFICE.officeName, ADMIN.username, ADMIN.password],
      { SIPKA_TEST_CRASH_AT: step },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const state = await stateAfterStartUp(dataDir);
    expect(state.integrity).toBe('ok');
    const want = expected === 'old' ? oldState : newState;
    expect(state.data).toEqual(want.data);
    expect(state.files).toEqual(want.files);
    expect(state.restoreEntries).toBe(expected === 'new' ? 1 : 0);
    expect(restoreLeftovers(dataDir)).toEqual([]);
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('sipka.db-'))).toEqual([]);
    const safetyCopies = fs
      .readdirSync(path.join(dataDir, 'backups'))
      .filter((n) => n.startsWith('pra-pemulihan-'));
    expect(safetyCopies).toHaveLength(step === 'restore:verified' ? 0 : 1);
  });

  it('completes when not killed (the child process path works end to end)', async () => {
    const dataDir = freshDataDir();
    const child = await runChild('restore-child.ts', [
      dataDir,
      backupFile,
      TEST_OFFICE.officeName,
      ADMIN.username,
      ADMIN.password,
    ]);
    expect(child.code, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ ok: true, data: { stillSignedIn: true } });
    const state = await stateAfterStartUp(dataDir);
    expect(state.data).toEqual(newState.data);
    expect(state.files).toEqual(newState.files);
  });
});

describe('a restore that fails while the app runs', () => {
  it.each<Checkpoint>([
    'restore:safety-backup',
    'restore:old-db-aside',
    'restore:new-db-in',
    'restore:new-files-in',
  ])('failing at %s puts the old data back and keeps the app working', async (step) => {
    const t = await openTestBackend({ dataDir: freshDataDir(), signedIn: false });
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    process.env.SIPKA_TEST_FAIL_AT = step;
    let error;
    try {
      error = await t.err('backup.restore', { path: backupFile, confirmOfficeName: TEST_OFFICE.officeName });
    } finally {
      delete process.env.SIPKA_TEST_FAIL_AT;
    }
    expect(error).toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Data aplikasi tidak berubah'),
    });
    expect(dataSignature(t.backend.ctx.sqlite)).toEqual(oldState.data);
    expect(evidenceFiles(t.dataDir)).toEqual(oldState.files);
    expect(restoreLeftovers(t.dataDir)).toEqual([]);
    // Writable again, and still signed in.
    await t.ok('units.create', { name: 'Seksi Setelah Gagal', kind: 'SEKSI', parentId: 1 });
  });

  it('refuses writes from the safety backup until the swap, so none is lost', async () => {
    const t = await openTestBackend({ dataDir: freshDataDir(), signedIn: false });
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    const attempts: string[] = [];
    checkpointHooks.at = (step) => {
      if (step !== 'restore:safety-backup') return;
      try {
        t.backend.ctx.sqlite.prepare("INSERT INTO units (name, kind) VALUES ('Terlambat', 'SEKSI')").run();
        attempts.push('tertulis');
      } catch (error) {
        attempts.push((error as { code?: string }).code ?? 'galat');
      }
    };
    try {
      await t.ok('backup.restore', { path: backupFile, confirmOfficeName: TEST_OFFICE.officeName });
    } finally {
      checkpointHooks.at = null;
    }
    expect(attempts).toEqual(['SQLITE_READONLY']);
    expect(dataSignature(t.backend.ctx.sqlite)).toEqual(newState.data);
    await t.ok('units.create', { name: 'Seksi Sesudah Pemulihan', kind: 'SEKSI', parentId: 1 });
  });
});
