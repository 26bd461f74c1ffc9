/**
 * Backup and restore at city scale (issue 4): 30,000 employees plus 2,000 evidence files of random bytes, about
 * 200 MB in all. Prints the backup time with its read-back verification against `cp -r` of the same data
 * folder (target ratio ≤ 2.0, unencrypted), the encrypted backup, the restore, and the peak RSS, which must
 * stay far below the size of the data: everything is streamed.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/app';
import { SOURCE_MIGRATIONS_DIR } from '../../electron/backend/paths';
import { tempDir } from '../support/temp-dir';
import { fillCity } from './fixtures';

const FILES = 2_000;
const MEAN_FILE_BYTES = 100 * 1024;
const PASSPHRASE = 'frasa sandi bench kantor';
const OFFICE = {
  instansiName: 'Pemerintah Kota Uji',
  officeName: 'Kecamatan Uji',
  cityName: 'Kota Uji',
  address: 'Jl. Uji',
  placeName: 'Uji',
};
const ADMIN = {
  username: 'admin',
  displayName: 'Admin',
  password: 'rahasia-admin-1',
  passwordConfirm: 'rahasia-admin-1',
};

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Peak resident memory of this process so far. */
function peakRss(): string {
  return mb(process.resourceUsage().maxRSS * 1024);
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

const dataDir = tempDir('sipka-bench-');
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR });
const session = { token: null };
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const result = await backend.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
};
await call('setup.complete', { admin: ADMIN, office: OFFICE });
fillCity(backend, 200, 30_000);

const filesDir = path.join(dataDir, 'files');
fs.mkdirSync(filesDir);
let evidenceBytes = 0;
// One buffer refilled for every file: generating the data must not itself raise the peak RSS measured below.
const scratch = Buffer.alloc(MEAN_FILE_BYTES * 2);
for (let i = 0; i < FILES; i++) {
  const size = Math.round(MEAN_FILE_BYTES * (0.5 + ((i * 7919) % 1000) / 1000));
  const content = randomFillSync(scratch, 0, size).subarray(0, size);
  fs.writeFileSync(path.join(filesDir, createHash('sha256').update(content).digest('hex')), content);
  evidenceBytes += content.length;
}
backend.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
const dbBytes = fs.statSync(path.join(dataDir, 'sipka.db')).size;
console.log(
  `Data: basis data ${mb(dbBytes)} (30.000 pegawai), ${FILES} berkas bukti ${mb(evidenceBytes)}; RSS puncak sejauh ini ${peakRss()}`,
);
execFileSync('sync');

const copyTarget = tempDir('sipka-bench-cp-');
const [, copyMs] = await timed(() => execFileSync('cp', ['-r', dataDir, path.join(copyTarget, 'salinan')]));
const [, copySyncMs] = await timed(() => {
  execFileSync('cp', ['-r', dataDir, path.join(copyTarget, 'salinan-sync')]);
  execFileSync('sync');
});
fs.rmSync(copyTarget, { recursive: true, force: true });

const target = tempDir('sipka-bench-usb-');
interface Made {
  path: string;
  sizeBytes: number;
}
const [plain, plainMs] = await timed(() => call<Made>('backup.create', { directory: target }));
console.log(`RSS puncak setelah cadangan biasa: ${peakRss()}`);
const [encrypted, encryptedMs] = await timed(() =>
  call<Made>('backup.create', {
    directory: target,
    encrypt: true,
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
  }),
);
console.log(`RSS puncak setelah cadangan terenkripsi: ${peakRss()}`);
const [, restoreMs] = await timed(() =>
  call('backup.restore', { path: plain.path, confirmOfficeName: OFFICE.officeName }),
);
const [, restoreEncryptedMs] = await timed(() =>
  call('backup.restore', {
    path: encrypted.path,
    passphrase: PASSPHRASE,
    confirmOfficeName: OFFICE.officeName,
  }),
);

console.log(`cp -r folder data: ${seconds(copyMs)}; cp -r lalu sync: ${seconds(copySyncMs)}`);
console.log(
  `Cadangan biasa + periksa ulang: ${seconds(plainMs)} (${mb(plain.sizeBytes)}), rasio ${(plainMs / copyMs).toFixed(2)} terhadap cp -r, ${(plainMs / copySyncMs).toFixed(2)} terhadap cp -r + sync`,
);
console.log(
  `Cadangan terenkripsi + periksa ulang: ${seconds(encryptedMs)} (${mb(encrypted.sizeBytes)}), rasio ${(encryptedMs / copyMs).toFixed(2)} terhadap cp -r`,
);
console.log(
  `Pemulihan (termasuk cadangan pengaman): ${seconds(restoreMs)}, rasio ${(restoreMs / copyMs).toFixed(2)}; terenkripsi ${seconds(restoreEncryptedMs)}`,
);
console.log(`RSS puncak seluruh bench: ${peakRss()}`);
backend.close();
fs.rmSync(target, { recursive: true, force: true });
fs.rmSync(dataDir, { recursive: true, force: true });
