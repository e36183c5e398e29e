import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonHit } from '../../../shared/contract/registry';
import { initialsFor, pinyinPrefixMatch } from '../../../shared/domain/pinyin-match';
import { household, idOf, person, street, value } from '../registry/registry-fixture';
import type { Street } from '../registry/registry-fixture';

describe('pinyinPrefixMatch: the typed pinyin stands for the start of the name', () => {
  it('full, initials and mixed, each character by its syllable or a start of it', () => {
    expect(pinyinPrefixMatch('张伟', 'zhang')).toBe(1);
    expect(pinyinPrefixMatch('张伟', 'zhangwei')).toBe(2);
    expect(pinyinPrefixMatch('张伟', 'zhangw')).toBe(2);
    expect(pinyinPrefixMatch('张伟', 'zw')).toBe(2);
    expect(pinyinPrefixMatch('张伟', 'zhw')).toBe(2);
    expect(pinyinPrefixMatch('梁启志', 'liangqizhi')).toBe(3);
    expect(pinyinPrefixMatch('欧阳晓梅', 'ouyangxm')).toBe(4);
  });

  it('anchored at the first character, the typed text used up', () => {
    expect(pinyinPrefixMatch('张伟', 'wei')).toBe(0);
    expect(pinyinPrefixMatch('张伟', 'zhangweii')).toBe(0);
    expect(pinyinPrefixMatch('张伟', 'zhangx')).toBe(0);
    expect(pinyinPrefixMatch('张伟', '')).toBe(0);
  });

  it("any reading of a polyphone; ü typed as v", () => {
    expect(pinyinPrefixMatch('单伟', 'shan')).toBe(1);
    expect(pinyinPrefixMatch('单伟', 'dan')).toBe(1);
    expect(pinyinPrefixMatch('曾伟', 'zeng')).toBe(1);
    expect(pinyinPrefixMatch('吕伟', 'lv')).toBe(1);
  });
});

describe('initialsFor: which stored initials the typed pinyin can stand for', () => {
  it('a syllable covers every name starting with its letter; a long name narrows to its initials', () => {
    expect(initialsFor('zhang')).toEqual(['z']);
    expect(initialsFor('liangqizhi')[0]).toBe('lqz');
    expect(initialsFor('zhangw')[0]).toBe('zw');
    expect(initialsFor('zw')).toEqual(['zw']);
  });

  it('nothing for text that is not pinyin, and never more than asked', () => {
    expect(initialsFor('i')).toEqual([]);
    expect(initialsFor('zhang1')).toEqual([]);
    expect(initialsFor('x'.repeat(41))).toEqual([]);
    expect(initialsFor('ouyangxiaomei', 5).length).toBeLessThanOrEqual(5);
  });
});

describe('search.persons by full and mixed pinyin', () => {
  let s: Street;
  beforeAll(async () => {
    s = await street();
    const a = await household(s, '3211020010010001');
    const b = await household(s, '3211020010020001', s.yinhe);
    await person(s, a.id, { name: '张伟', idNumber: idOf('1985-03-12', 111) });
    await person(s, a.id, { name: '张小伟', idNumber: idOf('2010-06-01', 333), relation: 'child' });
    await person(s, b.id, { name: '梁启志', idNumber: idOf('1979-11-30', 555) });
    await person(s, b.id, { name: '王芳', idNumber: idOf('1990-07-08', 222), relation: 'spouse' });
  });
  afterAll(() => s.runtime.dispose());

  const search = async (q: string): Promise<PersonHit[]> => value<PersonHit[]>(await s.runtime.call('search.persons', { q, limit: 20 }));
  const names = async (q: string) => (await search(q)).map((h) => h.name);

  it('full pinyin of the surname or the whole name, any case', async () => {
    expect(await names('zhang')).toEqual(['张伟', '张小伟']);
    expect(await names('liangqizhi')).toEqual(['梁启志']);
    expect(await names('LiangQiZhi')).toEqual(['梁启志']);
    expect(await names('zhangwei')).toEqual(['张伟']);
  });

  it('mixed: a full syllable then initials', async () => {
    expect(await names('zhangw')).toEqual(['张伟']);
    expect(await names('zhangx')).toEqual(['张小伟']);
    expect(await names('wangf')).toEqual(['王芳']);
  });

  it('initials as before; nobody for pinyin that is nobody', async () => {
    expect(await names('zw')).toEqual(['张伟']);
    expect(await names('zhao')).toEqual([]);
    expect(await names('wei')).toEqual([]);
  });

  it('a partial-ID hit says where the digits stand; the number stays masked', async () => {
    const id = idOf('1979-11-30', 555);
    const [tail] = await search(id.slice(-4));
    expect(tail?.idMatch).toEqual({ start: 14, length: 4 });
    expect(tail?.maskedIdNumber.slice(14)).toBe(id.slice(-4));
    const [inside] = await search(id.slice(6, 14));
    expect(inside?.idMatch).toEqual({ start: 6, length: 8 });
    expect(JSON.stringify(inside)).not.toContain(id.slice(6, 14));
    const [byName] = await search('梁启志');
    expect(byName?.idMatch ?? null).toBeNull();
  });
});
