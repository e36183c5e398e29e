/**
 * The backup file: one self-checking file (扩展名 .deskbak) —
 *   line 1  `DESK-BACKUP 1`
 *   line 2  a JSON header: street, schema version, time, the image's size, why it was made, and `sha256`
 *   then    the database image (SQLite's online backup of the live database), exactly `bytes` bytes.
 * `sha256` is the SHA-256 of the header without it (canonical JSON), a newline, and the image: a change to any byte
 * of the image or any field of the header is caught, not only damage SQLite would notice.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { AppError } from '../../../shared/app-error';

export const BACKUP_MAGIC = 'DESK-BACKUP 1';
export const BACKUP_EXTENSION = 'deskbak';
const MAX_HEADER_BYTES = 64 * 1024;

export interface BackupHeader {
  street: { code: string; name: string } | null;
  schemaVersion: number;
  createdAt: string;
  bytes: number;
  reason: string;
  appVersion: string;
}

export interface BackupFileInfo extends BackupHeader {
  sha256: string;
  /** Where the image starts in the file. */
  offset: number;
}

function canonical(header: BackupHeader): string {
  return JSON.stringify({
    street: header.street,
    schemaVersion: header.schemaVersion,
    createdAt: header.createdAt,
    bytes: header.bytes,
    reason: header.reason,
    appVersion: header.appVersion,
  });
}

/** The file-system calls writing a backup makes: replaced in tests to simulate a full disk. */
export interface BackupWriteIo {
  write(fd: number, chunk: Buffer): void;
}

export const defaultWriteIo: BackupWriteIo = {
  write(fd, chunk) {
    let done = 0;
    while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
  },
};

function hashOf(header: BackupHeader, imagePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    hash.update(`${canonical(header)}\n`);
    createReadStream(imagePath)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function hashRange(path: string, start: number, header: BackupHeader): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    hash.update(`${canonical(header)}\n`);
    if (header.bytes === 0) return resolve(hash.digest('hex'));
    createReadStream(path, { start, end: start + header.bytes - 1 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Writes `imagePath` as a backup file at `target`: into `<target>.partial`, flushed, then renamed, so a failure
 * (a full disk) leaves no half file and nothing else touched. Returns what it wrote.
 */
export async function writeBackupFile(target: string, header: Omit<BackupHeader, 'bytes'>, imagePath: string, io: BackupWriteIo = defaultWriteIo): Promise<BackupFileInfo> {
  const full: BackupHeader = { ...header, bytes: statSync(imagePath).size };
  const sha256 = await hashOf(full, imagePath);
  const head = Buffer.from(`${BACKUP_MAGIC}\n${JSON.stringify({ ...JSON.parse(canonical(full)), sha256 })}\n`, 'utf8');
  const partial = `${target}.partial`;
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'w', 0o600);
    io.write(fd, head);
    const input = openSync(imagePath, 'r');
    try {
      const buffer = Buffer.alloc(1024 * 1024);
      for (;;) {
        const read = readSync(input, buffer, 0, buffer.length, null);
        if (read === 0) break;
        io.write(fd, buffer.subarray(0, read));
      }
    } finally {
      closeSync(input);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(partial, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppError('REJECTED', `磁盘空间不足，备份未能写完：${target}。已删除未写完的文件，原有备份未受影响；请清理空间或换一个位置后重试。`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('REJECTED', `无法写入备份位置（${code}）：${target}。请换一个可写的位置。原有备份未受影响。`);
    throw new AppError('REJECTED', `备份未能写完（${error instanceof Error ? error.message : String(error)}）：${target}。原有备份未受影响。`);
  }
  return { ...full, sha256, offset: head.length };
}

function tampered(path: string, why: string): AppError {
  return new AppError('REJECTED', `备份文件无效或已被改动（${why}）：${path}。当前数据库未被改动。`);
}

/** Reads the header of a backup file (no hash check): for listing. Throws REJECTED for anything else. */
export function readBackupHeader(path: string): BackupFileInfo {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('REJECTED', `无法打开备份文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）：${path}`);
  }
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read);
    const first = text.indexOf(0x0a);
    if (first < 0 || text.subarray(0, first).toString('utf8') !== BACKUP_MAGIC) throw tampered(path, '不是本程序的备份文件');
    const second = text.indexOf(0x0a, first + 1);
    if (second < 0) throw tampered(path, '文件头不完整');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(text.subarray(first + 1, second).toString('utf8')) as Record<string, unknown>;
    } catch {
      throw tampered(path, '文件头无法解析');
    }
    const { street, schemaVersion, createdAt, bytes, reason, appVersion, sha256 } = parsed;
    const streetOk = street === null || (typeof street === 'object' && typeof (street as { code?: unknown }).code === 'string' && typeof (street as { name?: unknown }).name === 'string');
    if (!streetOk || !Number.isInteger(schemaVersion) || typeof createdAt !== 'string' || !Number.isInteger(bytes) || typeof reason !== 'string' || typeof appVersion !== 'string' || typeof sha256 !== 'string') {
      throw tampered(path, '文件头字段缺失');
    }
    const info: BackupFileInfo = {
      street: street as BackupHeader['street'],
      schemaVersion: schemaVersion as number,
      createdAt,
      bytes: bytes as number,
      reason,
      appVersion,
      sha256,
      offset: second + 1,
    };
    if (statSync(path).size !== info.offset + info.bytes) throw tampered(path, '文件长度与文件头不符');
    return info;
  } finally {
    closeSync(fd);
  }
}

/** The header, after checking the SHA-256 of header and image: any change to the file is refused. */
export async function verifyBackupFile(path: string): Promise<BackupFileInfo> {
  const info = readBackupHeader(path);
  const actual = await hashRange(path, info.offset, info);
  if (actual !== info.sha256) throw tampered(path, 'SHA-256 校验值不符');
  return info;
}

/** Copies the image out of a verified backup file into `target` (a plain SQLite file). */
export function extractImage(path: string, info: BackupFileInfo, target: string): void {
  const input = openSync(path, 'r');
  const output = openSync(target, 'w', 0o600);
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    let position = info.offset;
    let left = info.bytes;
    while (left > 0) {
      const read = readSync(input, buffer, 0, Math.min(buffer.length, left), position);
      if (read === 0) break;
      defaultWriteIo.write(output, buffer.subarray(0, read));
      position += read;
      left -= read;
    }
    fsyncSync(output);
  } finally {
    closeSync(input);
    closeSync(output);
  }
}
