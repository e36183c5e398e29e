/**
 * Finds the places that read the current time directly — `new Date()` without arguments, `Date()`, `Date.now()`,
 * `dayjs()` — instead of going through shared/clock.ts. Comments are blanked first (line numbers kept).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TimeRead {
  /** `folder/file.ts:line`, relative to the scanned root, with forward slashes. */
  where: string;
  text: string;
}

const SOURCE = /\.(ts|tsx|js|mjs|cjs|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'release', 'migrations']);

const TIME_READS = [
  /\bnew\s+Date\s*\(\s*\)/,
  /\bnew\s+Date\b(?!\s*\()/,
  /(?<![.\w]|new\s+)Date\s*\(\s*\)/,
  /\bDate\s*\.\s*now\b/,
  /\bdayjs\s*\(\s*\)/,
];

/** The source with block and line comments replaced by spaces (newlines kept, so line numbers stay right). */
export function blankComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (match, before: string) => before + ' '.repeat(match.length - before.length));
}

/** The lines of `source` that read the time, as `[line number, line]`. */
export function timeReadsIn(source: string): [number, string][] {
  const found: [number, string][] = [];
  blankComments(source)
    .split('\n')
    .forEach((line, index) => {
      if (TIME_READS.some((pattern) => pattern.test(line))) found.push([index + 1, line.trim()]);
    });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return entry.isFile() && SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every time read in the source files under `folders` of `root`, except in the files listed in `allowed`. */
export function findTimeReads(root: string, folders: readonly string[], allowed: readonly string[]): TimeRead[] {
  return folders.flatMap((folder) =>
    sourceFiles(join(root, folder)).flatMap((path) => {
      const name = relative(root, path).split(sep).join('/');
      if (allowed.includes(name)) return [];
      return timeReadsIn(readFileSync(path, 'utf8')).map(([line, text]) => ({ where: `${name}:${line}`, text }));
    }),
  );
}
