import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { MemberDigest } from './format';

/** Large reads keep the per-chunk cost of the zip, hash and cipher streams small. */
export const CHUNK_BYTES = 1024 * 1024;

/** Passes bytes through unchanged, hashing and counting them; `digest` is set once the stream has ended. */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  digest: MemberDigest | null = null;

  constructor(private readonly onBytes: (n: number) => void = () => {}) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.onBytes(chunk.length);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = { sha256: this.hash.digest('hex'), size: this.size };
    done();
  }
}

/** Reads a stream to its end, hashing it: lighter than a pipeline when nothing is written. */
export function hashStream(stream: Readable, onBytes: (n: number) => void = () => {}): Promise<MemberDigest> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      onBytes(chunk.length);
    });
    stream.once('end', () => resolve({ sha256: hash.digest('hex'), size }));
    stream.once('error', reject);
  });
}

export function digestOf(bytes: Buffer): MemberDigest {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

export function sameDigest(a: MemberDigest | null | undefined, b: MemberDigest | null | undefined): boolean {
  return !!a && !!b && a.sha256 === b.sha256 && a.size === b.size;
}

export function readStream(file: string): fs.ReadStream {
  return fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
}

/** Flushes a directory entry (a rename, a new file) to disk where the platform allows it; Windows does not. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | null = null;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows, EINVAL on some file systems: the rename is still atomic, only less durable.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Flushes every folder below `root` (and `root`): new files' directory entries reach the disk too. */
export async function syncDirectoryTree(root: string): Promise<void> {
  const entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isDirectory()) await syncDirectory(path.join(entry.parentPath, entry.name));
  }
  await syncDirectory(root);
}

export function syncDirectorySync(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // See syncDirectory.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
