/**
 * Reads one JSON Lines data file of a package as it streams out of the zip: hashes and measures its bytes, splits
 * it into lines (no line may pass the limit: a record is never buffered beyond it), and checks each line — UTF-8,
 * one JSON object, its entity's schema — recording problems with the file, the line and the field.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { PackageProblem } from '../../../shared/contract/packages';
import { lineTooLong } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { zipReadError } from '../workbook/zip-entries';
import { problem } from './package-error';

export interface ParsedEntity {
  /** The records that passed their schema (parsed: defaults filled in), with their line numbers. */
  records: unknown[];
  lines: number[];
}

export interface EntityFileRead extends ParsedEntity {
  sha256: string;
  bytes: number;
  rows: number;
}

export class ProblemSink {
  readonly items: PackageProblem[] = [];
  omitted = 0;

  constructor(readonly cap = 500) {}

  add(p: PackageProblem): void {
    if (this.items.length < this.cap) this.items.push(p);
    else this.omitted += 1;
  }

  get count(): number {
    return this.items.length + this.omitted;
  }
}

function issuePath(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[');
}

export async function readEntityFile(
  stream: NodeJS.ReadableStream,
  file: string,
  schema: z.ZodType,
  limits: ZipLimits,
  problems: ProblemSink,
  onBytes: (bytes: number) => void = () => undefined,
): Promise<EntityFileRead> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records: unknown[] = [];
  const lines: number[] = [];
  let bytes = 0;
  let line = 0;
  let carry: Buffer[] = [];
  let carryBytes = 0;

  const handleText = (raw: string) => {
    line += 1;
    let text = raw;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') {
      problems.add(problem('是空行（每行应是一条记录）', { file, line }));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problems.add(problem('不是有效的 JSON', { file, line }));
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.add(problem('应是一个 JSON 对象 { … }', { file, line }));
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const message = issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message;
        problems.add(problem(message, { file, line, field: issuePath(issue.path) }));
      }
      return;
    }
    records.push(parsed.data);
    lines.push(line);
  };

  /**
   * Whole lines, decoded at once (a newline byte never occurs inside a UTF-8 sequence, so lines split cleanly);
   * when the block is not UTF-8, line by line to name the line.
   */
  const handleBlock = (block: Buffer) => {
    let text: string | null;
    try {
      text = decoder.decode(block);
    } catch {
      text = null;
    }
    if (text !== null) {
      for (const raw of text.split('\n')) handleText(raw);
      return;
    }
    let start = 0;
    for (;;) {
      const newline = block.indexOf(10, start);
      const raw = block.subarray(start, newline < 0 ? block.length : newline);
      try {
        handleText(decoder.decode(raw));
      } catch {
        line += 1;
        problems.add(problem('不是 UTF-8 编码的文字', { file, line }));
      }
      if (newline < 0) return;
      start = newline + 1;
    }
  };

  try {
    for await (const piece of stream) {
      const chunk = piece as Buffer;
      hash.update(chunk);
      bytes += chunk.length;
      onBytes(chunk.length);
      const lastNewline = chunk.lastIndexOf(10);
      if (lastNewline < 0) {
        carry.push(chunk);
        carryBytes += chunk.length;
        if (carryBytes > limits.maxLineBytes) lineTooLong(file, line + 1, limits);
        continue;
      }
      // Every line in this chunk must fit the limit (the first one with what was carried over).
      let start = 0;
      for (let newline = chunk.indexOf(10); newline >= 0 && newline <= lastNewline; newline = chunk.indexOf(10, newline + 1)) {
        if ((start === 0 ? carryBytes : 0) + newline - start > limits.maxLineBytes) lineTooLong(file, line + 1, limits);
        start = newline + 1;
      }
      const head = chunk.subarray(0, lastNewline);
      handleBlock(carry.length === 0 ? head : Buffer.concat([...carry, head]));
      carry = [];
      carryBytes = chunk.length - lastNewline - 1;
      if (carryBytes > 0) carry.push(chunk.subarray(lastNewline + 1));
      if (carryBytes > limits.maxLineBytes) lineTooLong(file, line + 1, limits);
    }
  } catch (error) {
    throw zipReadError(error, file);
  }
  if (carryBytes > 0) handleBlock(Buffer.concat(carry));
  return { records, lines, sha256: hash.digest('hex'), bytes, rows: line };
}
