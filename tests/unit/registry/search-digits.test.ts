/** Digits typed into the search: ID numbers and phones by prefix and by part, each column searched on its own. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonHit } from '../../../shared/contract/registry';
import { household, idOf, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
const ZHANG = idOf('1985-03-12', 111);
const LI = idOf('1979-11-30', 555);
beforeAll(async () => {
  s = await street();
  const a = await household(s, '3211020010010001');
  const b = await household(s, '3211020010020001', s.yinhe);
  await person(s, a.id, { name: '张伟', idNumber: ZHANG, phone: '13912345678' });
  await person(s, b.id, { name: '李伟', idNumber: LI, phone: '0514-87654321' });
});
afterAll(() => s.runtime.dispose());

const names = async (q: string): Promise<string[]> =>
  value<PersonHit[]>(await s.runtime.call('search.persons', { q, limit: 20 })).map((h) => h.name);

describe('search.persons with digits', () => {
  it('finds a phone by its first digits, a mobile or a landline with its area code', async () => {
    expect(await names('1391234')).toEqual(['张伟']);
    expect(await names('0514')).toEqual(['李伟']);
  });

  it('finds a phone by its last digits and an ID number by a part inside it', async () => {
    expect(await names('5678')).toEqual(['张伟']);
    expect(await names(LI.slice(6, 14))).toEqual(['李伟']);
    expect(await names(LI.slice(-6))).toEqual(['李伟']);
  });

  it('finds a whole ID number exactly, typed in either case', async () => {
    expect(await names(ZHANG)).toEqual(['张伟']);
    expect(await names(LI.toLowerCase())).toEqual(['李伟']);
  });

  it('finds nothing for digits that are in no number, and needs four digits', async () => {
    expect(await names('99999999')).toEqual([]);
    expect(await names('139')).toEqual([]);
  });
});
