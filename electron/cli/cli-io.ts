import type { ApiError } from '../../shared/result';

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface CliIo {
  json: boolean;
  /** The one JSON document (with --json) or human lines (without) on stdout. */
  out(humanText: string, jsonValue: unknown): void;
  /** Progress and logs: always stderr. */
  log(text: string): void;
}

export function createIo(json: boolean): CliIo {
  return {
    json,
    out(humanText, jsonValue) {
      if (json) process.stdout.write(`${JSON.stringify(jsonValue, null, 2)}\n`);
      else process.stdout.write(`${humanText}\n`);
    },
    log(text) {
      process.stderr.write(`${text}\n`);
    },
  };
}

export function failureDocument(error: ApiError): { ok: false; error: ApiError } {
  return { ok: false, error };
}
