import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinToday } from '../../../shared/clock';
import { dateProblem } from '../../../renderer/components/form-dialog/date-rules';

beforeEach(() => pinToday('2026-11-20'));
afterEach(() => pinToday(null));

describe('dateProblem: a dialog’s own check of a typed date', () => {
  it('accepts today and earlier days', () => {
    expect(dateProblem('2026-11-20', '登记日期', {})).toBeNull();
    expect(dateProblem('1990-01-01', '登记日期', {})).toBeNull();
  });

  it('refuses a day after today, naming today, unless the date is planned', () => {
    expect(dateProblem('2026-11-21', '登记日期', {})).toBe('登记日期不能晚于今天（2026年11月20日）');
    expect(dateProblem('2027-03-01', '计划完成日期', { future: true })).toBeNull();
  });

  it('names the first limit passed, in the order given', () => {
    const notBefore = { 认定日期: '2026-05-01', 上一份协议的终止日期: '2026-08-10' };
    expect(dateProblem('2026-04-30', '签订日期', { notBefore })).toBe('签订日期不能早于认定日期（2026年5月1日）');
    expect(dateProblem('2026-06-01', '签订日期', { notBefore })).toBe('签订日期不能早于上一份协议的终止日期（2026年8月10日）');
    expect(dateProblem('2026-08-10', '签订日期', { notBefore })).toBeNull();
  });

  it('checks the latest allowed day (迁出日期) after the earliest', () => {
    const rules = { notBefore: { 登记日期: '2026-01-05' }, notAfter: { 迁出日期: '2026-09-30' } };
    expect(dateProblem('2026-10-01', '注销日期', rules)).toBe('注销日期不能晚于迁出日期（2026年9月30日）');
    expect(dateProblem('2026-01-04', '注销日期', rules)).toBe('注销日期不能早于登记日期（2026年1月5日）');
    expect(dateProblem('2026-09-30', '注销日期', rules)).toBe(null);
  });

  it('skips a limit the record does not have', () => {
    const rules = { notBefore: { 开始日期: '', 认定日期: null, 第二次拒绝的日期: undefined }, notAfter: { 迁出日期: false as const } };
    expect(dateProblem('2000-01-01', '结束日期', rules)).toBeNull();
  });

  it('looks at today as pinned', () => {
    pinToday('2025-01-01');
    expect(dateProblem('2025-01-02', '回访日期', {})).toBe('回访日期不能晚于今天（2025年1月1日）');
  });
});
