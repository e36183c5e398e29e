/** The print settings: masking of public prints (DOMAIN §7 choice) and the wall notice's standards. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintSettings } from '../../../shared/contract/street';
import { maskingRules } from '../../../electron/services/street/print-settings';
import { auditCount, historyRuntime, ok, refused } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

const DEFAULTS: PrintSettings = {
  masking: { idNumber: { keepStart: 6, keepEnd: 4 }, phone: { keepStart: 3, keepEnd: 4 } },
  notice: { standardId: 'chongqing-2007', starStandardId: 'jilin-stars' },
};

describe('printSettings', () => {
  it('defaults to first 6 and last 4 of an ID number, 3 and 4 of a phone, chongqing-2007 with the jilin stars', async () => {
    expect(await ok(runtime, 'printSettings.get', {})).toEqual(DEFAULTS);
  });

  it('saves a stricter rule and other standards, audited; the rule is what prints use', async () => {
    const audits = auditCount(runtime, 'settings');
    const next: PrintSettings = { masking: { idNumber: { keepStart: 3, keepEnd: 2 }, phone: { keepStart: 0, keepEnd: 4 } }, notice: { standardId: 'zhenjiang-scored', starStandardId: null } };
    expect(await ok(runtime, 'printSettings.set', next)).toEqual(next);
    expect(await ok(runtime, 'printSettings.get', {})).toEqual(next);
    expect(maskingRules(runtime.db)).toEqual(next.masking);
    expect(auditCount(runtime, 'settings')).toBe(audits + 1);
  });

  it.each([
    ['masking.idNumber.keepStart', { idNumber: { keepStart: 7, keepEnd: 4 }, phone: DEFAULTS.masking.phone }, '不能大于 6'],
    ['masking.idNumber.keepEnd', { idNumber: { keepStart: 6, keepEnd: 5 }, phone: DEFAULTS.masking.phone }, '不能大于 4'],
    ['masking.phone.keepStart', { idNumber: DEFAULTS.masking.idNumber, phone: { keepStart: -1, keepEnd: 4 } }, '不能小于 0'],
    ['masking.phone.keepEnd', { idNumber: DEFAULTS.masking.idNumber, phone: { keepStart: 3, keepEnd: 1.5 } }, '应为整数'],
  ])('refuses %s out of bounds, nothing written', async (path, masking, message) => {
    const error = await refused(runtime, 'printSettings.set', { ...DEFAULTS, masking }, 'INVALID_INPUT', path);
    expect(error.message).toContain(message);
  });

  it('refuses an unknown standard, and a star standard without stars', async () => {
    await refused(runtime, 'printSettings.set', { ...DEFAULTS, notice: { standardId: 'no-such', starStandardId: null } }, 'INVALID_INPUT', 'notice.standardId');
    const error = await refused(runtime, 'printSettings.set', { ...DEFAULTS, notice: { standardId: 'chongqing-2007', starStandardId: 'chongqing-2007' } }, 'INVALID_INPUT', 'notice.starStandardId');
    expect(error.message).toContain('没有星级');
  });

  it('falls back to the defaults when the stored value is damaged', () => {
    runtime.db.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('prints', '{bad', 'x')").run();
    expect(maskingRules(runtime.db)).toEqual(DEFAULTS.masking);
  });
});
