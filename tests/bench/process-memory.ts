/** Peak memory of other processes, read from Linux's /proc (null elsewhere). */
import { readdirSync, readFileSync } from 'node:fs';

/** `VmHWM` (peak resident set) of a process in MB, or null if unavailable. */
export function peakRssOfPid(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The direct children of a process (Linux only; [] elsewhere). */
export function childPids(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may itself contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/**
 * The process that really runs `script` when it was started through a launcher (tsx starts node as its child): the
 * deepest descendant whose command line names the script (so esbuild's helper processes are passed over), or the
 * pid itself.
 */
export function workerPid(pid: number, script: string): number {
  let current = pid;
  for (let depth = 0; depth < 4; depth += 1) {
    const next = childPids(current).find((child) => commandLine(child).includes(script));
    if (next === undefined) break;
    current = next;
  }
  return current;
}
