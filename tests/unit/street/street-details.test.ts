/** 街道信息 (issue [prints] item 7): read, saved audited with a version check, bad input refused with nothing written. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreetDetails } from '../../../shared/contract/street';
import { printHeaderData } from '../../../electron/services/street/print-header';
import { auditCount, historyRuntime, ok, refused, addCommunity } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await historyRuntime();
});
afterEach(() => runtime.dispose());

const DETAILS = {
  name: '解放路街道办事处',
  complaintPhone: '0511-85012345',
  complaintMailbox: '街道办事处一楼大厅举报箱',
  preparer: '李明',
  address: '解放路 88 号',
};

describe('street.details / street.saveDetails', () => {
  it('reads the street set up at first start, the new fields empty', async () => {
    const details = await ok<StreetDetails>(runtime, 'street.details', {});
    expect(details).toMatchObject({ code: '321102001', name: '解放路街道', complaintPhone: null, complaintMailbox: null, preparer: null, address: null });
  });

  it('saves name, phone, mailbox, preparer and address, audited, and never the code', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    const audits = auditCount(runtime, 'street');
    const saved = await ok<StreetDetails>(runtime, 'street.saveDetails', { version: before.version, ...DETAILS });
    expect(saved).toEqual({ code: '321102001', ...DETAILS, version: before.version + 1 });
    expect(await ok<StreetDetails>(runtime, 'street.details', {})).toEqual(saved);
    expect(auditCount(runtime, 'street')).toBe(audits + 1);
    const audit = runtime.db.sqlite.prepare("SELECT before, after FROM audit_events WHERE entity = 'street' ORDER BY id DESC LIMIT 1").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ name: '解放路街道', preparer: null });
    expect(JSON.parse(audit.after)).toMatchObject({ name: '解放路街道办事处', preparer: '李明' });
  });

  it('refuses a code in the input (it is not editable here)', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    await refused(runtime, 'street.saveDetails', { version: before.version, ...DETAILS, code: '321102002' }, 'INVALID_INPUT');
  });

  it('clears blank fields to empty', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    const first = await ok<StreetDetails>(runtime, 'street.saveDetails', { version: before.version, ...DETAILS });
    const cleared = await ok<StreetDetails>(runtime, 'street.saveDetails', { version: first.version, ...DETAILS, complaintMailbox: '  ', preparer: '', address: null });
    expect(cleared).toMatchObject({ complaintMailbox: null, preparer: null, address: null, complaintPhone: '0511-85012345' });
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    await ok(runtime, 'street.saveDetails', { version: before.version, ...DETAILS });
    const error = await refused(runtime, 'street.saveDetails', { version: before.version, ...DETAILS, preparer: '王芳' }, 'CONFLICT');
    expect(error.message).toContain('已被他人修改');
  });

  it.each([
    ['name', { name: '  ' }, '街道（乡镇）名称不能为空'],
    ['name', { name: '街'.repeat(41) }, '不能超过 40 个字'],
    ['complaintPhone', { complaintPhone: '请拨打热线' }, '举报电话只能由数字'],
    ['complaintPhone', { complaintPhone: '12' }, '至少 3 位数字'],
    ['complaintMailbox', { complaintMailbox: '箱'.repeat(101) }, '举报信箱不能超过 100 个字'],
    ['preparer', { preparer: '名'.repeat(21) }, '制表人不能超过 20 个字'],
    ['address', { address: '址'.repeat(101) }, '办公地址不能超过 100 个字'],
  ])('refuses a bad %s with a Chinese message naming it, nothing written', async (path, change, message) => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    const error = await refused(runtime, 'street.saveDetails', { version: before.version, ...DETAILS, ...change }, 'INVALID_INPUT', path);
    expect(error.message).toContain(message);
  });

  it('accepts the usual forms of a complaint phone', async () => {
    let version = (await ok<StreetDetails>(runtime, 'street.details', {})).version;
    for (const phone of ['12345', '0511-85012345', '(0511) 8501 2345', '0511-85012345转8001', '12345、0511-85012345']) {
      const saved = await ok<StreetDetails>(runtime, 'street.saveDetails', { version, ...DETAILS, complaintPhone: phone });
      expect(saved.complaintPhone).toBe(phone);
      version = saved.version;
    }
  });

  it('is changed by the first-start setup and the workbook’s street sheet too (the version moves on)', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    await ok(runtime, 'system.setupStreet', { name: '解放路街道', code: '321102001', complaintPhone: '12345' });
    const after = await ok<StreetDetails>(runtime, 'street.details', {});
    expect(after.version).toBe(before.version + 1);
    expect(after.complaintPhone).toBe('12345');
  });
});

describe('printHeaderData', () => {
  it('names the street, the community, the preparer and the complaint channels', async () => {
    const before = await ok<StreetDetails>(runtime, 'street.details', {});
    await ok(runtime, 'street.saveDetails', { version: before.version, ...DETAILS });
    const communityId = addCommunity(runtime, '金山社区');
    expect(printHeaderData(runtime.db, communityId)).toEqual({
      streetCode: '321102001',
      streetName: '解放路街道办事处',
      community: { id: communityId, code: expect.stringMatching(/^321102001\d{3}$/), name: '金山社区' },
      preparer: '李明',
      complaintPhone: '0511-85012345',
      complaintMailbox: '街道办事处一楼大厅举报箱',
      address: '解放路 88 号',
    });
    expect(printHeaderData(runtime.db, null).community).toBeNull();
    expect(() => printHeaderData(runtime.db, 99999)).toThrow('找不到该社区');
  });
});
