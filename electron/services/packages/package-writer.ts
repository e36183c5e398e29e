/**
 * Writing a package (docs/packages.md): each entity's records as JSON Lines into a private temporary file (hashed,
 * counted and measured as they are written), then the zip — `manifest.json` first, then the data files — and, with
 * a passphrase, the sealed form of that zip. The file appears under its final name only when complete (written
 * beside it under a temporary name, then renamed); a plain zip of a sealed package never leaves the temporary folder.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Manifest, ManifestFile } from '../../../shared/contract/package-format';
import { now } from '../../../shared/clock';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../../shared/domain/packages/format';
import type { EntityName } from '../../../shared/domain/packages/kinds';
import { entityPath } from '../../../shared/domain/packages/kinds';
import { APP_NAME, APP_VERSION } from '../../../shared/version';
import { sealFile } from './seal';

export interface EntityData {
  entity: EntityName;
  records: Iterable<unknown> | AsyncIterable<unknown>;
}

/** The manifest's fields the caller decides (the rest — format, version, id, generator, files — are filled in). */
export type ManifestHead = Pick<Manifest, 'kind' | 'issuer' | 'recipient' | 'period'>;

export interface WriteOptions {
  /** A private folder for the data files and (when sealing) the plain zip. */
  tempDir: string;
  outPath: string;
  head: ManifestHead;
  entities: EntityData[];
  passphrase?: string;
  /** scrypt parameters (tests use cheaper ones); default DEFAULT_SCRYPT. */
  scrypt?: { N: number; r: number; p: number };
  onProgress?: (rows: number) => void;
}

export interface WrittenPackage {
  manifest: Manifest;
  /** Of the file written. */
  sha256: string;
  /** Of the plain zip (the same as sha256 when not sealed). */
  contentSha256: string;
  bytes: number;
  sealed: boolean;
}

/** A Transform that hashes what passes through. */
function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

async function writeEntity(path: string, data: EntityData, onRow: () => void): Promise<Omit<ManifestFile, 'path' | 'entity'>> {
  const out = createWriteStream(path, { mode: 0o600 });
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  const failed = new Promise<never>((_resolve, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = Buffer.concat(pending);
    pending.length = 0;
    pendingBytes = 0;
    if (!out.write(chunk)) await Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), failed]);
  };
  for await (const record of data.records) {
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    hash.update(line);
    rows += 1;
    bytes += line.length;
    pending.push(line);
    pendingBytes += line.length;
    onRow();
    if (pendingBytes >= 256 * 1024) await flush();
  }
  await flush();
  await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** Writes the package to `outPath`; nothing is left there (nor in the temporary folder) when it fails. */
export async function writePackage(options: WriteOptions): Promise<WrittenPackage> {
  const work = join(options.tempDir, `package-${randomBytes(6).toString('hex')}`);
  mkdirSync(work, { recursive: true, mode: 0o700 });
  const partial = join(dirname(options.outPath), `.${basename(options.outPath)}.${randomBytes(4).toString('hex')}.part`);
  try {
    const createdAt = now();
    let rows = 0;
    const files: ManifestFile[] = [];
    const dataPaths: string[] = [];
    for (const data of options.entities) {
      const path = join(work, `${data.entity}.jsonl`);
      const written = await writeEntity(path, data, () => {
        rows += 1;
        if ((rows & 4095) === 0) options.onProgress?.(rows);
      });
      files.push({ path: entityPath(data.entity), entity: data.entity, ...written });
      dataPaths.push(path);
    }
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      packageId: randomUUID(),
      ...options.head,
      createdAt: createdAt.toISOString(),
      generator: { name: APP_NAME, version: APP_VERSION },
      files,
    };
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json', { mtime: createdAt, compress: true });
    files.forEach((file, i) => zip.addFile(dataPaths[i] ?? '', file.path, { mtime: createdAt, compress: true }));
    zip.end();
    const sealed = options.passphrase !== undefined;
    const plainPath = sealed ? join(work, 'plain.zip') : partial;
    const contentHash = createHash('sha256');
    await pipeline(zip.outputStream, hashing(contentHash), createWriteStream(plainPath, { mode: 0o600 }));
    const contentSha256 = contentHash.digest('hex');
    let sha256 = contentSha256;
    if (options.passphrase !== undefined) {
      sha256 = await sealFile(plainPath, partial, options.passphrase, {
        kind: manifest.kind,
        issuer: manifest.issuer.code,
        recipient: manifest.recipient.code,
        createdAt: manifest.createdAt,
      }, options.scrypt);
    }
    const bytes = (await stat(partial)).size;
    await rename(partial, options.outPath);
    return { manifest, sha256, contentSha256, bytes, sealed };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(partial, { force: true });
  }
}

/** A file's SHA-256, streamed. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
