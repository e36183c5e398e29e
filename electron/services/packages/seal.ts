/**
 * The sealed form of a package (docs/packages.md §3): the plain zip encrypted as one body with AES-256-GCM under a
 * key derived from the passphrase with scrypt. Layout: `CFJYSEAL`, the header's length (4 bytes, big-endian), the
 * header (UTF-8 JSON: format, version, cipher, scrypt parameters and salt, nonce, sizes, kind, issuer, recipient),
 * the encrypted body, the 16-byte tag. Everything before the body is the GCM additional data, so the header is
 * authenticated with the body. Both directions stream: a package of any size is sealed and opened in constant
 * memory; an opened body is written to a private temporary file and used only after its tag has been verified.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import type { BinaryLike, Cipher, Decipher, Hash, ScryptOptions } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SealedHeader } from '../../../shared/contract/package-format';
import type { SealedHeader as SealedHeaderValue } from '../../../shared/contract/package-format';
import {
  DEFAULT_SCRYPT,
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  KEY_BYTES,
  SEALED_FORMAT,
  SEALED_FORMAT_VERSION,
  SEALED_HEADER_MAX_BYTES,
  SEALED_MAGIC,
  UNSEAL_FAILED,
} from '../../../shared/domain/packages/format';
import { PackageError } from './package-error';

const MAGIC = Buffer.from(SEALED_MAGIC, 'ascii');
const PREFIX_BYTES = MAGIC.length + 4;

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  // NFC: the same passphrase typed on another system's input method gives the same key.
  const secret: BinaryLike = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => scrypt(secret, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export interface SealFields {
  kind: SealedHeaderValue['kind'];
  issuer: string;
  recipient: string;
  createdAt: string;
}

/** The bytes before the body: magic, header length, header. */
function prefixOf(header: SealedHeaderValue): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** Encrypts the plain zip at `plainPath` into `outPath`; returns the sealed file's SHA-256. */
export async function sealFile(plainPath: string, outPath: string, passphrase: string, fields: SealFields, scryptParams: { N: number; r: number; p: number } = DEFAULT_SCRYPT): Promise<string> {
  const plainBytes = (await stat(plainPath)).size;
  const salt = randomBytes(16);
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const header: SealedHeaderValue = {
    format: SEALED_FORMAT,
    formatVersion: SEALED_FORMAT_VERSION,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', N: scryptParams.N, r: scryptParams.r, p: scryptParams.p, salt: salt.toString('base64'), keyBytes: KEY_BYTES },
    nonce: nonce.toString('base64'),
    tagBytes: GCM_TAG_BYTES,
    plainBytes,
    ...fields,
  };
  const key = await deriveKey(passphrase, salt, scryptParams);
  const prefix = prefixOf(header);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(prefix);
  const hash = createHash('sha256').update(prefix);
  const sealer = cipherStream(cipher, hash, () => {
    const last = cipher.final();
    return [last, cipher.getAuthTag()];
  });
  const out = createWriteStream(outPath, { mode: 0o600 });
  out.write(prefix);
  await pipeline(createReadStream(plainPath), sealer, out);
  return hash.digest('hex');
}

/**
 * A stream that runs every chunk through `cipher` and hashes what comes out; at the end `finish` gives the last bytes
 * (the cipher's final block, and for sealing the tag), hashed and passed on too. When `finish` throws (a wrong key or a
 * changed body fails the tag check), the stream fails with `failure()` (else with what was thrown).
 */
function cipherStream(cipher: Cipher | Decipher, hash: Hash, finish: () => Buffer[], failure?: () => Error): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const out = cipher.update(chunk);
      hash.update(out);
      done(null, out);
    },
    flush(done) {
      let last: Buffer[];
      try {
        last = finish();
      } catch (error) {
        done(failure ? failure() : (error as Error));
        return;
      }
      for (const bytes of last) {
        hash.update(bytes);
        this.push(bytes);
      }
      done();
    },
  });
}

/** Whether the file starts as a sealed package does. */
export async function startsSealed(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && head.equals(MAGIC);
  } finally {
    await handle.close();
  }
}

export interface SealedInfo {
  header: SealedHeaderValue;
  /** Where the body starts, and its length. */
  bodyOffset: number;
  bodyBytes: number;
  fileBytes: number;
}

/**
 * Reads and checks a sealed package's header (no passphrase needed): its size, its JSON, its schema, a format
 * version this program knows, and that the file is as long as the header says.
 */
export async function readSealedHeader(path: string): Promise<SealedInfo> {
  const fileBytes = (await stat(path)).size;
  const handle = await open(path, 'r');
  try {
    const prefix = Buffer.alloc(PREFIX_BYTES);
    const { bytesRead } = await handle.read(prefix, 0, PREFIX_BYTES, 0);
    if (bytesRead < PREFIX_BYTES || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new PackageError('文件不完整：加密交换包的开头已残缺。请让对方重新发送。');
    const length = prefix.readUInt32BE(MAGIC.length);
    if (length === 0 || length > SEALED_HEADER_MAX_BYTES) throw new PackageError(`加密交换包的头部长度（${length} 字节）异常，文件已损坏或不是本格式。`);
    if (PREFIX_BYTES + length > fileBytes) throw new PackageError('文件不完整：加密交换包在头部就截断了，请让对方重新发送。');
    const json = Buffer.alloc(length);
    await handle.read(json, 0, length, PREFIX_BYTES);
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    } catch {
      throw new PackageError('加密交换包的头部不是有效的 JSON，文件已损坏。');
    }
    const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
    if ((raw as { format?: unknown } | null)?.format === SEALED_FORMAT && typeof version === 'number' && version > SEALED_FORMAT_VERSION) {
      throw new PackageError(`这个加密交换包是更新版本的格式（第 ${version} 版）生成的，本程序只认识到第 ${SEALED_FORMAT_VERSION} 版。请升级本程序后再导入。`);
    }
    const parsed = SealedHeader.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PackageError(`加密交换包的头部不符合格式（${issue ? `${issue.path.join('.') || '整体'}：${issue.message}` : '未知问题'}），文件已损坏或不是本格式。`);
    }
    const bodyOffset = PREFIX_BYTES + length;
    const bodyBytes = fileBytes - bodyOffset - GCM_TAG_BYTES;
    if (bodyBytes !== parsed.data.plainBytes) {
      const short = bodyBytes < parsed.data.plainBytes;
      throw new PackageError(
        short
          ? `文件不完整：加密内容应有 ${parsed.data.plainBytes} 字节，实际只有 ${Math.max(0, bodyBytes)} 字节（可能复制时被截断）。请让对方重新发送。`
          : `文件长度与头部记载不符（多出 ${bodyBytes - parsed.data.plainBytes} 字节），文件已被改动或损坏。`,
      );
    }
    return { header: parsed.data, bodyOffset, bodyBytes, fileBytes };
  } finally {
    await handle.close();
  }
}

/**
 * Decrypts a sealed package into `plainPath` (a private temporary file) and verifies its tag; returns the plain
 * zip's SHA-256. A wrong passphrase, or any changed byte of header, body or tag, fails with UNSEAL_FAILED and the
 * partial plain file is the caller's to remove.
 */
export async function unsealFile(path: string, info: SealedInfo, passphrase: string, plainPath: string): Promise<string> {
  const { header } = info;
  const salt = Buffer.from(header.kdf.salt, 'base64');
  const key = await deriveKey(passphrase, salt, header.kdf);
  const prefix = Buffer.alloc(info.bodyOffset);
  const tag = Buffer.alloc(GCM_TAG_BYTES);
  const handle = await open(path, 'r');
  try {
    await handle.read(prefix, 0, info.bodyOffset, 0);
    await handle.read(tag, 0, GCM_TAG_BYTES, info.bodyOffset + info.bodyBytes);
  } finally {
    await handle.close();
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'), { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(prefix);
  decipher.setAuthTag(tag);
  const hash = createHash('sha256');
  const opener = cipherStream(decipher, hash, () => [decipher.final()], () => new PackageError(UNSEAL_FAILED));
  const body = info.bodyBytes === 0 ? [] : createReadStream(path, { start: info.bodyOffset, end: info.bodyOffset + info.bodyBytes - 1 });
  await pipeline(body, opener, createWriteStream(plainPath, { mode: 0o600 }));
  return hash.digest('hex');
}
