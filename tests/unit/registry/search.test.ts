import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonHit } from '../../../shared/contract/registry';
import { household, idOf, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
beforeAll(async () => {
  s = await street();
  const a = await household(s, '3211020010010001');
  const b = await household(s, '3211020010020001', s.yinhe);
  await person(s, a.id, { name: '张伟', idNumber: idOf('1985-03-12', 111), phone: '13912345678' });
  await person(s, a.id, { name: '张小伟', idNumber: idOf('2010-06-01', 333), relation: 'child' });
  await person(s, b.id, { name: '李伟', idNumber: idOf('1979-11-30', 555), phone: '0514-87654321' });
  await person(s, b.id, { name: '王芳', idNumber: idOf('1990-07-08', 222), relation: 'spouse' });
});
afterAll(() => s.runtime.dispose());

async function search(q: string): Promise<PersonHit[]> {
  return value<PersonHit[]>(await s.runtime.call('search.persons', { q, limit: 20 }));
}

describe('search.persons', () => {
  it('name prefix first, then names containing the text', async () => {
    expect((await search('张')).map((h) => h.name)).toEqual(['张伟', '张小伟']);
    expect((await search('伟')).map((h) => h.name).sort()).toEqual(['张伟', '张小伟', '李伟'].sort());
    expect((await search('张伟')).map((h) => h.name)).toEqual(['张伟']);
  });

  it('pinyin initials, any case, exact before prefix', async () => {
    expect((await search('zw')).map((h) => h.name)).toEqual(['张伟']);
    expect((await search('ZX')).map((h) => h.name)).toEqual(['张小伟']);
    expect((await search('z')).map((h) => h.name)).toEqual(['张伟', '张小伟']);
  });

  it('part of an ID number (4 digits or more), and part of a phone', async () => {
    const id = idOf('1979-11-30', 555);
    expect((await search(id.slice(-4))).map((h) => h.name)).toEqual(['李伟']);
    expect((await search(id.slice(6, 14))).map((h) => h.name)).toEqual(['李伟']);
    expect((await search('123')).length).toBe(0);
    expect((await search('12345678')).map((h) => h.name)).toEqual(['张伟']);
    expect((await search('87654321')).map((h) => h.name)).toEqual(['李伟']);
  });

  it('results carry masked ID numbers, household, community, age', async () => {
    const [hit] = await search('李伟');
    expect(hit).toMatchObject({ gender: 'M', householdNumber: '3211020010020001', communityName: '银河社区', archived: false });
    expect(hit?.maskedIdNumber).toBe(`321102********${idOf('1979-11-30', 555).slice(-4)}`);
    expect(hit?.age).toBeGreaterThanOrEqual(45);
    expect(JSON.stringify(await search('3211'))).not.toMatch(/\d{18}/);
  });
});
