/**
 * The `.sipka` file: a zip whose first member is `manifest.json` (public: readable without the passphrase), then
 * either the plain members `sipka.db`, `files/<path>` and `checksums.json` (SHA-256 and size of every member,
 * the manifest included), or, when encrypted, one member `payload.enc` holding those plain members as an inner
 * zip: 12-byte IV ‖ AES-256-GCM ciphertext ‖ 16-byte tag, with the manifest's bytes as additional authenticated
 * data so the public part cannot be altered unnoticed either.
 */
import { z } from 'zod';
import { BACKUP_KINDS, type BackupManifestInfo } from '../../../shared/ipc/methods/backup';

export const FORMAT_ID = 'sipka-cadangan';
export const FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.sipka';

export const MANIFEST = 'manifest.json';
export const CHECKSUMS = 'checksums.json';
export const DATABASE = 'sipka.db';
export const PAYLOAD = 'payload.enc';
export const FILES_PREFIX = 'files/';

export const MANIFEST_MAX_BYTES = 64 * 1024;
export const CHECKSUMS_MAX_BYTES = 16 * 1024 * 1024;

const count = z.number().int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const encryptionSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  // Bounded so that a crafted file cannot make the key derivation take minutes or gigabytes.
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22,88}={0,2}$/),
  /** SHA-256 of the second half of the derived bytes: tells a wrong passphrase from a damaged file. */
  keyCheck: sha256,
});
export type EncryptionParams = z.infer<typeof encryptionSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    formatVersion: z.number().int().min(1),
    appVersion: z.string().max(40),
    schemaVersion: z.string().min(1).max(200),
    createdAt: z.iso.datetime(),
    instansiName: z.string().max(200),
    officeName: z.string().max(200),
    kind: z.enum(BACKUP_KINDS),
    counts: z.object({ units: count, employees: count, users: count, auditEntries: count, files: count }),
    dataBytes: count,
    encrypted: z.boolean(),
    encryption: encryptionSchema.optional(),
  })
  .refine((m) => m.encrypted === (m.encryption !== undefined));
export type Manifest = z.infer<typeof manifestSchema>;

export const checksumsSchema = z.object({
  algorithm: z.literal('sha256'),
  members: z.record(z.string(), z.object({ sha256, size: count })),
});
export type Checksums = z.infer<typeof checksumsSchema>;
export type MemberDigest = Checksums['members'][string];

export function publicManifest(m: Manifest): BackupManifestInfo {
  return {
    formatVersion: m.formatVersion,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    createdAt: m.createdAt,
    instansiName: m.instansiName,
    officeName: m.officeName,
    kind: m.kind,
    counts: m.counts,
    dataBytes: m.dataBytes,
    encrypted: m.encrypted,
  };
}

/**
 * A member path that may be extracted: `sipka.db`, `checksums.json` or `files/…` with plain relative segments
 * (no `..`, no absolute path, no backslash, no control characters).
 */
export function isSafeMemberPath(name: string): boolean {
  if (name === DATABASE || name === CHECKSUMS) return true;
  if (!name.startsWith(FILES_PREFIX) || name.length > 1024) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f:]/.test(name)) return false;
  const segments = name.slice(FILES_PREFIX.length).split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..');
}
