import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How to start a TypeScript entry point with tsx (node_modules/.bin/tsx; node + tsx's CLI on Windows). */
export function tsxCommand(script: string, args: string[]): { command: string; args: string[] } {
  if (process.platform === 'win32') {
    return { command: process.execPath, args: [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args] };
  }
  return { command: join(ROOT, 'node_modules', '.bin', 'tsx'), args: [script, ...args] };
}
