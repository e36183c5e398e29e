import { expect } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { runCli } from '../../../electron/cli/run-cli';

export interface Captured {
  stdout: string;
  stderr: string;
}

/** Replaces process.stdout.write / process.stderr.write while `fn` runs, restoring them afterwards. */
export async function capture<T>(fn: () => Promise<T>): Promise<Captured & { value: T }> {
  const out: string[] = [];
  const err: string[] = [];
  const originalOut = process.stdout.write;
  const originalErr = process.stderr.write;
  const recorder = (sink: string[]) =>
    ((chunk: string | Uint8Array) => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = recorder(out);
  process.stderr.write = recorder(err);
  try {
    const value = await fn();
    return { value, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = originalOut;
    process.stderr.write = originalErr;
  }
}

export async function cli(...argv: string[]): Promise<Captured & { code: number }> {
  const { value, stdout, stderr } = await capture(() => runCli(argv, migrationsDir()));
  return { code: value, stdout, stderr };
}

/** Parses stdout as exactly one JSON document (JSON.parse refuses anything before or after it). */
export function onlyJson(stdout: string): Record<string, unknown> {
  const value = JSON.parse(stdout) as unknown;
  expect(typeof value).toBe('object');
  return value as Record<string, unknown>;
}

