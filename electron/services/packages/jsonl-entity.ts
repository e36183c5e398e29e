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

  const handle = (raw: Buffer) => {
    line += 1;
    let text: string;
    try {
      text = decoder.decode(raw);
    } catch {
      problems.add(problem('不是 UTF-8 编码的文字', { file, line }));
      return;
    }
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

  try {
    for await (const piece of stream) {
      const chunk = piece as Buffer;
      hash.update(chunk);
      bytes += chunk.length;
      onBytes(chunk.length);
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(10, start);
        if (newline < 0) {
          if (start < chunk.length) {
            carry.push(chunk.subarray(start));
            carryBytes += chunk.length - start;
            if (carryBytes > limits.maxLineBytes) lineTooLong(file, line + 1, limits);
          }
          break;
        }
        const tail = chunk.subarray(start, newline);
        if (carryBytes + tail.length > limits.maxLineBytes) lineTooLong(file, line + 1, limits);
        handle(carry.length === 0 ? tail : Buffer.concat([...carry, tail]));
        carry = [];
        carryBytes = 0;
        start = newline + 1;
      }
    }
  } catch (error) {
    throw zipReadError(error, file);
  }
  if (carryBytes > 0) handle(Buffer.concat(carry));
  return { records, lines, sha256: hash.digest('hex'), bytes, rows: line };
}
