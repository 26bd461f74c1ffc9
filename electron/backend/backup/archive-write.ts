import fs from 'node:fs';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { EncryptStream } from './crypto';
import { SourceChanged } from './failures';
import {
  CHECKSUMS,
  DATABASE,
  FILES_PREFIX,
  MANIFEST,
  PAYLOAD,
  type Checksums,
  type MemberDigest,
} from './format';
import { CHUNK_BYTES, digestOf, HashingStream, readStream } from './streams';
import type { EvidenceFile } from './evidence';

export interface ArchiveContent {
  manifestBytes: Buffer;
  /** A consistent copy of the database (never the live file). */
  databaseFile: string;
  files: EvidenceFile[];
  /** Encrypts the members into payload.enc when set. */
  key: Buffer | null;
}

/** What was written, to compare against when the file is read back. */
export interface WrittenArchive {
  manifest: MemberDigest;
  /** Every member of the plain zip (the outer one, or the inner one when encrypted), as in checksums.json. */
  members: Checksums['members'];
  /** The inner zip's plain bytes, when encrypted. */
  inner: MemberDigest | null;
}

type Fail = (error: unknown) => void;

/**
 * Adds the database, the evidence files and, last, checksums.json. yazl pulls the members one at a time, so
 * each is hashed while it streams and the checksums are complete by the time their turn comes.
 */
function addPlainMembers(
  zip: yazl.ZipFile,
  content: ArchiveContent,
  members: Checksums['members'],
  fail: Fail,
  onBytes: (n: number) => void,
  open: Set<fs.ReadStream>,
): void {
  const hashed: [string, HashingStream][] = [];
  const add = (name: string, file: string, options: Partial<yazl.ReadStreamOptions>) =>
    zip.addReadStreamLazy(name, options, (callback) => {
      const source = readStream(file);
      open.add(source);
      source.once('close', () => open.delete(source));
      source.once('error', (error) => fail(new SourceChanged(error)));
      const hasher = new HashingStream(onBytes);
      hashed.push([name, hasher]);
      callback(null, source.pipe(hasher));
    });
  // Level 1 deflate: most of SQLite's redundancy for a fraction of the CPU (an evidence file is already
  // compressed: stored as it is).
  add(DATABASE, content.databaseFile, { compressionLevel: 1 });
  for (const file of content.files) {
    add(FILES_PREFIX + file.relative, file.absolute, { compress: false, size: file.size });
  }
  zip.addReadStreamLazy(CHECKSUMS, (callback) => {
    for (const [name, hasher] of hashed) {
      if (!hasher.digest) return fail(new Error(`${name} belum selesai di-hash`));
      members[name] = hasher.digest;
    }
    const checksums: Checksums = { algorithm: 'sha256', members };
    callback(null, Readable.from([Buffer.from(JSON.stringify(checksums))]));
  });
  zip.on('error', (error) => fail(new SourceChanged(error)));
  zip.end();
}

/**
 * Streams the backup into `target` (created or truncated), fsyncs it on close, and resolves once the last
 * byte is on disk. Memory stays flat: every member is piped through in 1 MiB chunks.
 */
export function writeArchive(
  target: string,
  content: ArchiveContent,
  onBytes: (n: number) => void = () => {},
): Promise<WrittenArchive> {
  return new Promise((resolve, reject) => {
    const open = new Set<fs.ReadStream>();
    const out = fs.createWriteStream(target, { flags: 'w', flush: true, highWaterMark: CHUNK_BYTES });
    let settled = false;
    const fail: Fail = (error) => {
      if (settled) return;
      settled = true;
      for (const source of open) source.destroy();
      out.destroy();
      reject(error);
    };

    const members: Checksums['members'] = {};
    const outer = new yazl.ZipFile();
    outer.addBuffer(content.manifestBytes, MANIFEST);
    let inner: HashingStream | null = null;
    if (content.key) {
      const innerZip = new yazl.ZipFile();
      addPlainMembers(innerZip, content, members, fail, onBytes, open);
      const hasher = new HashingStream();
      inner = hasher;
      const encrypt = new EncryptStream(content.key, content.manifestBytes);
      hasher.on('error', fail);
      encrypt.on('error', fail);
      outer.addReadStreamLazy(PAYLOAD, { compress: false }, (callback) =>
        callback(null, innerZip.outputStream.pipe(hasher).pipe(encrypt)),
      );
      outer.on('error', fail);
      outer.end();
    } else {
      members[MANIFEST] = digestOf(content.manifestBytes);
      addPlainMembers(outer, content, members, fail, onBytes, open);
    }

    out.on('error', fail);
    out.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ manifest: digestOf(content.manifestBytes), members, inner: inner?.digest ?? null });
    });
    outer.outputStream.pipe(out);
  });
}
