import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { DecryptStream } from './crypto';
import { DAMAGED, DamagedBackup, errnoOf, NEWER, NOT_A_BACKUP, refusedFile } from './failures';
import {
  CHECKSUMS,
  CHECKSUMS_MAX_BYTES,
  checksumsSchema,
  DATABASE,
  FORMAT_ID,
  FORMAT_VERSION,
  isSafeMemberPath,
  MANIFEST,
  MANIFEST_MAX_BYTES,
  manifestSchema,
  PAYLOAD,
  type Checksums,
  type Manifest,
  type MemberDigest,
} from './format';
import { CHUNK_BYTES, hashStream, HashingStream, sameDigest } from './streams';

const MAX_ENTRIES = 1_000_000;
const PARALLEL_MEMBERS = 4;

/** An error from the file system (the stick was pulled, the disk failed) rather than from the file's content. */
function isSystemError(error: unknown): boolean {
  const code = errnoOf(error);
  return !!code && /^E[A-Z]+$/.test(code);
}

/** Anything wrong with the zip's content is damage; a failing disk stays what it is. */
function asDamage(error: unknown): unknown {
  if (error instanceof DamagedBackup || isSystemError(error)) return error;
  return new DamagedBackup(error instanceof Error ? error.message : String(error));
}

/** Bytes [start, end) of an open file, read in 1 MiB pieces; the file descriptor stays open (the reader owns it). */
class RangeStream extends Readable {
  private position: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: CHUNK_BYTES });
    this.position = start;
  }

  override _read(): void {
    const length = Math.min(CHUNK_BYTES, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(length);
    fs.read(this.fd, buffer, 0, length, this.position, (error, bytesRead) => {
      if (error) return this.destroy(error);
      if (bytesRead === 0) return void this.push(null);
      this.position += bytesRead;
      this.push(bytesRead < length ? buffer.subarray(0, bytesRead) : buffer);
    });
  }
}

/**
 * yauzl's own file reader reads in 16 KiB pieces, one thread-pool round trip each; over 200 MB that is most of
 * the time a verification takes. This reader (yauzl's documented extension point) reads 1 MiB pieces.
 */
class FileReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void,
  ): void {
    fs.read(this.fd, buffer, offset, length, position, (error, bytesRead) =>
      callback(error ?? (bytesRead < length ? new DamagedBackup('berkas berakhir terlalu cepat') : null)),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    fs.close(this.fd, callback);
  }
}

function openFd(file: string): Promise<{ fd: number; size: number }> {
  return new Promise((resolve, reject) =>
    fs.open(file, 'r', (error, fd) => {
      if (error) return reject(error);
      fs.fstat(fd, (statError, stat) => {
        if (statError) {
          fs.close(fd, () => reject(statError));
          return;
        }
        resolve({ fd, size: stat.size });
      });
    }),
  );
}

/** A zip opened for reading: its central directory, and members streamed one at a time on demand. */
export class ZipReader {
  private closed = false;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, yauzl.Entry>,
  ) {}

  /** Throws DamagedBackup when the zip structure is broken. */
  static async open(file: string): Promise<ZipReader> {
    const { fd, size } = await openFd(file);
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(new FileReader(fd), size, {
        lazyEntries: true,
        autoClose: false,
        strictFileNames: true,
        validateEntrySizes: true,
      });
    } catch (error) {
      fs.close(fd, () => {});
      throw asDamage(error);
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        if (entries.has(entry.fileName) || entries.size >= MAX_ENTRIES) {
          throw new DamagedBackup(`anggota ganda atau terlalu banyak: ${entry.fileName}`);
        }
        entries.set(entry.fileName, entry);
      }
    } catch (error) {
      zip.close();
      throw asDamage(error);
    }
    return new ZipReader(zip, entries);
  }

  async stream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new DamagedBackup(`anggota ${name} tidak ada`);
    try {
      return await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw asDamage(error);
    }
  }

  async read(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new DamagedBackup(`anggota ${name} tidak ada`);
    if (entry.uncompressedSize > maxBytes) throw new DamagedBackup(`${name} terlalu besar`);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of await this.stream(name)) chunks.push(chunk as Buffer);
    } catch (error) {
      throw asDamage(error);
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.zip.close();
  }
}

/** A `.sipka` file whose structure and manifest have been checked (its contents not yet). */
export interface OpenedBackup {
  zip: ZipReader;
  manifest: Manifest;
  manifestBytes: Buffer;
  sizeBytes: number;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refusedFile(bytes.includes(FORMAT_ID) ? DAMAGED : NOT_A_BACKUP);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT_ID) {
    throw refusedFile(NOT_A_BACKUP);
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) throw refusedFile(NEWER);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw refusedFile(DAMAGED);
  return parsed.data;
}

function checkMemberNames(zip: ZipReader, manifest: Manifest): void {
  const names = [...zip.entries.keys()];
  const ok = manifest.encrypted
    ? names.length === 2 && zip.entries.has(PAYLOAD)
    : zip.entries.has(CHECKSUMS) &&
      zip.entries.has(DATABASE) &&
      names.every((n) => n === MANIFEST || isSafeMemberPath(n));
  if (!ok) throw refusedFile(DAMAGED);
}

/**
 * Opens a backup and checks what can be checked without reading it all or knowing the passphrase: a zip, a
 * SIPKA manifest of a format this app reads, the members that manifest promises. Refuses with the messages
 * the user sees (not a backup / damaged / made by a newer SIPKA).
 */
export async function openBackup(file: string): Promise<OpenedBackup> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw refusedFile(`Berkas cadangan tidak ditemukan: ${file}`);
    throw error;
  }
  if (!stat.isFile()) throw refusedFile(NOT_A_BACKUP);
  if (!(await startsLikeZip(file))) throw refusedFile(NOT_A_BACKUP);
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(file);
  } catch (error) {
    if (error instanceof DamagedBackup) throw refusedFile(DAMAGED);
    throw error;
  }
  try {
    if (!zip.entries.has(MANIFEST)) throw refusedFile(NOT_A_BACKUP);
    let manifestBytes: Buffer;
    try {
      manifestBytes = await zip.read(MANIFEST, MANIFEST_MAX_BYTES);
    } catch (error) {
      throw error instanceof DamagedBackup ? refusedFile(DAMAGED) : error;
    }
    const manifest = parseManifest(manifestBytes);
    checkMemberNames(zip, manifest);
    return { zip, manifest, manifestBytes, sizeBytes: stat.size };
  } catch (error) {
    zip.close();
    throw error;
  }
}

export async function readChecksums(zip: ZipReader): Promise<Checksums> {
  const bytes = await zip.read(CHECKSUMS, CHECKSUMS_MAX_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new DamagedBackup('checksums.json bukan JSON');
  }
  const parsed = checksumsSchema.safeParse(raw);
  if (!parsed.success) throw new DamagedBackup('checksums.json tidak sah');
  return parsed.data;
}

function discard(): Writable {
  return new Writable({
    highWaterMark: CHUNK_BYTES,
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

/**
 * Reads every member of a plain zip, checks each against `expected` (the same set of names, every SHA-256 and
 * size equal), and when `extractTo` is given writes each to that folder, fsynced. Throws DamagedBackup on the
 * first difference; a member is only trusted once its whole content has been hashed.
 */
export async function verifyMembers(
  zip: ZipReader,
  expected: Checksums['members'],
  extractTo: string | null,
  onBytes: (n: number) => void = () => {},
): Promise<void> {
  const names = [...zip.entries.keys()].filter((n) => n !== CHECKSUMS);
  const listed = Object.keys(expected);
  if (names.length !== listed.length || !names.every((n) => Object.hasOwn(expected, n))) {
    throw new DamagedBackup('daftar anggota tidak sama dengan checksums.json');
  }
  const check = async (name: string) => {
    const count = name === MANIFEST ? undefined : onBytes;
    const target = extractTo && name !== MANIFEST ? path.join(extractTo, ...name.split('/')) : null;
    let digest: MemberDigest | null;
    try {
      if (target) {
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        const hasher = new HashingStream(count);
        await pipeline(
          await zip.stream(name),
          hasher,
          fs.createWriteStream(target, { flags: 'wx', flush: true, highWaterMark: CHUNK_BYTES }),
        );
        digest = hasher.digest;
      } else {
        digest = await hashStream(await zip.stream(name), count);
      }
    } catch (error) {
      throw asDamage(error);
    }
    if (!sameDigest(digest, expected[name])) throw new DamagedBackup(`${name}: SHA-256 tidak cocok`);
  };
  // A few members at a time: with many small evidence files the time goes into waiting for each read. All
  // are settled before returning, so nothing is still writing into a folder the caller is about to remove.
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < names.length) {
      const name = names[next++]!;
      try {
        await check(name);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: PARALLEL_MEMBERS }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/** Decrypts payload.enc into `target` (or only hashes it), checking the GCM tag at the end. */
export async function decryptPayload(
  backup: OpenedBackup,
  key: Buffer,
  target: string | null,
  onBytes: (n: number) => void = () => {},
): Promise<MemberDigest> {
  const hasher = new HashingStream(onBytes);
  try {
    await pipeline(
      await backup.zip.stream(PAYLOAD),
      new DecryptStream(key, backup.manifestBytes),
      hasher,
      target ? fs.createWriteStream(target, { flags: 'wx', highWaterMark: CHUNK_BYTES }) : discard(),
    );
  } catch (error) {
    throw asDamage(error);
  }
  return hasher.digest!;
}
