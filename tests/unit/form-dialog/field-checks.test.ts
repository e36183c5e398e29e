import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { pinToday } from '../../../shared/clock';
import { fieldProblem, localErrors, valueOf } from '../../../renderer/components/form-dialog/field-checks';
import type { AnyField, Item } from '../../../renderer/components/form-dialog/field-spec';

beforeEach(() => pinToday('2026-11-20'));
afterEach(() => pinToday(null));

const text = (extra: Partial<AnyField> = {}): AnyField => ({ kind: 'text', name: 'clerk', label: '经办人', ...extra }) as AnyField;

describe('fieldProblem: the first problem of one field', () => {
  it('a required field left empty (blank text counts as empty) says what to fill in or choose', () => {
    expect(fieldProblem(text({ required: true }), { clerk: '   ' })).toBe('请填写经办人');
    expect(fieldProblem({ kind: 'select', name: 'reason', label: '登记原因', required: true, data: [] }, { reason: null })).toBe('请选择登记原因');
    expect(fieldProblem({ kind: 'segmented', name: 'valid', label: '是否有效', required: true, data: [] }, { valid: '' })).toBe('请选择是否有效');
    expect(fieldProblem({ kind: 'radio', name: 'result', label: '介绍结果', required: true, data: [] }, {})).toBe('请选择介绍结果');
    expect(fieldProblem({ kind: 'date', name: 'date', label: '服务日期', required: true }, { date: '' })).toBe('请填写服务日期（如 2024-01-15）');
    expect(fieldProblem({ kind: 'number', name: 'amount', label: '金额（元）', required: true }, { amount: '' })).toBe('请填写金额（元）');
  });

  it('uses the field’s own message for an empty required field, and its noun in the others', () => {
    expect(fieldProblem(text({ required: true, requiredMessage: '请填写回访内容，如“电话回访”' }), { clerk: '' })).toBe('请填写回访内容，如“电话回访”');
    const date: AnyField = { kind: 'date', name: 'effectiveFrom', label: '自何日起', noun: '起始日期', required: true };
    expect(fieldProblem(date, { effectiveFrom: '' })).toBe('请填写起始日期（如 2024-01-15）');
    expect(fieldProblem(date, { effectiveFrom: '2026-12-01' })).toBe('起始日期不能晚于今天（2026年11月20日）');
  });

  it('an optional field left empty has no problem, whatever its checks', () => {
    const check = () => '不该检查';
    expect(fieldProblem(text({ limit: 2, check }), { clerk: '' })).toBeNull();
    expect(fieldProblem({ kind: 'date', name: 'endDate', label: '结束日期', notBefore: { 开始日期: '2026-06-01' } }, { endDate: '' })).toBeNull();
  });

  it('refuses a text longer than its limit, counting without the spaces around it', () => {
    const field = text({ limit: 4 });
    expect(fieldProblem(field, { clerk: '  李红梅华  ' })).toBeNull();
    expect(fieldProblem(field, { clerk: '欧阳李红梅' })).toBe('经办人不能超过 4 个字');
    expect(fieldProblem({ kind: 'textarea', name: 'note', label: '备注', limit: 3 }, { note: '一二三四' })).toBe('备注不能超过 3 个字');
    expect(fieldProblem({ kind: 'autocomplete', name: 'reason', label: '注销原因', limit: 3, data: [] }, { reason: '一二三四' })).toBe('注销原因不能超过 3 个字');
  });

  it('checks a date’s bounds before the field’s own check', () => {
    const field: AnyField = { kind: 'date', name: 'resolvedOn', label: '办结日期', notBefore: { 投诉日期: '2026-10-01' }, check: () => '自己的检查' };
    expect(fieldProblem(field, { resolvedOn: '2026-09-30' })).toBe('办结日期不能早于投诉日期（2026年10月1日）');
    expect(fieldProblem(field, { resolvedOn: '2026-10-02' })).toBe('自己的检查');
  });

  it('hands the field’s own check the value and all values; nothing, false or null means fine', () => {
    const field: AnyField = {
      kind: 'date',
      name: 'pairedOn',
      label: '结对日期',
      check: (_day: never, values: never) => (values as { community: string | null }).community === null && '填写结对日期时须选择结对社区',
    };
    expect(fieldProblem(field, { pairedOn: '2026-01-01', community: null })).toBe('填写结对日期时须选择结对社区');
    expect(fieldProblem(field, { pairedOn: '2026-01-01', community: '3' })).toBeNull();
    expect(fieldProblem(text({ check: () => undefined }), { clerk: '李红' })).toBeNull();
  });

  it('a disabled field is never refused', () => {
    expect(fieldProblem(text({ required: true, disabled: true }), { clerk: '' })).toBeNull();
  });
});

describe('localErrors: every problem of a dialog by field name', () => {
  const items: Item[] = [
    createElement('p', null, '说明'),
    false,
    { kind: 'select', name: 'kind', label: '就业形式', required: true, data: [] },
    { row: [{ kind: 'date', name: 'startDate', label: '开始日期', required: true }, { kind: 'text', name: 'post', label: '岗位', limit: 2 }] },
    { custom: createElement('input'), names: ['idNumber'] },
  ];

  it('gathers the fields’ problems, rows included, skipping notes and the dialog’s own fields', () => {
    expect(localErrors(items, { kind: null, startDate: '2027-01-01', post: '保洁员', idNumber: '' })).toEqual({
      kind: '请选择就业形式',
      startDate: '开始日期不能晚于今天（2026年11月20日）',
      post: '岗位不能超过 2 个字',
    });
    expect(localErrors(items, { kind: 'employed', startDate: '2026-01-01', post: '' })).toEqual({});
  });

  it('adds the dialog’s own checks on fields without a problem of their own', () => {
    const check = () => ({ kind: '不会显示', idNumber: '身份证号码校验位不正确', post: false as const, startDate: null });
    expect(localErrors(items, { kind: null, startDate: '2026-01-01', post: '' }, check)).toEqual({
      kind: '请选择就业形式',
      idNumber: '身份证号码校验位不正确',
    });
  });
});

describe('valueOf', () => {
  it('reads a value by its field name', () => {
    expect(valueOf({ 'registrationReminderMonths.0': 10 }, 'registrationReminderMonths.0')).toBe(10);
    expect(valueOf({}, 'missing')).toBeUndefined();
  });
});
