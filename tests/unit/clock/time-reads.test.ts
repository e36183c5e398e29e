/** Nothing but shared/clock.ts reads the current time: otherwise DESK_TODAY / --today would not pin everything. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTimeReads, timeReadsIn } from '../support/find-time-reads';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FOLDERS = ['electron', 'shared', 'db', 'renderer', 'scripts'];
const CLOCK = 'shared/clock.ts';

describe('reading the current time', () => {
  it('happens only in shared/clock.ts', () => {
    const reads = findTimeReads(ROOT, FOLDERS, [CLOCK]);
    const report = reads.map((r) => `${r.where}  ${r.text}`).join('\n');
    expect(report, `Read the time through ${CLOCK} (now, nowIso, todayIso), or use performance.now() for elapsed time:\n${report}`).toBe('');
  });

  it('the clock module itself is found by the scan (the scan looks where it should)', () => {
    expect(findTimeReads(ROOT, ['shared'], []).map((r) => r.where.replace(/:\d+$/, ''))).toContain(CLOCK);
  });

  it.each([
    ['const at = new Date().toISOString();', 1],
    ['const at = new  Date( );', 1],
    ['const at = new Date;', 1],
    ['const t = Date.now() - started;', 1],
    ['const t = globalThis.Date.now();', 1],
    ['const s = Date();', 1],
    ['const d = dayjs();', 1],
    ['const d = new Date(value);', 0],
    ['const d = new Date(2026, 10, 20);', 0],
    ['const d = dayjs(value);', 0],
    ['const ms = performance.now();', 0],
    ['const t = toIsoDate(x);', 0],
    ['// new Date() in a comment', 0],
    ['/* Date.now() */ const a = 1;', 0],
    ['const url = "http://x"; const t = Date.now();', 1],
  ])('%s → %i read(s)', (line, count) => {
    expect(timeReadsIn(line)).toHaveLength(count);
  });

  it('names the line of a read', () => {
    expect(timeReadsIn('const a = 1;\n/*\n Date.now()\n*/\nconst b = new Date();\n')).toEqual([[5, 'const b = new Date();']]);
  });
});
