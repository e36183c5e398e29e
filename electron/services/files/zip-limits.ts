/**
 * The limits every zip the app opens is held to (a workbook, an exchange package, and next a ledger): a file from
 * a USB stick or an email is hostile until read. Each limit is checked while the zip is read — the sizes and counts
 * its central directory declares before anything is decompressed (yauzl then refuses an entry that inflates beyond
 * what it declared), the rest as the data streams — so memory never grows past what the limits allow, and a bomb
 * is refused in a moment with a Chinese message naming the limit and the entry.
 */

export interface ZipLimits {
  /** Entries in the zip. */
  maxEntries: number;
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed bytes of one entry (checked for entries above `ratioFromBytes`). */
  maxRatio: number;
  ratioFromBytes: number;
  /** Strings in an .xlsx's shared strings, and their total length in bytes (UTF-8). */
  maxSharedStrings: number;
  maxSharedStringBytes: number;
  /** Characters of one cell's text (Excel's own limit). */
  maxCellChars: number;
  /** Rows and columns of one sheet (Excel's own limits). */
  maxRows: number;
  maxColumns: number;
  /** Characters of XML between two `<`/`>`: one text or one tag; bounds what the XML parser buffers. */
  maxTokenChars: number;
  /** Bytes of one line of a JSON Lines data file (one record of an exchange package): what its reader buffers. */
  maxLineBytes: number;
}

const MB = 1024 * 1024;

/**
 * Large enough for a street of 150,000 residents and 400,000 services as Excel or WPS would save it (its biggest
 * sheet is about 170 MB of XML, compressed 13:1; all of it about 430 MB), far below what would exhaust memory.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 1024 * MB,
  maxTotalBytes: 2048 * MB,
  maxRatio: 200,
  ratioFromBytes: 1 * MB,
  maxSharedStrings: 2_000_000,
  maxSharedStringBytes: 256 * MB,
  maxCellChars: 32_767,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxTokenChars: 256 * 1024,
  maxLineBytes: 64 * MB,
};

/** A zip refused for going past a limit: its message says which limit, and which entry. */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(2)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} 字节`;
}

const count = (n: number) => n.toLocaleString('en-US');

export interface DeclaredEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** The count the central directory declares, before any entry is read. */
export function checkEntryCount(entryCount: number, limits: ZipLimits): void {
  if (entryCount > limits.maxEntries) {
    throw new ZipLimitError(`压缩包内有 ${count(entryCount)} 个文件，超过 ${count(limits.maxEntries)} 个的上限`);
  }
}

/** One entry as the central directory declares it: size and compression ratio. Returns its uncompressed size. */
export function checkDeclaredEntry(entry: DeclaredEntry, limits: ZipLimits): number {
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw new ZipLimitError(`压缩包中的“${entry.name}”解压后有 ${formatBytes(entry.uncompressedSize)}，超过单个文件 ${formatBytes(limits.maxEntryBytes)} 的上限`);
  }
  if (entry.uncompressedSize >= limits.ratioFromBytes) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) {
      throw new ZipLimitError(
        `压缩包中的“${entry.name}”压缩比为 ${Math.round(ratio)}:1（${formatBytes(entry.compressedSize)} 解压为 ${formatBytes(entry.uncompressedSize)}），超过 ${limits.maxRatio}:1 的上限，疑似“压缩炸弹”`,
      );
    }
  }
  return entry.uncompressedSize;
}

export function checkTotal(totalBytes: number, limits: ZipLimits): void {
  if (totalBytes > limits.maxTotalBytes) {
    throw new ZipLimitError(`压缩包解压后共 ${formatBytes(totalBytes)}，超过 ${formatBytes(limits.maxTotalBytes)} 的上限`);
  }
}

/**
 * Watches an entry's XML as it streams, before the parser sees it: no text or tag runs longer than
 * `maxTokenChars` without a `<` or `>`, so the parser never buffers more than that. Markup comes every few
 * characters in real XML, so a chunk is looked at only at its ends unless it is itself longer than the limit.
 */
export function tokenGuard(entryName: string, limits: ZipLimits): (chunk: string) => void {
  const max = limits.maxTokenChars;
  let run = 0;
  return (chunk) => {
    const first = firstMarkup(chunk);
    if (first < 0) run += chunk.length;
    else {
      if (run + first > max) tokenTooLong(entryName, limits);
      const last = Math.max(chunk.lastIndexOf('<'), chunk.lastIndexOf('>'));
      if (chunk.length > max && longestRun(chunk, first, last) > max) tokenTooLong(entryName, limits);
      run = chunk.length - 1 - last;
    }
    if (run > max) tokenTooLong(entryName, limits);
  };
}

function firstMarkup(chunk: string): number {
  const lt = chunk.indexOf('<');
  const gt = chunk.indexOf('>');
  return lt < 0 ? gt : gt < 0 ? lt : Math.min(lt, gt);
}

/** The longest stretch without `<` or `>` between the chunk's first and last markup. */
function longestRun(chunk: string, from: number, to: number): number {
  let longest = 0;
  let start = from;
  for (let i = from + 1; i <= to; i += 1) {
    const c = chunk.charCodeAt(i);
    if (c === 60 || c === 62) {
      longest = Math.max(longest, i - start - 1);
      start = i;
    }
  }
  return longest;
}

/** A run of text or one tag past `maxTokenChars` (also what a streaming XML reader holds unfinished). */
export function tokenTooLong(entryName: string, limits: ZipLimits): never {
  throw new ZipLimitError(
    `压缩包中的“${entryName}”含有一段超过 ${count(limits.maxTokenChars)} 字的连续内容（单元格文字最多 ${count(limits.maxCellChars)} 字），文件异常，未读取`,
  );
}

/** Counts an .xlsx's shared strings as they are read. */
export function sharedStringsGuard(entryName: string, limits: ZipLimits): (text: string) => void {
  let strings = 0;
  let bytes = 0;
  return (text) => {
    strings += 1;
    bytes += Buffer.byteLength(text);
    if (strings > limits.maxSharedStrings) {
      throw new ZipLimitError(`“${entryName}”中的共享字符串超过 ${count(limits.maxSharedStrings)} 条的上限`);
    }
    if (bytes > limits.maxSharedStringBytes) {
      throw new ZipLimitError(`“${entryName}”中的共享字符串合计超过 ${formatBytes(limits.maxSharedStringBytes)} 的上限`);
    }
    if (text.length > limits.maxCellChars) cellTooLong(entryName, text.length, limits);
  };
}

export function cellTooLong(where: string, chars: number, limits: ZipLimits): never {
  throw new ZipLimitError(`“${where}”中有一段文字长 ${count(chars)} 字，超过 Excel 单元格 ${count(limits.maxCellChars)} 字的上限`);
}

/** A sheet's rows and columns stay within Excel's own grid. */
export function checkCellPosition(sheet: string, row: number, column: number, limits: ZipLimits): void {
  if (row > limits.maxRows) throw new ZipLimitError(`工作表“${sheet}”的行号 ${count(row)} 超过 Excel 的 ${count(limits.maxRows)} 行上限`);
  if (column > limits.maxColumns) throw new ZipLimitError(`工作表“${sheet}”的列号 ${count(column)} 超过 Excel 的 ${count(limits.maxColumns)} 列上限`);
}

/** A JSON Lines record longer than the limit: refused before it is buffered whole. */
export function lineTooLong(entryName: string, line: number, limits: ZipLimits): never {
  throw new ZipLimitError(`压缩包中的“${entryName}”第 ${count(line)} 行超过 ${formatBytes(limits.maxLineBytes)} 的上限，文件异常，未读取`);
}
