/**
 * Swapping restored data in so that a crash at any moment leaves either the complete old data or the complete
 * new data. The restored database and files are staged, verified and migrated in `<dataDir>/.pemulihan-<random>/new`
 * (same file system, so every move is an atomic rename). Then `restore-journal.json` is written (atomically:
 * temporary file, fsync, rename); from that moment the restore is decided and only ever completes:
 *
 *   1. the old `sipka.db-wal`, `sipka.db-shm`, `sipka.db` move to `<staging>/old/` (a stale WAL must never sit
 *      beside the new database: SQLite would replay it into the wrong file);
 *   2. `<staging>/new/sipka.db` moves to `sipka.db`;
 *   3. the old `files/` moves to `<staging>/old/`, then `<staging>/new/files` moves to `files/`;
 *   4. the journal is removed, then the staging folder.
 *
 * Every step checks where each piece is, so running it again after a crash at any point finishes the swap:
 * `recoverDataDir` does that at start-up, before the database is opened. Without a journal any staging folder
 * is left over from an unfinished or finished restore and is removed: the old data was never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkpoint } from './checkpoint';
import { PARTIAL_SUFFIX, WORK_DIR_PREFIX } from './create';
import { FILES_DIR } from './evidence';
import { BACKUPS_DIR } from './places';
import { syncDirectorySync } from './streams';

export const JOURNAL_FILE = 'restore-journal.json';
export const STAGING_PREFIX = '.pemulihan-';
const DATABASE_FILE = 'sipka.db';
/** Moved in this order: the WAL and shared memory go before the database they belong to. */
const DATABASE_FILES = [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, DATABASE_FILE];

interface Journal {
  version: 1;
  /** The staging folder's name inside the data folder. */
  staging: string;
  source: string;
  startedAt: string;
}

function exists(file: string): boolean {
  return fs.existsSync(file);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** On Windows a virus scanner or the indexer may hold a file for a moment: try a few times. */
function move(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient =
        process.platform === 'win32' && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES');
      if (!transient || attempt >= 20) throw error;
      sleepSync(100);
    }
  }
}

export function stagingPaths(dataDir: string, staging: string) {
  const root = path.join(dataDir, staging);
  return { root, fresh: path.join(root, 'new'), old: path.join(root, 'old') };
}

export function writeJournal(dataDir: string, staging: string, source: string, now: Date): void {
  const journal: Journal = { version: 1, staging, source, startedAt: now.toISOString() };
  const file = path.join(dataDir, JOURNAL_FILE);
  const temporary = `${file}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(journal));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  move(temporary, file);
  syncDirectorySync(dataDir);
}

/** Moves the staged data in (idempotent: safe to run again after a crash anywhere inside it). */
export function rollForward(dataDir: string, staging: string): void {
  const { fresh, old } = stagingPaths(dataDir, staging);
  fs.mkdirSync(old, { recursive: true });
  if (exists(path.join(fresh, DATABASE_FILE))) {
    for (const name of DATABASE_FILES) {
      if (exists(path.join(dataDir, name))) move(path.join(dataDir, name), path.join(old, name));
    }
    checkpoint('restore:old-db-aside');
    move(path.join(fresh, DATABASE_FILE), path.join(dataDir, DATABASE_FILE));
    checkpoint('restore:new-db-in');
  }
  if (exists(path.join(fresh, FILES_DIR))) {
    if (exists(path.join(dataDir, FILES_DIR))) move(path.join(dataDir, FILES_DIR), path.join(old, FILES_DIR));
    checkpoint('restore:old-files-aside');
    move(path.join(fresh, FILES_DIR), path.join(dataDir, FILES_DIR));
    checkpoint('restore:new-files-in');
  }
  syncDirectorySync(dataDir);
}

/**
 * Puts the old data back when the swap or the re-opening failed while the app is still running, then removes
 * the journal. A crash in the middle of it leaves the journal, and start-up then completes the restore instead:
 * either way one complete set of data.
 */
export function rollBack(dataDir: string, staging: string): void {
  const { fresh, old } = stagingPaths(dataDir, staging);
  fs.mkdirSync(fresh, { recursive: true });
  if (!exists(path.join(fresh, DATABASE_FILE))) {
    for (const name of DATABASE_FILES) {
      if (exists(path.join(dataDir, name))) move(path.join(dataDir, name), path.join(fresh, name));
    }
  }
  for (const name of DATABASE_FILES) {
    if (exists(path.join(old, name))) move(path.join(old, name), path.join(dataDir, name));
  }
  if (!exists(path.join(fresh, FILES_DIR)) && exists(path.join(dataDir, FILES_DIR))) {
    move(path.join(dataDir, FILES_DIR), path.join(fresh, FILES_DIR));
  }
  if (exists(path.join(old, FILES_DIR))) move(path.join(old, FILES_DIR), path.join(dataDir, FILES_DIR));
  syncDirectorySync(dataDir);
  removeJournal(dataDir);
}

function removeJournal(dataDir: string): void {
  fs.rmSync(path.join(dataDir, JOURNAL_FILE), { force: true });
  syncDirectorySync(dataDir);
}

/** The restore is complete: forget the journal, then the old data (kept in the pra-pemulihan backup). */
export function finishSwap(dataDir: string, staging: string): void {
  removeJournal(dataDir);
  fs.rmSync(stagingPaths(dataDir, staging).root, { recursive: true, force: true });
}

function readJournal(dataDir: string): Journal | null {
  const file = path.join(dataDir, JOURNAL_FILE);
  if (!exists(file)) return null;
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  if (journal.version !== 1 || !/^\.pemulihan-[A-Za-z0-9_-]+$/.test(journal.staging)) {
    throw new Error(`${file} tidak dikenali; periksa folder data sebelum membuka SIPKA.`);
  }
  return journal;
}

/**
 * Start-up, before the database is opened: completes a restore whose swap had begun (a journal is present),
 * then removes what interrupted work left behind: staging and scratch folders in the data folder and
 * `.partial` files in `backups/`.
 */
export function recoverDataDir(dataDir: string): void {
  if (!exists(dataDir)) return;
  const journal = readJournal(dataDir);
  if (journal) {
    if (exists(stagingPaths(dataDir, journal.staging).root)) rollForward(dataDir, journal.staging);
    finishSwap(dataDir, journal.staging);
  }
  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    if (
      entry.isDirectory() &&
      (entry.name.startsWith(STAGING_PREFIX) || entry.name.startsWith(WORK_DIR_PREFIX))
    ) {
      fs.rmSync(path.join(dataDir, entry.name), { recursive: true, force: true });
    }
  }
  fs.rmSync(path.join(dataDir, `${JOURNAL_FILE}.tmp`), { force: true });
  const backups = path.join(dataDir, BACKUPS_DIR);
  if (exists(backups)) {
    for (const name of fs.readdirSync(backups)) {
      if (name.endsWith(PARTIAL_SUFFIX)) fs.rmSync(path.join(backups, name), { force: true });
    }
  }
}
