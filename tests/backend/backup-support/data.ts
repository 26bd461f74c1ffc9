import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { SOURCE_ROOT } from '../../../electron/backend/paths';
import { pnsInput, seedUnits, type TestBackend } from '../helpers';

/**
 * Every row of every table, in rowid order: two equal dumps mean the data did not change. The query planner's
 * statistics (sqlite_stat*, refreshed by `PRAGMA optimize` whenever the database is opened) are not data.
 */
export function dumpDatabase(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  );
}

/** The tables that say which data this is (not touched by signing in or by the audit trail). */
export function dataSignature(sqlite: Database.Database): Record<string, unknown[]> {
  const dump = dumpDatabase(sqlite);
  return { units: dump.units!, employees: dump.employees!, settings: dump.settings! };
}

/** Evidence files by their path below files/, with their SHA-256. */
export function evidenceFiles(dataDir: string): Record<string, string> {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return {};
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file).split(path.sep).join('/')] = createHash('sha256')
      .update(fs.readFileSync(file))
      .digest('hex');
  }
  return out;
}

/** Writes an evidence file of random bytes the way the app names them: by their SHA-256. */
export function addEvidence(dataDir: string, size: number, subfolder = ''): string {
  const bytes = randomBytes(size);
  const name = createHash('sha256').update(bytes).digest('hex');
  const dir = path.join(dataDir, 'files', subfolder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
  return subfolder ? `${subfolder}/${name}` : name;
}

/** Units, two employees, an operator, and a few evidence files (one nested, one empty, one of 1 MB). */
export async function seedOffice(t: TestBackend): Promise<void> {
  const units = await seedUnits(t);
  const lurah = await t.ok('employees.create', pnsInput({ unitId: units.kel.id }));
  await t.ok(
    'employees.create',
    pnsInput({
      unitId: units.kel.id,
      nip: '199001012020122001',
      name: 'Siti Aminah',
      gender: 'P',
      birthDate: '1990-01-01',
      golongan: 'III/a',
      positionName: 'Pengadministrasi Umum',
      positionType: 'PELAKSANA',
      supervisorId: lurah.id,
    }),
  );
  await t.ok('users.create', {
    username: 'operator',
    displayName: 'Operator Uji',
    role: 'OPERATOR',
    password: 'operator-uji-1',
    passwordConfirm: 'operator-uji-1',
  });
  addEvidence(t.dataDir, 10_000);
  addEvidence(t.dataDir, 1024 * 1024);
  addEvidence(t.dataDir, 5_000, 'ab');
  addEvidence(t.dataDir, 0);
}

/** A second change after the backup: one more employee, one more file, one file gone. */
export async function changeOffice(t: TestBackend): Promise<void> {
  const unit = (await t.ok('units.list', {}))[0]!;
  await t.ok(
    'employees.create',
    pnsInput({ unitId: unit.id, nip: '198501012010011002', name: 'Budi Baru', birthDate: '1985-01-01' }),
  );
  const first = Object.keys(evidenceFiles(t.dataDir)).sort()[0]!;
  fs.rmSync(path.join(t.dataDir, 'files', first));
  addEvidence(t.dataDir, 20_000);
}

/** Rewrites a zip member by member, letting `edit` replace a member's bytes (null keeps it). */
export async function rewriteZip(
  source: string,
  target: string,
  edit: (name: string, bytes: Buffer) => Buffer | null,
): Promise<void> {
  const input = await yauzl.openPromise(source, { lazyEntries: true });
  const output = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(target);
    output.outputStream.pipe(out).on('close', resolve).on('error', reject);
  });
  for await (const entry of input.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await input.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    output.addBuffer(edit(entry.fileName, bytes) ?? bytes, entry.fileName);
  }
  output.end();
  await done;
}

export async function readMember(zipFile: string, member: string): Promise<Buffer> {
  const zip = await yauzl.openPromise(zipFile, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== member) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
  } finally {
    zip.close();
  }
  throw new Error(`${member} tidak ada di ${zipFile}`);
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript file of this folder in a child Node process (through tsx), with extra environment. */
export function runChild(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, script), ...args], {
      cwd: SOURCE_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Leftovers of an unfinished restore in a data folder (there must be none once the app has started). */
export function restoreLeftovers(dataDir: string): string[] {
  return fs
    .readdirSync(dataDir)
    .filter((n) => n === 'restore-journal.json' || n.startsWith('.pemulihan-') || n.startsWith('.cadangan-'));
}
