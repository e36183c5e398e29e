/**
 * Password hashing: scrypt with N = 2^17, r = 8, p = 1 and a per-user 16-byte salt (node:crypto), stored as
 * `scrypt$17$8$1$<salt>$<hash>` (base64). Verification reads the parameters from the stored text, so raising them
 * later leaves old hashes readable; comparison is constant-time.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

export const SCRYPT_LOG_N = 17;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function options(logN: number, r: number, p: number): ScryptOptions {
  // scrypt needs 128 · N · r bytes; node's default maxmem (32 MiB) is below what N = 2^17 needs (128 MiB).
  return { N: 2 ** logN, r, p, maxmem: 128 * 2 ** logN * r * 2 };
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options(logN, r, p), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P);
  return `scrypt$${SCRYPT_LOG_N}$${SCRYPT_R}$${SCRYPT_P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface Parsed {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [logN, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![logN, r, p].every(Number.isInteger) || logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { logN, r, p, salt: Buffer.from(parts[4] ?? '', 'base64'), key: Buffer.from(parts[5] ?? '', 'base64') };
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.logN, parsed.r, parsed.p);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** The same, blocking: for the CLI, which has nothing else to do meanwhile. */
export function verifyPasswordSync(password: string, stored: string | null): boolean {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) return false;
  const key = scryptSync(password.normalize('NFC'), parsed.salt, KEY_BYTES, options(parsed.logN, parsed.r, parsed.p));
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function hashPasswordSync(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, options(SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P));
  return `scrypt$${SCRYPT_LOG_N}$${SCRYPT_R}$${SCRYPT_P}$${salt.toString('base64')}$${key.toString('base64')}`;
}
