import { pipeline } from 'node:stream/promises';
import type { TransformOptions } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { checkDeclaredEntry, checkEntryCount, checkTotal, DEFAULT_ZIP_LIMITS, formatBytes, ZipLimitError } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';

/** Parts read whole (an .xlsx's workbook.xml, its relationships, styles): a few KB in any real file. */
const SMALL_PART_BYTES = 32 * 1024 * 1024;

/** Bytes inflated at a time by `inflate` (a stream's are 16 KB). */
const INFLATE_CHUNK_BYTES = 256 * 1024;

/**
 * An entry's raw deflate data inflated, counting the bytes as yauzl's own stream does: past the size the central
 * directory declared is a bomb, short of it a damaged file.
 */
async function* inflated(raw: NodeJS.ReadableStream, entry: Entry, chunkBytes: number): AsyncGenerator<Buffer> {
  // Room for a few chunks ahead: zlib inflates on the thread pool while the caller reads the chunk it has.
  const options: ZlibOptions & TransformOptions = { chunkSize: chunkBytes, readableHighWaterMark: 4 * chunkBytes };
  const inflater = createInflateRaw(options);
  const piped = pipeline(raw, inflater).catch(() => undefined);
  let total = 0;
  try {
    for await (const chunk of inflater) {
      total += (chunk as Buffer).length;
      if (total > entry.uncompressedSize) throw new Error(`too many bytes in the stream. expected ${entry.uncompressedSize}. got at least ${total}`);
      yield chunk as Buffer;
    }
    if (total < entry.uncompressedSize) throw new Error(`not enough bytes in the stream. expected ${entry.uncompressedSize}. got only ${total}`);
  } catch (error) {
    throw zipReadError(error, entry.fileName);
  } finally {
    inflater.destroy();
    await piped;
  }
}

/** A symbolic link: the Unix mode in the high bits of the external attributes says S_IFLNK. */
function isLink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

/**
 * yauzl's own messages in Chinese, naming the entry: an unsafe path (absolute, `..`, a backslash), an entry that
 * inflates past its declared size, a truncated or damaged file. Anything else keeps its message.
 */
export function zipReadError(error: unknown, entryName?: string): Error {
  if (!(error instanceof Error) || error instanceof ZipLimitError) return error instanceof Error ? error : new Error(String(error));
  const m = error.message;
  const named = (re: RegExp) => re.exec(m)?.[1] ?? entryName ?? '';
  if (/^absolute path: /.test(m)) return new ZipLimitError(`压缩包中的“${named(/^absolute path: (.*)$/)}”是绝对路径，不安全，文件未读取`);
  if (/^invalid relative path: /.test(m)) return new ZipLimitError(`压缩包中的“${named(/^invalid relative path: (.*)$/)}”含有“..”，会指向压缩包以外的位置，不安全，文件未读取`);
  if (/^invalid characters in fileName: /.test(m)) return new ZipLimitError(`压缩包中的“${named(/^invalid characters in fileName: (.*)$/)}”含有不允许的字符，文件未读取`);
  if (/too many bytes in the stream|uncompressedSize|compressedSize/i.test(m)) {
    return new ZipLimitError(`压缩包中的“${entryName ?? ''}”解压后的大小超过它声明的大小，文件异常（疑似“压缩炸弹”），已停止读取`);
  }
  if (/end of central directory|not enough bytes|unexpected EOF|invalid .*signature|truncated/i.test(m)) {
    return new ZipLimitError('压缩文件不完整或已损坏（可能复制时被截断），无法读取');
  }
  if (/invalid (stored|distance|block|code)|incorrect header check|unexpected end of file|Z_DATA_ERROR/i.test(m)) {
    return new ZipLimitError(`压缩包中的“${entryName ?? ''}”数据已损坏，无法解压`);
  }
  return error;
}

/** An opened zip with its central directory read: any part can be streamed, in any order. */
export interface OpenZip {
  entries: Map<string, Entry>;
  limits: ZipLimits;
  stream(name: string): Promise<NodeJS.ReadableStream>;
  /**
   * A part's bytes, inflated in chunks of up to `chunkBytes` (larger than a stream's, for parts read by the
   * megabyte); like `stream`, a part that inflates past the size it declared is refused as soon as it does.
   */
  inflate(name: string, chunkBytes?: number): AsyncGenerator<Buffer>;
  /** A small part read whole (null when absent); one over SMALL_PART_BYTES is refused. */
  text(name: string): Promise<string | null>;
  close(): void;
}

/**
 * Opens a zip and reads its central directory, holding it to `limits` (files/zip-limits.ts) as the entries are
 * listed — before any of them is decompressed. yauzl refuses, while streaming, an entry that inflates to more than
 * the size it declared, so the declared sizes checked here bound what is read.
 */
export function openZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OpenZip> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return reject(error ? zipReadError(error) : new Error('无法打开压缩文件'));
      const fail = (failure: unknown) => {
        zip.close();
        reject(failure);
      };
      try {
        checkEntryCount(zip.entryCount, limits);
      } catch (failure) {
        return fail(failure);
      }
      const entries = new Map<string, Entry>();
      let total = 0;
      zip.on('entry', (entry: Entry) => {
        try {
          if (isLink(entry)) throw new ZipLimitError(`压缩包中的“${entry.fileName}”是一个链接（符号链接），不安全，文件未读取`);
          // Two entries of one name: which one a program reads would depend on the program.
          if (entries.has(entry.fileName)) throw new ZipLimitError(`压缩包中有两个同名的“${entry.fileName}”，文件异常，未读取`);
          total += checkDeclaredEntry({ name: entry.fileName, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize }, limits);
          checkTotal(total, limits);
        } catch (failure) {
          return fail(failure);
        }
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('error', (failure: unknown) => reject(zipReadError(failure)));
      zip.on('end', () => {
        const stream = (name: string) =>
          new Promise<NodeJS.ReadableStream>((res, rej) => {
            const entry = entries.get(name);
            if (!entry) return rej(new Error(`压缩包中没有 ${name}`));
            zip.openReadStream(entry, (e, s) => (e || !s ? rej(e ? zipReadError(e, name) : new Error(`无法读取 ${name}`)) : res(s)));
          });
        const openRaw = (entry: Entry) =>
          new Promise<NodeJS.ReadableStream>((res, rej) => {
            zip.openReadStream(entry, { decodeFileData: false }, (e, s) => (e || !s ? rej(e ? zipReadError(e, entry.fileName) : new Error(`无法读取 ${entry.fileName}`)) : res(s)));
          });
        resolve({
          entries,
          limits,
          stream,
          async *inflate(name, chunkBytes = INFLATE_CHUNK_BYTES) {
            const entry = entries.get(name);
            if (!entry) throw new Error(`压缩包中没有 ${name}`);
            if (entry.compressionMethod !== 8 || entry.isEncrypted()) {
              for await (const chunk of await stream(name)) yield chunk as Buffer;
              return;
            }
            yield* inflated(await openRaw(entry), entry, chunkBytes);
          },
          async text(name) {
            const entry = entries.get(name);
            if (!entry) return null;
            if (entry.uncompressedSize > SMALL_PART_BYTES) {
              throw new ZipLimitError(`压缩包中的“${name}”有 ${formatBytes(entry.uncompressedSize)}，这类说明文件不应超过 ${formatBytes(SMALL_PART_BYTES)}，文件异常`);
            }
            const chunks: Buffer[] = [];
            for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
            return Buffer.concat(chunks).toString('utf8');
          },
          close: () => zip.close(),
        });
      });
      zip.readEntry();
    });
  });
}
