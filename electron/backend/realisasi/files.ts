import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FILES_DIR, UPLOAD_TEMP } from '../backup/evidence';

/**
 * Bukti dukung files live under `<dataDir>/files/<sha256[0..2]>/<sha256>`: named by their content, so one file
 * uploaded twice is kept once, and the backup (which takes everything under `files/`) needs no database read.
 */

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function storedFilePath(dataDir: string, sha256: string): string {
  return path.join(dataDir, FILES_DIR, sha256.slice(0, 2), sha256);
}

interface IntactMemo {
  size: number;
  mtimeMs: number;
  sha256: string;
  intact: boolean;
}

/**
 * Hashing every file on every page load would read megabytes; a file whose size and modification time have not
 * changed since it was last hashed keeps its verdict. Keyed by absolute path, so several data folders (tests)
 * never share an entry.
 */
const memo = new Map<string, IntactMemo>();

/** True when the stored file exists, has the recorded size and its bytes hash to `sha256`. */
export function isStoredIntact(dataDir: string, sha256: string, size: number | null): boolean {
  const file = storedFilePath(dataDir, sha256);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    memo.delete(file);
    return false;
  }
  if (!stat.isFile() || (size !== null && stat.size !== size)) return false;
  const known = memo.get(file);
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.sha256 === sha256) {
    return known.intact;
  }
  let intact: boolean;
  try {
    intact = sha256Hex(fs.readFileSync(file)) === sha256;
  } catch {
    intact = false;
  }
  memo.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, sha256, intact });
  return intact;
}

function fsyncDirectory(dir: string): void {
  // Makes the rename durable on Linux and macOS; Windows cannot open a directory, and NTFS needs no help here.
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Keeps the bytes under their SHA-256 and returns it. Written to a temporary file in the same folder, flushed,
 * then renamed into place, so a crash never leaves a half-written file under the final name. A file already
 * stored with the same content is reused; a damaged one is replaced. `durable: false` skips the flushes (a few
 * milliseconds a file): only for demo data, which can be loaded again.
 */
export function storeFile(dataDir: string, bytes: Buffer, { durable = true } = {}): string {
  const sha256 = sha256Hex(bytes);
  if (isStoredIntact(dataDir, sha256, bytes.length)) return sha256;
  const target = storedFilePath(dataDir, sha256);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      if (durable) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  if (durable) fsyncDirectory(dir);
  memo.delete(target);
  return sha256;
}

export function readStoredFile(dataDir: string, sha256: string): Buffer | null {
  try {
    return fs.readFileSync(storedFilePath(dataDir, sha256));
  } catch {
    return null;
  }
}

export function storedFileSize(dataDir: string, sha256: string): number | null {
  try {
    return fs.statSync(storedFilePath(dataDir, sha256)).size;
  } catch {
    return null;
  }
}

export function deleteStoredFile(dataDir: string, sha256: string): void {
  const file = storedFilePath(dataDir, sha256);
  fs.rmSync(file, { force: true });
  memo.delete(file);
}

/**
 * Removes temporary files a crash left mid-upload (their bytes never became a stored file). Called at start-up,
 * before anything can be uploading; returns how many it removed.
 */
export function removeAbandonedTemps(dataDir: string): number {
  const root = path.join(dataDir, FILES_DIR);
  let removed = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile() && UPLOAD_TEMP.test(entry.name)) {
      fs.rmSync(path.join(entry.parentPath, entry.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
