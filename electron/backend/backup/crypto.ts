import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { DamagedBackup } from './failures';
import type { EncryptionParams } from './format';

/** OWASP's minimum for scrypt. Derived once per backup or restore, so an old PC can afford it. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface BackupKey {
  /** The AES-256 key: the first half of the derived bytes. */
  key: Buffer;
  params: EncryptionParams;
}

function derive(
  passphrase: string,
  salt: Buffer,
  p: Pick<EncryptionParams, 'N' | 'r' | 'p'>,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFKC'),
      salt,
      KEY_BYTES * 2,
      { N: p.N, r: p.r, p: p.p, maxmem: 256 * p.N * p.r + 1024 * 1024 },
      (error, bytes) => (error ? reject(error) : resolve(bytes)),
    ),
  );
}

function keyCheckOf(derived: Buffer): string {
  return createHash('sha256').update(derived.subarray(KEY_BYTES)).digest('hex');
}

/** A fresh salt and key for a new encrypted backup. */
export async function newBackupKey(passphrase: string): Promise<BackupKey> {
  const salt = randomBytes(16);
  const derived = await derive(passphrase, salt, SCRYPT_PARAMS);
  return {
    key: derived.subarray(0, KEY_BYTES),
    params: {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      ...SCRYPT_PARAMS,
      salt: salt.toString('base64'),
      keyCheck: keyCheckOf(derived),
    },
  };
}

/** The key for an existing backup, or null when the passphrase is not the one it was made with. */
export async function unlockBackupKey(
  passphrase: string,
  params: EncryptionParams,
): Promise<BackupKey | null> {
  const derived = await derive(passphrase, Buffer.from(params.salt, 'base64'), params);
  const check = Buffer.from(keyCheckOf(derived), 'hex');
  if (!timingSafeEqual(check, Buffer.from(params.keyCheck, 'hex'))) return null;
  return { key: derived.subarray(0, KEY_BYTES), params };
}

/** Plain bytes in; IV ‖ ciphertext ‖ tag out. `aad` (the manifest) is authenticated but not encrypted. */
export class EncryptStream extends Transform {
  private readonly cipher: CipherGCM;
  private readonly iv = randomBytes(IV_BYTES);
  private started = false;

  constructor(key: Buffer, aad: Buffer) {
    super();
    this.cipher = createCipheriv('aes-256-gcm', key, this.iv);
    this.cipher.setAAD(aad);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.started) {
      this.started = true;
      this.push(this.iv);
    }
    done(null, this.cipher.update(chunk));
  }

  override _flush(done: TransformCallback): void {
    if (!this.started) this.push(this.iv);
    this.push(this.cipher.final());
    done(null, this.cipher.getAuthTag());
  }
}

/**
 * IV ‖ ciphertext ‖ tag in; plain bytes out. The last 16 bytes are held back as they arrive, since only the
 * end of the stream tells which bytes are the tag. Nothing downstream may be trusted before this stream ends
 * without error: the tag is checked at the very end, and a mismatch fails the stream with DamagedBackup.
 */
export class DecryptStream extends Transform {
  private decipher: DecipherGCM | null = null;
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly key: Buffer,
    private readonly aad: Buffer,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    if (!this.decipher) {
      if (data.length < IV_BYTES) {
        this.pending = data;
        return done();
      }
      this.decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(0, IV_BYTES));
      this.decipher.setAAD(this.aad);
      data = data.subarray(IV_BYTES);
    }
    if (data.length <= TAG_BYTES) {
      this.pending = Buffer.from(data);
      return done();
    }
    this.pending = Buffer.from(data.subarray(data.length - TAG_BYTES));
    done(null, this.decipher.update(data.subarray(0, data.length - TAG_BYTES)));
  }

  override _flush(done: TransformCallback): void {
    if (!this.decipher || this.pending.length !== TAG_BYTES) {
      return done(new DamagedBackup('isi terenkripsi terpotong'));
    }
    this.decipher.setAuthTag(this.pending);
    let last: Buffer;
    try {
      last = this.decipher.final();
    } catch {
      return done(new DamagedBackup('tag GCM tidak cocok'));
    }
    done(null, last);
  }
}
