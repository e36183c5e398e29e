import type { CliIo } from './cli-io';

/** Progress lines on stderr, at most one per second (and the first and last). */
export function stderrProgress(io: CliIo, label: string): (fraction: number, note: string) => void {
  let last = 0;
  return (fraction, note) => {
    const now = performance.now();
    if (fraction < 1 && now - last < 1000) return;
    last = now;
    io.log(`${label} ${Math.round(fraction * 100)}%  ${note}`);
  };
}
