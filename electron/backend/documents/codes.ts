import { randomInt } from 'node:crypto';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documents';

/**
 * The short document code printed on every page: a kind prefix, nine random Crockford base32 characters and a
 * check character, grouped for reading aloud: "SKP-7K3M9-QXD2A". Crockford's alphabet has no I, L, O or U, so a
 * code typed from paper reads back even when 0/O or 1/I/L are confused; the check character (Luhn mod 32 over
 * prefix and body) catches a mistyped or swapped character before the register is asked.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_LENGTH = 9;
const BODY_LENGTH = RANDOM_LENGTH + 1;

export const CODE_PREFIX: Readonly<Record<DocumentKind, string>> = {
  SKP: 'SKP',
  EVALUASI: 'EVK',
  DOKUMEN_EVALUASI: 'DEK',
  REKAP: 'RKP',
};

const KIND_BY_PREFIX = new Map(DOCUMENT_KINDS.map((kind) => [CODE_PREFIX[kind], kind]));

function valueOf(char: string): number {
  return ALPHABET.indexOf(char);
}

/** Luhn mod N: the character that makes the weighted sum of `text` + it divisible by 32. */
function checkCharacter(text: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const addend = factor * valueOf(text[i]!);
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

function hasValidCheck(text: string): boolean {
  return checkCharacter(text.slice(0, -1)) === text.slice(-1);
}

function group(prefix: string, body: string): string {
  return `${prefix}-${body.slice(0, 5)}-${body.slice(5)}`;
}

export function generateCode(kind: DocumentKind): string {
  const prefix = CODE_PREFIX[kind];
  let random = '';
  for (let i = 0; i < RANDOM_LENGTH; i += 1) random += ALPHABET[randomInt(32)];
  return group(prefix, random + checkCharacter(prefix + random));
}

/**
 * A code as typed or scanned, in canonical form, or null when it cannot be one: case, spaces and dashes do
 * not matter, and O, I and L in the body are read as 0, 1 and 1.
 */
export function normalizeCode(text: string): { code: string; kind: DocumentKind } | null {
  const compact = text.toUpperCase().replace(/[\s\-_.]+/g, '');
  const prefix = compact.slice(0, 3);
  const kind = KIND_BY_PREFIX.get(prefix);
  if (!kind) return null;
  const body = compact.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (body.length !== BODY_LENGTH || [...body].some((c) => valueOf(c) < 0)) return null;
  if (!hasValidCheck(prefix + body)) return null;
  return { code: group(prefix, body), kind };
}

/** What the QR on the page encodes: the code and the digest of the content printed. */
export const QR_PREFIX = 'SIPKA';

export interface ReadCode {
  code: string;
  kind: DocumentKind;
  /** Present when the QR text was given. */
  digest: string | null;
}

/** A typed code or the QR text "SIPKA|<code>|<digest>"; null when it is neither. */
export function readCodeText(text: string): ReadCode | null {
  const trimmed = text.trim();
  if (trimmed.includes('|')) {
    const [prefix, code, digest, ...rest] = trimmed.split('|').map((part) => part.trim());
    if (rest.length > 0 || prefix?.toUpperCase() !== QR_PREFIX || !code || !digest) return null;
    if (!/^[0-9a-f]{64}$/i.test(digest)) return null;
    const read = normalizeCode(code);
    return read ? { ...read, digest: digest.toLowerCase() } : null;
  }
  const read = normalizeCode(trimmed);
  return read ? { ...read, digest: null } : null;
}
