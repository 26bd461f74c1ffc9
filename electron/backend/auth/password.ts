import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum is N=2^17 with r=8; 2^15 keeps a sign-in near 100 ms on an old office PC. */
export const CURRENT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function options(params: ScryptParams): ScryptOptions {
  return { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
}

function encode(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface Decoded {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function decode(stored: string): Decoded | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return null;
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): string {
  const salt = randomBytes(16);
  return encode(params, salt, scryptSync(password.normalize('NFKC'), salt, KEY_LENGTH, options(params)));
}

function derive(password: string, decoded: Decoded): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      decoded.salt,
      decoded.key.length,
      options(decoded.params),
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Compares in constant time; an unreadable stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const decoded = decode(stored);
  if (!decoded) return false;
  const key = await derive(password, decoded);
  return key.length === decoded.key.length && timingSafeEqual(key, decoded.key);
}

/** A hash made with weaker parameters than today's is replaced at the next successful sign-in. */
export function needsRehash(stored: string): boolean {
  const decoded = decode(stored);
  return !decoded || decoded.params.N < CURRENT_PARAMS.N || decoded.params.r < CURRENT_PARAMS.r;
}

/** Spent on unknown usernames so that their answer takes as long as a wrong password's. */
export const DUMMY_HASH = hashPassword('sipka-dummy-password');

/** For writes that must stay synchronous inside their transaction (changing one's own password). */
export function verifyPasswordSync(password: string, stored: string): boolean {
  const decoded = decode(stored);
  if (!decoded) return false;
  const key = scryptSync(
    password.normalize('NFKC'),
    decoded.salt,
    decoded.key.length,
    options(decoded.params),
  );
  return key.length === decoded.key.length && timingSafeEqual(key, decoded.key);
}
