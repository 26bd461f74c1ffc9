import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { checkpointHooks } from '../../electron/backend/backup/checkpoint';
import { manualBackupName } from '../../electron/backend/backup/names';
import type { BackupCreated } from '../../shared/ipc/methods/backup';
import { dumpDatabase, evidenceFiles, restoreLeftovers, rewriteZip, seedOffice } from './backup-support/data';
import { openTestBackend, TEST_OFFICE, tempDir, type TestBackend } from './helpers';

const PASSPHRASE = 'frasa sandi rahasia kantor';
const NOT_A_BACKUP = 'Berkas ini bukan cadangan SIPKA.';
const DAMAGED = 'Berkas cadangan rusak atau terpotong.';
const NEWER = 'Cadangan ini dibuat oleh SIPKA versi lebih baru. Perbarui SIPKA dulu.';

let t: TestBackend;
let plain: BackupCreated;
let encrypted: BackupCreated;
const work = tempDir('sipka-rusak-');

beforeAll(async () => {
  t = await openTestBackend();
  await seedOffice(t);
  plain = await t.ok('backup.create', { directory: tempDir('sipka-usb-') });
  encrypted = await t.ok('backup.create', {
    directory: tempDir('sipka-usb-'),
    encrypt: true,
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
  });
});

function copyOf(source: string, name: string, change: (bytes: Buffer) => Buffer): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, change(fs.readFileSync(source)));
  return file;
}

function flipMiddle(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const middle = Math.floor(copy.length / 2);
  for (let i = middle; i < middle + 16; i++) copy[i] = copy[i]! ^ 0xff;
  return copy;
}

async function randomZip(): Promise<string> {
  const file = path.join(work, 'foto-liburan.zip');
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('bukan data kepegawaian'), 'catatan.txt');
  zip.addBuffer(Buffer.from('{"format":"lain"}'), 'manifest.json');
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(file))
      .on('close', () => resolve())
      .on('error', reject),
  );
  return file;
}

async function withSchema(source: string, schemaVersion: string, name: string): Promise<string> {
  const file = path.join(work, name);
  await rewriteZip(source, file, (member, bytes) =>
    member === 'manifest.json'
      ? Buffer.from(JSON.stringify({ ...JSON.parse(bytes.toString()), schemaVersion }))
      : null,
  );
  return file;
}

/** Tries to restore `file`; whatever the answer, the data and evidence files must be exactly as before. */
async function refusedRestore(
  file: string,
  passphrase = '',
): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const dump = dumpDatabase(t.backend.ctx.sqlite);
  const files = evidenceFiles(t.dataDir);
  const backups = fs.existsSync(path.join(t.dataDir, 'backups'))
    ? fs.readdirSync(path.join(t.dataDir, 'backups'))
    : [];
  const error = await t.err('backup.restore', {
    path: file,
    passphrase,
    confirmOfficeName: TEST_OFFICE.officeName,
  });
  expect(dumpDatabase(t.backend.ctx.sqlite)).toEqual(dump);
  expect(evidenceFiles(t.dataDir)).toEqual(files);
  expect(restoreLeftovers(t.dataDir)).toEqual([]);
  expect(
    fs.existsSync(path.join(t.dataDir, 'backups')) ? fs.readdirSync(path.join(t.dataDir, 'backups')) : [],
  ).toEqual(backups);
  // Still writable and signed in: the refusal changed nothing.
  await t.ok('units.create', { name: `Seksi ${Date.now()}`, kind: 'SEKSI', parentId: 1 });
  return error;
}

describe('refusing a backup that cannot be restored, with the data untouched', () => {
  it.each([
    [
      'a plain backup with bytes flipped in the middle',
      () => copyOf(plain.path, 'rusak.sipka', flipMiddle),
      DAMAGED,
    ],
    [
      'an encrypted backup with bytes flipped in the middle',
      () => copyOf(encrypted.path, 'rusak-enkripsi.sipka', flipMiddle),
      DAMAGED,
    ],
    [
      'a truncated backup',
      () => copyOf(plain.path, 'terpotong.sipka', (b) => b.subarray(0, Math.floor(b.length * 0.6))),
      DAMAGED,
    ],
    [
      'a truncated encrypted backup',
      () => copyOf(encrypted.path, 'terpotong-enkripsi.sipka', (b) => b.subarray(0, b.length - 100)),
      DAMAGED,
    ],
    ['a backup from a newer schema', () => withSchema(plain.path, '0099_masa_depan', 'baru.sipka'), NEWER],
    ['a random zip', randomZip, NOT_A_BACKUP],
    [
      'a text file',
      () => copyOf(plain.path, 'catatan.sipka', () => Buffer.from('Ini hanya catatan.\n')),
      NOT_A_BACKUP,
    ],
    ['an empty file', () => copyOf(plain.path, 'kosong.sipka', () => Buffer.alloc(0)), NOT_A_BACKUP],
  ])('%s', async (_label, make, message) => {
    const file = await make();
    const error = await refusedRestore(file, file.includes('enkripsi') ? PASSPHRASE : '');
    expect(error).toMatchObject({ code: 'VALIDATION', message });
  });

  it('says which files inspect refuses without reading them whole', async () => {
    const truncated = copyOf(plain.path, 'periksa-terpotong.sipka', (b) => b.subarray(0, 1000));
    expect(await t.err('backup.inspect', { path: truncated })).toMatchObject({ message: DAMAGED });
    expect(await t.err('backup.inspect', { path: await randomZip() })).toMatchObject({
      message: NOT_A_BACKUP,
    });
    const newer = await withSchema(encrypted.path, '0099_masa_depan', 'periksa-baru.sipka');
    expect(await t.err('backup.inspect', { path: newer })).toMatchObject({ message: NEWER });
    expect(await t.err('backup.inspect', { path: path.join(work, 'tidak-ada.sipka') })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('tidak ditemukan'),
    });
  });

  it('refuses a wrong or missing passphrase without changing anything', async () => {
    const wrong = await refusedRestore(encrypted.path, 'bukan frasa yang benar');
    expect(wrong).toMatchObject({ code: 'VALIDATION', message: 'Frasa sandi salah.' });
    expect(wrong.fields).toEqual({ passphrase: 'Frasa sandi salah.' });
    const missing = await refusedRestore(encrypted.path, '');
    expect(missing.fields?.passphrase).toContain('terenkripsi');
  });

  it('refuses an encrypted backup whose public manifest was altered', async () => {
    const file = path.join(work, 'manifest-diubah.sipka');
    await rewriteZip(encrypted.path, file, (member, bytes) =>
      member === 'manifest.json'
        ? Buffer.from(JSON.stringify({ ...JSON.parse(bytes.toString()), instansiName: 'Instansi Palsu' }))
        : null,
    );
    expect(await refusedRestore(file, PASSPHRASE)).toMatchObject({ message: DAMAGED });
  });

  it('refuses a backup whose database fails the integrity check even with matching checksums', async () => {
    const file = path.join(work, 'db-rusak.sipka');
    let broken = Buffer.alloc(0);
    await rewriteZip(plain.path, file, (member, bytes) => {
      if (member === 'sipka.db') {
        // Damage a page in the middle of the file (not the header), as a bad sector would.
        broken = Buffer.from(bytes);
        broken.fill(0x55, 4096 * 3, 4096 * 3 + 200);
        return broken;
      }
      if (member === 'checksums.json') {
        const checksums = JSON.parse(bytes.toString()) as {
          members: Record<string, { sha256: string; size: number }>;
        };
        checksums.members['sipka.db'] = {
          sha256: createHash('sha256').update(broken).digest('hex'),
          size: broken.length,
        };
        return Buffer.from(JSON.stringify(checksums));
      }
      return null;
    });
    const error = await refusedRestore(file);
    expect(error.message).toBe('Basis data di dalam cadangan rusak (pemeriksaan integritas gagal).');
  });

  it('asks for the office name exactly as recorded in the backup', async () => {
    const dump = dumpDatabase(t.backend.ctx.sqlite);
    const error = await t.err('backup.restore', { path: plain.path, confirmOfficeName: 'kecamatan uji' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.confirmOfficeName).toContain(TEST_OFFICE.officeName);
    expect(dumpDatabase(t.backend.ctx.sqlite)).toEqual(dump);
  });
});

describe('a backup that cannot be written completely', () => {
  it.skipIf(!fs.existsSync('/dev/full'))('leaves no .sipka file when the target is full', async () => {
    const now = new Date('2026-03-02T03:00:00Z');
    const full = await openTestBackend({ now: () => now });
    await seedOffice(full);
    const target = tempDir('sipka-penuh-');
    // The partial file is where the backup writes: pointing it at /dev/full makes every write fail with
    // ENOSPC, the kernel's own "no space left on device".
    fs.symlinkSync(
      '/dev/full',
      path.join(target, `${manualBackupName(TEST_OFFICE.officeName, now)}.partial`),
    );
    const dump = dumpDatabase(full.backend.ctx.sqlite);
    const error = await full.err('backup.create', { directory: target });
    expect(error).toMatchObject({
      code: 'INTERNAL',
      message: 'Penyimpanan penuh: cadangan tidak selesai. Data aplikasi tidak berubah.',
    });
    expect(fs.readdirSync(target)).toEqual([]);
    expect(dumpDatabase(full.backend.ctx.sqlite)).toEqual(dump);
    expect(restoreLeftovers(full.dataDir)).toEqual([]);
  });

  it('leaves no .sipka file when the stick is pulled before the file is complete', async () => {
    const target = path.join(tempDir('sipka-cabut-'), 'FLASHDISK');
    fs.mkdirSync(target);
    checkpointHooks.at = (step) => {
      if (step === 'backup:written') fs.rmSync(target, { recursive: true, force: true });
    };
    const dump = dumpDatabase(t.backend.ctx.sqlite);
    let error;
    try {
      error = await t.err('backup.create', {
        directory: target,
        encrypt: true,
        passphrase: PASSPHRASE,
        passphraseConfirm: PASSPHRASE,
      });
    } finally {
      checkpointHooks.at = null;
    }
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('flashdisk dicabut') });
    expect(fs.existsSync(target)).toBe(false);
    expect(dumpDatabase(t.backend.ctx.sqlite)).toEqual(dump);
    expect(restoreLeftovers(t.dataDir)).toEqual([]);
  });
});
