import fs from 'node:fs';
import path from 'node:path';
import { version as appVersion } from '../../../package.json';
import type { BackupCreated, BackupKind } from '../../../shared/ipc/methods/backup';
import type { BackendContext } from '../context';
import { AppError, fieldError } from '../errors';
import { decryptPayload, openBackup, readChecksums, verifyMembers } from './archive-read';
import { writeArchive, type WrittenArchive } from './archive-write';
import { checkpoint } from './checkpoint';
import { newBackupKey } from './crypto';
import { listEvidenceFiles, FILES_DIR } from './evidence';
import { backupWriteFailure, DamagedBackup, errnoOf } from './failures';
import { BACKUP_EXTENSION, FORMAT_ID, FORMAT_VERSION, type Manifest } from './format';
import type { Progress } from './queue';
import { describeDatabaseFile, snapshotDatabase } from './snapshot';
import { digestOf, sameDigest, syncDirectory } from './streams';

export const PARTIAL_SUFFIX = '.partial';
/** Scratch folders in the data folder (same disk as the data; removed at start-up if a crash left one). */
export const WORK_DIR_PREFIX = '.cadangan-';

export interface BackupRequest {
  directory: string;
  fileName: string;
  kind: BackupKind;
  passphrase: string | null;
  /** Back up this database file instead of a fresh snapshot of the live one (the pre-migration copy). */
  databaseFile?: string;
}

export interface MadeBackup extends BackupCreated {
  directory: string;
  manifest: Manifest;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The target folder must be given in full, exist, and be writable; messages say which. */
export async function assertTargetDirectory(directory: string, dataDir: string): Promise<void> {
  if (!path.isAbsolute(directory)) {
    throw fieldError(
      'directory',
      'Tulis folder tujuan lengkap dari akarnya, misalnya E:\\ atau /media/nama/FLASHDISK.',
    );
  }
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(directory);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw fieldError('directory', `Folder tujuan tidak ditemukan: ${directory}`);
    }
    throw fieldError('directory', `Folder tujuan tidak dapat dibuka: ${directory}`);
  }
  if (!stat.isDirectory()) throw fieldError('directory', `Tujuan ini bukan folder: ${directory}`);
  try {
    await fs.promises.access(directory, fs.constants.W_OK);
  } catch {
    throw fieldError('directory', `Folder tujuan tidak dapat ditulisi: ${directory}`);
  }
  if (isInside(path.resolve(directory), path.resolve(dataDir, FILES_DIR))) {
    throw fieldError('directory', 'Cadangan tidak boleh disimpan di dalam folder berkas bukti.');
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.access(file).then(
    () => true,
    () => false,
  );
}

/** `name.sipka`, or `name-2.sipka`, … when a backup of that name is already there. */
async function freePath(directory: string, fileName: string): Promise<string> {
  const base = fileName.endsWith(BACKUP_EXTENSION) ? fileName.slice(0, -BACKUP_EXTENSION.length) : fileName;
  for (let n = 1; ; n++) {
    const candidate = path.join(directory, `${base}${n === 1 ? '' : `-${n}`}${BACKUP_EXTENSION}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Reads the written file back and compares it with what was meant to be written. */
async function verifyWritten(
  file: string,
  written: WrittenArchive,
  key: Buffer | null,
  onBytes: (n: number) => void,
): Promise<void> {
  let backup;
  try {
    backup = await openBackup(file);
  } catch (error) {
    throw error instanceof AppError ? new DamagedBackup(error.message) : error;
  }
  try {
    if (!sameDigest(digestOf(backup.manifestBytes), written.manifest)) throw new DamagedBackup('manifest');
    if (key) {
      const inner = await decryptPayload(backup, key, null, onBytes);
      if (!sameDigest(inner, written.inner)) throw new DamagedBackup('isi terenkripsi');
      return;
    }
    const stored = await readChecksums(backup.zip);
    const names = Object.keys(written.members);
    if (
      Object.keys(stored.members).length !== names.length ||
      !names.every((n) => sameDigest(stored.members[n], written.members[n]))
    ) {
      throw new DamagedBackup('checksums.json');
    }
    await verifyMembers(backup.zip, written.members, null, onBytes);
  } finally {
    backup.zip.close();
  }
}

/**
 * Makes one backup file: a snapshot of the database, every evidence file, written to `<name>.sipka.partial`,
 * fsynced, read back and checked, and only then renamed to `<name>.sipka` (so a file with that name is always
 * complete and verified). On any failure the partial file is removed and the error says what happened; the
 * app's data is never touched. Does not write the audit entry: the caller does, in its own transaction.
 */
export async function makeBackup(
  ctx: BackendContext,
  request: BackupRequest,
  progress: Progress,
): Promise<MadeBackup> {
  await assertTargetDirectory(request.directory, ctx.dataDir);
  const work = await fs.promises.mkdtemp(path.join(ctx.dataDir, WORK_DIR_PREFIX));
  try {
    progress.step('Memotret basis data');
    let databaseFile = request.databaseFile;
    if (!databaseFile) {
      databaseFile = path.join(work, 'sipka.db');
      snapshotDatabase(ctx.sqlite, databaseFile);
    }
    const facts = describeDatabaseFile(ctx.sqlite, databaseFile, ctx.migrationsDir);
    const files = await listEvidenceFiles(ctx.dataDir);
    const dataBytes = (await fs.promises.stat(databaseFile)).size + files.reduce((sum, f) => sum + f.size, 0);
    const key = request.passphrase ? await newBackupKey(request.passphrase) : null;
    const createdAt = ctx.now().toISOString();
    const manifest: Manifest = {
      format: FORMAT_ID,
      formatVersion: FORMAT_VERSION,
      appVersion,
      schemaVersion: facts.schemaVersion,
      createdAt,
      instansiName: facts.instansiName,
      officeName: facts.officeName,
      kind: request.kind,
      counts: { ...facts.counts, files: files.length },
      dataBytes,
      encrypted: key !== null,
      ...(key ? { encryption: key.params } : {}),
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));

    const target = await freePath(request.directory, request.fileName);
    const partial = target + PARTIAL_SUFFIX;
    let sizeBytes = 0;
    try {
      progress.step('Menulis berkas cadangan', dataBytes);
      const written = await writeArchive(
        partial,
        { manifestBytes, databaseFile, files, key: key?.key ?? null },
        progress.add,
      );
      progress.step('Memeriksa ulang berkas cadangan', dataBytes);
      await verifyWritten(partial, written, key?.key ?? null, progress.add);
      sizeBytes = (await fs.promises.stat(partial)).size;
      checkpoint('backup:written');
      await fs.promises.rename(partial, target);
      await syncDirectory(request.directory);
    } catch (error) {
      await fs.promises.rm(partial, { force: true }).catch(() => {});
      throw backupWriteFailure(error);
    }
    return {
      path: target,
      directory: request.directory,
      fileName: path.basename(target),
      sizeBytes,
      encrypted: key !== null,
      createdAt,
      counts: manifest.counts,
      manifest,
    };
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true }).catch(() => {});
  }
}
