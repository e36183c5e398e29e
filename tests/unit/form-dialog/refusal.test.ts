// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/result';
import { refusalOf, refusedOn } from '../../../renderer/components/form-dialog/refusal';
import { ApiCallError } from '../../../renderer/lib/api';

const refused = (error: ApiError) => new ApiCallError(error);
const onFields = (message: string, ...fields: [string, string][]) =>
  refused({ code: 'INVALID_INPUT', message, details: { fields: fields.map(([path, m]) => ({ path, message: m })) } });

describe('refusalOf: where a refused save is shown', () => {
  it('puts each problem on the field it names, and nothing more when every one is shown', () => {
    const error = onFields('输入有误', ['startDate', '与已有就业（2024年1月1日起）重叠'], ['post', '岗位不能超过 30 个字']);
    expect(refusalOf(error, ['kind', 'startDate', 'post'])).toEqual({
      errors: { startDate: '与已有就业（2024年1月1日起）重叠', post: '岗位不能超过 30 个字' },
      failure: null,
    });
  });

  it('keeps the first problem of a field', () => {
    const error = onFields('输入有误', ['clerk', '请填写经办人'], ['clerk', '经办人不能超过 20 个字']);
    expect(refusalOf(error, ['clerk']).errors).toEqual({ clerk: '请填写经办人' });
  });

  it('a problem on a field the dialog does not show is told once above the buttons, with the others on their fields', () => {
    const error = onFields('该人员已迁出', ['subject.personId', '该人员已迁出'], ['date', '服务日期不能晚于迁出日期']);
    expect(refusalOf(error, ['date', 'clerk'])).toEqual({
      errors: { date: '服务日期不能晚于迁出日期' },
      failure: { message: '该人员已迁出', stale: false, existingPersonId: null },
    });
  });

  it('maps the service’s paths onto the form’s fields: a prefix stripped, a path renamed', () => {
    const update = onFields('输入有误', ['fields.code', '社区代码已被使用']);
    expect(refusalOf(update, ['code'], { errorPrefix: 'fields.' }).errors).toEqual({ code: '社区代码已被使用' });
    const spell = onFields('输入有误', ['employerId', '没有这个用工单位']);
    expect(refusalOf(spell, ['employerName'], { fieldOf: (p) => (p === 'employerId' ? 'employerName' : p) }).errors).toEqual({ employerName: '没有这个用工单位' });
  });

  it('someone else’s save first is a stale failure (刷新), on no field', () => {
    const error = refused({ code: 'CONFLICT', message: '该记录已被他人修改，请刷新后重试' });
    expect(refusalOf(error, ['name'])).toEqual({ errors: {}, failure: { message: '该记录已被他人修改，请刷新后重试', stale: true, existingPersonId: null } });
  });

  it('a duplicate ID number on its field still links the person already registered', () => {
    const error = refused({
      code: 'CONFLICT',
      message: '该身份证号码已登记',
      details: { existingPersonId: 42, fields: [{ path: 'idNumber', message: '该身份证号码已登记（张伟）' }] },
    });
    expect(refusalOf(error, ['idNumber'])).toEqual({
      errors: { idNumber: '该身份证号码已登记（张伟）' },
      failure: { message: null, stale: false, existingPersonId: 42 },
    });
  });

  it('anything else (a lost connection) is told as it is', () => {
    expect(refusalOf(new Error('无法连接工作台服务'), ['date'])).toEqual({
      errors: {},
      failure: { message: '无法连接工作台服务', stale: false, existingPersonId: null },
    });
  });
});

describe('refusedOn: a refusal the dialog finds itself while saving', () => {
  it('shows under the field it names', () => {
    const error = refusedOn('number', '所选社区中没有户编号为“0099”的户');
    expect(error).toBeInstanceOf(ApiCallError);
    expect(refusalOf(error, ['communityId', 'number'])).toEqual({ errors: { number: '所选社区中没有户编号为“0099”的户' }, failure: null });
  });
});
