import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../../../electron/bridge/serve-main';
import { parseTodayArg } from '../../../electron/services/runtime/launch-args';
import { applyTodayPin, InvalidTodayError, resolvePinnedToday } from '../../../electron/services/runtime/today-pin';
import { pinnedToday, pinToday, todayIso } from '../../../shared/clock';
import { toIsoDate } from '../../../shared/domain/dates';
import { capture, cli, onlyJson } from '../support/cli-capture';
import { runtimeWithStreet, tempDir } from '../support/temp-runtime';

const CHINESE = /[\u4e00-\u9fa5]/;
/** Where the refused runs would have put their database (they must not get that far). */
const scratch = tempDir('desk-today-pin-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

afterEach(() => {
  pinToday(null);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('resolvePinnedToday: --today, else DESK_TODAY, else the real clock', () => {
  it('takes the flag over the environment', () => {
    expect(resolvePinnedToday('2026-11-20', { DESK_TODAY: '2025-01-01' })).toBe('2026-11-20');
    expect(resolvePinnedToday(undefined, { DESK_TODAY: '2025-01-01' })).toBe('2025-01-01');
  });

  it('an unset or empty DESK_TODAY pins nothing', () => {
    expect(resolvePinnedToday(undefined, {})).toBeNull();
    expect(resolvePinnedToday(undefined, { DESK_TODAY: '' })).toBeNull();
  });

  it('an invalid value is an InvalidTodayError naming where it came from, in Chinese', () => {
    expect(() => resolvePinnedToday('2026-02-30', {})).toThrow(InvalidTodayError);
    expect(() => resolvePinnedToday('2026-02-30', {})).toThrow(/^--today 必须是 YYYY-MM-DD 格式的有效日期：2026-02-30$/);
    expect(() => resolvePinnedToday('', {})).toThrow(InvalidTodayError);
    expect(() => resolvePinnedToday(undefined, { DESK_TODAY: '20261120' })).toThrow(/环境变量 DESK_TODAY 必须是/);
  });

  it('applyTodayPin pins, unpins, and leaves the clock alone on an invalid value', () => {
    expect(applyTodayPin('2026-11-20', {})).toBe('2026-11-20');
    expect(todayIso()).toBe('2026-11-20');
    expect(() => applyTodayPin('tomorrow', {})).toThrow(InvalidTodayError);
    expect(pinnedToday()).toBe('2026-11-20');
    expect(applyTodayPin(undefined, {})).toBeNull();
    expect(pinnedToday()).toBeNull();
  });

  it('parseTodayArg reads the Electron launch arguments', () => {
    expect(parseTodayArg(['electron', '.', '--today', '2026-11-20'])).toBe('2026-11-20');
    expect(parseTodayArg(['electron', '.', '--today=2026-11-20'])).toBe('2026-11-20');
    expect(parseTodayArg(['electron', '.', '--today'])).toBe('');
    expect(parseTodayArg(['electron', '.'])).toBeUndefined();
  });
});

describe('system.status reports the server\'s today and the pinned date', () => {
  it('pinned', async () => {
    pinToday('2026-11-20');
    const runtime = await runtimeWithStreet();
    try {
      const status = await runtime.call('system.status', {});
      expect(status).toMatchObject({ ok: true, value: { today: '2026-11-20', pinnedToday: '2026-11-20' } });
    } finally {
      runtime.dispose();
    }
  });

  it('not pinned: pinnedToday is null', async () => {
    const runtime = await runtimeWithStreet();
    try {
      const status = await runtime.call('system.status', {});
      expect(status).toMatchObject({ ok: true, value: { today: todayIso(), pinnedToday: null } });
    } finally {
      runtime.dispose();
    }
  });
});

describe('CLI: --today and DESK_TODAY', () => {
  it('pin every timestamp a command writes', async () => {
    const dir = tempDir('desk-cli-today-');
    try {
      const db = join(dir, 'desk.sqlite');
      const run = await cli('init', '--street-name', '解放路街道', '--street-code', '321102001', '--today', '2026-11-20', '--db', db, '--json');
      expect(run.code).toBe(0);
      const sqlite = new Database(db, { readonly: true });
      try {
        const stamps = sqlite.prepare('SELECT at FROM audit_events UNION ALL SELECT updated_at FROM street').pluck().all() as string[];
        expect(stamps.length).toBeGreaterThan(0);
        expect(new Set(stamps.map((at) => toIsoDate(new Date(at))))).toEqual(new Set(['2026-11-20']));
      } finally {
        sqlite.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the demo is dated by the pinned today (--today=, or DESK_TODAY)', async () => {
    const dir = tempDir('desk-cli-today-');
    try {
      const flagged = await cli('demo-workbook', '--size', 'small', '--today=2026-06-30', join(dir, 'a.xlsx'), '--json');
      expect(flagged.code).toBe(0);
      expect(onlyJson(flagged.stdout)).toMatchObject({ ok: true, asOf: '2026-06-30' });
      vi.stubEnv('DESK_TODAY', '2026-05-04');
      const fromEnv = await cli('demo-workbook', '--size', 'small', join(dir, 'b.xlsx'), '--json');
      expect(onlyJson(fromEnv.stdout)).toMatchObject({ ok: true, asOf: '2026-05-04' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an --as-of after the pinned today is refused', async () => {
    const run = await cli('demo-workbook', '--size', 'small', '--as-of', '2026-07-01', '--today', '2026-06-30', 'x.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of 必须是不晚于今天的日期');
  });

  it.each([
    [['--today', '2026-02-30'], '--today 必须是 YYYY-MM-DD 格式的有效日期：2026-02-30'],
    [['--today=today'], '--today 必须是 YYYY-MM-DD 格式的有效日期：today'],
    [['--today'], '--today 需要一个日期'],
  ])('%j is a usage error: exit 2, a Chinese message, the JSON failure document', async (flag, message) => {
    const run = await cli('info', '--json', '--db', join(scratch, 'desk.sqlite'), ...flag);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`用法错误：${message}`);
    expect(onlyJson(run.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) } });
    expect(existsSync(join(scratch, 'desk.sqlite'))).toBe(false);
  });

  it('an invalid DESK_TODAY is a usage error too', async () => {
    vi.stubEnv('DESK_TODAY', '2026/11/20');
    const run = await cli('info', '--db', join(scratch, 'desk.sqlite'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('用法错误：环境变量 DESK_TODAY 必须是 YYYY-MM-DD 格式的有效日期：2026/11/20');
  });
});

describe('browser mode (npm run serve): --today', () => {
  it('an invalid value exits 2 with a Chinese message before opening anything', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const dataDir = join(scratch, 'data');
    const run = await capture(() => serve({ argv: ['--today', '2026-13-01', '--data-dir', dataDir, '--no-open'], migrationsDir: '', staticDir: '' }).catch((e: unknown) => e));
    expect(String(run.value)).toBe('Error: exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    expect(run.stderr).toContain('--today 必须是 YYYY-MM-DD 格式的有效日期：2026-13-01');
  });
});
