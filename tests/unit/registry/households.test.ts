import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseholdDetail, HouseholdPage } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { addDays } from '../../../shared/domain/dates';
import { dbFingerprint } from '../support/db-fingerprint';
import { auditRows, failure, household, idOf, paths, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
beforeEach(async () => {
  s = await street();
});
afterEach(() => s.runtime.dispose());

describe('households', () => {
  it('create stores undated flags; a duplicate number is a CONFLICT on number', async () => {
    const h = await household(s, '3211020010010001');
    expect(h.flags).toEqual({ dibao: false, urban: true, businessIncome: false });
    expect(h.flagHistory.every((f) => f.effectiveFrom === null)).toBe(true);
    const before = dbFingerprint(s.runtime);
    const again = await s.runtime.call('households.create', { communityId: s.yinhe, number: h.number, address: null, urban: false, dibao: true, businessIncome: false });
    const error = failure(again, 'CONFLICT');
    expect(paths(error)).toEqual(['number']);
    expect(error.message).toContain('金山社区');
    expect(dbFingerprint(s.runtime)).toBe(before);
  });

  it('a dated flag shows the old value before its date and the new one from it', async () => {
    const h = await household(s, '3211020010010001');
    const set = await s.runtime.call('households.setFlag', { id: h.id, version: h.version, flag: 'dibao', value: true, effectiveFrom: '2024-03-01' });
    expect(value<HouseholdDetail>(set)).toMatchObject({ version: h.version + 1, flags: { dibao: true } });
    const on = async (asOf: string) => value<HouseholdDetail>(await s.runtime.call('households.get', { id: h.id, asOf })).flags.dibao;
    expect(await on('2024-02-29')).toBe(false);
    expect(await on('2024-03-01')).toBe(true);
    const detail = value<HouseholdDetail>(await s.runtime.call('households.get', { id: h.id }));
    expect(detail.flagHistory.filter((f) => f.flag === 'dibao')).toEqual([
      { flag: 'dibao', value: false, effectiveFrom: null },
      { flag: 'dibao', value: true, effectiveFrom: '2024-03-01' },
    ]);
    expect(auditRows(s, 'household', h.number).at(-1)).toMatchObject({ before: { flag: 'dibao', value: false }, after: { value: true } });
  });

  it('a flag cannot take effect in the future, and a stale version is a conflict', async () => {
    const h = await household(s, '3211020010010001');
    const future = await s.runtime.call('households.setFlag', { id: h.id, version: h.version, flag: 'urban', value: false, effectiveFrom: addDays(todayIso(), 1) });
    expect(paths(failure(future, 'INVALID_INPUT'))).toEqual(['effectiveFrom']);
    await s.runtime.call('households.update', { id: h.id, version: h.version, fields: { address: '新地址', communityId: s.yinhe } });
    const stale = await s.runtime.call('households.setFlag', { id: h.id, version: h.version, flag: 'urban', value: false, effectiveFrom: '2024-01-01' });
    expect(failure(stale, 'CONFLICT').message).toContain('请刷新');
    const now = value<HouseholdDetail>(await s.runtime.call('households.get', { id: h.id }));
    expect(now).toMatchObject({ address: '新地址', communityName: '银河社区', flags: { urban: true } });
  });

  it('lists a community page by page in number order, with head, member count and masked member ids', async () => {
    const created = new Map<number, HouseholdDetail>();
    for (const n of [7, 3, 5, 1, 6, 2, 4]) created.set(n, await household(s, `32110200100100${String(n).padStart(2, '0')}`));
    await household(s, '3211020010020001', s.yinhe);
    const first = created.get(1);
    if (!first) throw new Error('household 1 not created');
    await person(s, first.id);
    await person(s, first.id, { idNumber: idOf('2012-09-09', 332), name: '张小红', relation: 'child' });

    const page = value<HouseholdPage>(await s.runtime.call('households.list', { communityId: s.jinshan, offset: 2, limit: 3 }));
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.number.slice(-2))).toEqual(['03', '04', '05']);
    const one = value<HouseholdPage>(await s.runtime.call('households.list', { communityId: s.jinshan, offset: 0, limit: 1 }));
    expect(one.rows[0]).toMatchObject({ memberCount: 2, headName: '张伟', flags: { urban: true, dibao: false } });
    const byHead = value<HouseholdPage>(await s.runtime.call('households.list', { communityId: s.jinshan, offset: 0, limit: 10, query: '张' }));
    expect(byHead).toMatchObject({ total: 1, rows: [{ id: first.id }] });
    const byNumber = value<HouseholdPage>(await s.runtime.call('households.list', { communityId: s.jinshan, offset: 0, limit: 10, query: '32110200100100' }));
    expect(byNumber.total).toBe(7);

    const members = value<HouseholdDetail>(await s.runtime.call('households.get', { id: first.id })).members;
    expect(members.map((m) => m.relation)).toEqual(['head', 'child']);
    expect(members[0]?.maskedIdNumber).toBe(`321102********${idOf('1985-03-12', 111).slice(-4)}`);
    expect(JSON.stringify(members)).not.toContain(idOf('1985-03-12', 111));
  });

  it('refuses a page over 500 and an unknown community', async () => {
    const big = await s.runtime.call('households.list', { communityId: s.jinshan, offset: 0, limit: 501 });
    expect(paths(failure(big, 'INVALID_INPUT'))).toEqual(['limit']);
    failure(await s.runtime.call('households.list', { communityId: 999, offset: 0, limit: 10 }), 'NOT_FOUND');
  });
});
