import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { formatDateId, todayIso } from '../../../shared/domain/dates';
import type { BackupRestored } from '../../../shared/ipc/methods/backup';
import { HashChainAuditTrail } from '../audit/trail';
import { SessionStore } from '../auth/sessions';
import type { BackendContext, Caller, RequestContext } from '../context';
import type { OpenedDatabase } from '../db/open';
import { AppError, fieldError } from '../errors';
import { findUserByUsername } from '../users/queries';
import {
  decryptPayload,
  openBackup,
  readChecksums,
  verifyMembers,
  ZipReader,
  type OpenedBackup,
} from './archive-read';
import { checkpoint } from './checkpoint';
import { makeBackup, type MadeBackup } from './create';
import { unlockBackupKey } from './crypto';
import { FILES_DIR, listEvidenceFiles } from './evidence';
import { DAMAGED, NEWER, refusedFile, restoreFailure, WRONG_PASSPHRASE } from './failures';
import { DATABASE, type Manifest } from './format';
import { internalBackupName } from './names';
import { backupsDir } from './places';
import { syncDirectoryTree } from './streams';
import type { Progress } from './queue';
import { BACKUP_ENTITY, megabytes } from './record';
import { schemaStatus } from './schema-version';
import { describeDatabaseFile, snapshotDatabase } from './snapshot';
import { finishSwap, rollBack, rollForward, STAGING_PREFIX, writeJournal } from './swap';

export interface RestoreRequest {
  path: string;
  passphrase: string;
  confirmOfficeName: string;
}

function localDateTime(iso: string): string {
  const d = new Date(iso);
  const time = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  return `${formatDateId(todayIso(d))} pukul ${time}`;
}

/** Refuses a backup this app cannot restore, before anything is written. */
export function assertRestorable(manifest: Manifest, migrationsDir: string): void {
  if (schemaStatus(manifest.schemaVersion, migrationsDir) === 'newer') throw refusedFile(NEWER);
}

async function unlock(manifest: Manifest, passphrase: string): Promise<Buffer | null> {
  if (!manifest.encryption) return null;
  if (passphrase === '') {
    throw fieldError('passphrase', 'Cadangan ini terenkripsi: masukkan frasa sandinya.');
  }
  const key = await unlockBackupKey(passphrase, manifest.encryption);
  if (!key) throw fieldError('passphrase', WRONG_PASSPHRASE);
  return key.key;
}

async function currentDataBytes(dataDir: string): Promise<number> {
  const files = await listEvidenceFiles(dataDir);
  const db = await fs.promises.stat(path.join(dataDir, DATABASE)).catch(() => null);
  return (db?.size ?? 0) + files.reduce((sum, f) => sum + f.size, 0);
}

/** Room for the extracted data (and the decrypted inner zip) plus the safety copy of the current data. */
async function assertRoom(dataDir: string, manifest: Manifest): Promise<void> {
  const needed = manifest.dataBytes * (manifest.encrypted ? 2 : 1) + (await currentDataBytes(dataDir));
  const stat = await fs.promises.statfs(dataDir).catch(() => null);
  if (!stat) return;
  const free = stat.bavail * stat.bsize;
  if (free < needed * 1.1) {
    throw new AppError(
      'CONFLICT',
      `Ruang penyimpanan komputer tidak cukup untuk pemulihan: perlu sekitar ${megabytes(needed)}, tersedia ${megabytes(free)}. Data aplikasi tidak berubah.`,
    );
  }
}

/** Checks every member against the checksums and extracts the data into `target` (sipka.db, files/). */
async function extractVerified(
  backup: OpenedBackup,
  key: Buffer | null,
  staging: string,
  target: string,
  progress: Progress,
): Promise<void> {
  progress.step('Memeriksa dan membuka berkas cadangan', backup.manifest.dataBytes);
  if (!key) {
    const checksums = await readChecksums(backup.zip);
    await verifyMembers(backup.zip, checksums.members, target, progress.add);
    return;
  }
  const innerFile = path.join(staging, 'isi.zip');
  // The tag is checked at the end of decryption; only then is the inner zip opened and any byte trusted.
  await decryptPayload(backup, key, innerFile, progress.add);
  const inner = await ZipReader.open(innerFile);
  try {
    progress.step('Memeriksa isi cadangan', backup.manifest.dataBytes);
    const checksums = await readChecksums(inner);
    await verifyMembers(inner, checksums.members, target, progress.add);
  } finally {
    inner.close();
  }
  await fs.promises.rm(innerFile, { force: true });
}

const ATTACHED = 'sipka_pulihan';

/** `PRAGMA integrity_check` must say ok, and the database's own schema must be the manifest's. */
function checkStagedDatabase(ctx: RequestContext, file: string, manifest: Manifest): void {
  let verdict: unknown[];
  try {
    ctx.sqlite.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(file);
  } catch {
    throw refusedFile(DAMAGED);
  }
  try {
    verdict = ctx.sqlite.prepare(`PRAGMA ${ATTACHED}.integrity_check`).pluck().all();
  } catch {
    verdict = [];
  } finally {
    ctx.sqlite.prepare(`DETACH DATABASE ${ATTACHED}`).run();
  }
  if (verdict.length !== 1 || verdict[0] !== 'ok') {
    throw refusedFile('Basis data di dalam cadangan rusak (pemeriksaan integritas gagal).');
  }
  const facts = describeDatabaseFile(ctx.sqlite, file, ctx.migrationsDir);
  if (schemaStatus(facts.schemaVersion, ctx.migrationsDir) === 'newer') throw refusedFile(NEWER);
  if (facts.schemaVersion !== manifest.schemaVersion) throw refusedFile(DAMAGED);
}

/** The restore's audit entry goes into the restored database before the swap: it arrives with the data. */
function recordRestore(
  ctx: RequestContext,
  staged: Database.Database,
  fileName: string,
  manifest: Manifest,
  safety: MadeBackup,
): void {
  const caller = ctx.caller!;
  const same = staged.prepare('SELECT id FROM users WHERE username = ?').pluck().get(caller.username) as
    number | undefined;
  const recorder: Caller | null = same === undefined ? null : { ...caller, userId: same };
  const trail = new HashChainAuditTrail(staged);
  const by = same === undefined ? ` oleh ${caller.username} (akun ini tidak ada di data cadangan)` : '';
  staged.transaction(() =>
    trail.append(
      { ...ctx, sqlite: staged, caller: recorder, method: 'backup.restore' },
      {
        action: 'EVENT',
        entityType: BACKUP_ENTITY,
        entityId: fileName,
        note: `Pemulihan dari ${fileName} (dibuat ${localDateTime(manifest.createdAt)})${by}. Data sebelumnya disimpan di ${safety.fileName}.`,
        changes: {
          fileName: { to: fileName },
          createdAt: { to: manifest.createdAt },
          schemaVersion: { to: manifest.schemaVersion },
          safetyBackup: { to: safety.fileName },
        },
      },
    ),
  )();
}

/** Every session ends; the restoring admin stays signed in only as an active ADMIN of the restored data. */
function resetSessions(ctx: RequestContext, shared: BackendContext): boolean {
  shared.sessions = new SessionStore();
  const admin = findUserByUsername(shared.sql, ctx.caller!.username);
  if (admin && admin.role === 'ADMIN' && admin.active) {
    ctx.session.token = shared.sessions.create(admin.id, ctx.now().getTime());
    return true;
  }
  ctx.session.token = null;
  return false;
}

/**
 * Restores a backup: checks the file and the passphrase, extracts and verifies every member into a staging
 * folder in the data folder, checks the database's integrity and migrates it there, makes a safety backup of
 * the current data (writes are refused meanwhile so none is lost), then swaps the data in through the
 * journal (see swap.ts) and reopens the database. Any failure before the swap leaves the data exactly as it
 * was; a failure while reopening puts the old data back.
 */
export async function restoreBackup(
  ctx: RequestContext,
  request: RestoreRequest,
  progress: Progress,
): Promise<BackupRestored> {
  const backup = await openBackup(request.path);
  const { manifest } = backup;
  const fileName = path.basename(request.path);
  let staging: string | null = null;
  let staged: OpenedDatabase | null = null;
  let readOnly = false;
  let journal = false;
  try {
    assertRestorable(manifest, ctx.migrationsDir);
    if (request.confirmOfficeName !== manifest.officeName) {
      throw fieldError(
        'confirmOfficeName',
        `Ketik nama kantor persis seperti tercatat di cadangan: ${manifest.officeName}`,
      );
    }
    const key = await unlock(manifest, request.passphrase);
    await assertRoom(ctx.dataDir, manifest);

    staging = await fs.promises.mkdtemp(path.join(ctx.dataDir, STAGING_PREFIX));
    const fresh = path.join(staging, 'new');
    await fs.promises.mkdir(path.join(fresh, FILES_DIR), { recursive: true });
    await extractVerified(backup, key, staging, fresh, progress);
    backup.zip.close();
    await syncDirectoryTree(fresh);

    progress.step('Memeriksa basis data cadangan');
    const stagedFile = path.join(fresh, DATABASE);
    checkStagedDatabase(ctx, stagedFile, manifest);
    staged = await ctx.openDatabaseFile(stagedFile, staging);
    const appliedMigrations = staged.appliedMigrations.length;
    checkpoint('restore:verified');

    const safetyDir = backupsDir(ctx.dataDir);
    await fs.promises.mkdir(safetyDir, { recursive: true });
    // From the safety snapshot to the swap the current data must not change: a write would be lost with it.
    // Both happen in one synchronous step, so no other request can write in between.
    const snapshot = path.join(staging, 'pengaman.db');
    snapshotDatabase(ctx.sqlite, snapshot);
    ctx.sqlite.pragma('query_only = ON');
    readOnly = true;
    const safety = await makeBackup(
      ctx,
      {
        directory: safetyDir,
        fileName: internalBackupName('pra-pemulihan', ctx.now()),
        kind: 'pra-pemulihan',
        passphrase: null,
        databaseFile: snapshot,
      },
      progress,
    );
    await fs.promises.rm(snapshot, { force: true });
    checkpoint('restore:safety-backup');

    recordRestore(ctx, staged.sqlite, fileName, manifest, safety);
    // One self-contained file to move: no WAL beside it.
    staged.sqlite.pragma('journal_mode = DELETE');
    staged.sqlite.close();
    staged = null;

    progress.step('Menukar data');
    const stagingName = path.basename(staging);
    // reopen closes the old connection whatever happens; a new one starts writable.
    readOnly = false;
    let shared: BackendContext;
    try {
      shared = await ctx.reopen(async () => {
        writeJournal(ctx.dataDir, stagingName, fileName, ctx.now());
        journal = true;
        checkpoint('restore:journal');
        try {
          rollForward(ctx.dataDir, stagingName);
        } catch (error) {
          rollBack(ctx.dataDir, stagingName);
          journal = false;
          throw error;
        }
      });
    } catch (error) {
      if (journal) {
        // The swap went through but the restored database would not open: put the old data back.
        await ctx.reopen(async () => rollBack(ctx.dataDir, stagingName));
        journal = false;
      }
      throw error;
    }
    checkpoint('restore:reopened');
    staging = null;
    try {
      finishSwap(ctx.dataDir, stagingName);
    } catch {
      // The restore is complete; start-up removes what is left of the journal and the staging folder.
    }
    return {
      fileName,
      createdAt: manifest.createdAt,
      safetyBackup: safety.path,
      appliedMigrations,
      stillSignedIn: resetSessions(ctx, shared),
    };
  } catch (error) {
    staged?.sqlite.close();
    if (readOnly) ctx.sqlite.pragma('query_only = OFF');
    if (staging && !journal) await fs.promises.rm(staging, { recursive: true, force: true }).catch(() => {});
    throw restoreFailure(error);
  } finally {
    backup.zip.close();
  }
}
