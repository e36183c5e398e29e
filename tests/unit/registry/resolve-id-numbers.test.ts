import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedIdLine } from '../../../shared/contract/registry';
import { dbFingerprint } from '../support/db-fingerprint';
import { failure, household, idOf, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

const ZHANG = idOf('1985-03-12', 111);
const WANG = idOf('1990-07-08', 222);
const ZHAO = idOf('1962-01-20', 335);
const NOBODY = idOf('1991-01-01', 777);

let s: Street;
const ids: Record<string, number> = {};
beforeAll(async () => {
  s = await street();
  const a = await household(s, '3211020010010001');
  ids.zhang = (await person(s, a.id, { name: '张伟', idNumber: ZHANG })).id;
  ids.wang = (await person(s, a.id, { name: '王芳', idNumber: WANG, relation: 'spouse' })).id;
  const zhao = await person(s, a.id, { name: '赵明', idNumber: ZHAO, relation: 'parent' });
  ids.zhao = zhao.id;
  value(await s.runtime.call('persons.archive', { id: zhao.id, version: zhao.version, date: '2024-01-15', reason: '户籍迁出' }));
});
afterAll(() => s.runtime.dispose());

async function resolve(idNumbers: string[]): Promise<ResolvedIdLine[]> {
  return value<ResolvedIdLine[]>(await s.runtime.call('persons.resolveIdNumbers', { idNumbers }));
}

describe('persons.resolveIdNumbers', () => {
  it('resolves each line to its person, masked, with the line number of the pasted text', async () => {
    const lines = await resolve([ZHANG, '', `  ${WANG.toLowerCase()}  `]);
    expect(lines).toEqual([
      { line: 1, text: ZHANG, idNumber: ZHANG, personId: ids.zhang, name: '张伟', maskedIdNumber: `${ZHANG.slice(0, 6)}********${ZHANG.slice(-4)}`, communityName: '金山社区', status: 'ok', reason: null },
      expect.objectContaining({ line: 3, idNumber: WANG, personId: ids.wang, name: '王芳', reason: null }),
    ]);
  });

  it('finds the number inside a line copied with a name or a sequence number, and converts 15 digits', async () => {
    const legacy = `${ZHANG.slice(0, 6)}${ZHANG.slice(8, 17)}`;
    const lines = await resolve([`1\t张伟\t${WANG}`, legacy]);
    expect(lines.map((l) => [l.line, l.personId, l.reason])).toEqual([
      [1, ids.wang, null],
      [2, ids.zhang, null],
    ]);
  });

  it('names the reason for every line that cannot be served', async () => {
    const badChecksum = `${WANG.slice(0, 17)}${WANG.endsWith('0') ? '1' : '0'}`;
    const lines = await resolve([ZHANG, 'abc', badChecksum, NOBODY, ZHAO, ZHANG]);
    expect(lines.map((l) => [l.line, l.personId, l.status, l.reason])).toEqual([
      [1, ids.zhang, 'ok', null],
      [2, null, 'invalid', expect.stringMatching(/^身份证号码应为 18 位/)],
      [3, null, 'invalid', expect.stringMatching(/^身份证号码校验位错误/)],
      [4, null, 'unknown', expect.stringMatching(/^街道内没有登记此身份证号码的人员/)],
      [5, ids.zhao, 'archived', expect.stringMatching(/^赵明已于/)],
      [6, ids.zhang, 'duplicate', '与第 1 行是同一人（张伟），此行不重复登记'],
    ]);
    expect(lines[4]?.reason).toBe('赵明已于 2024-01-15 迁出（户籍迁出），不能再登记服务');
  });

  it('reads only, and takes 1 to 2000 lines', async () => {
    const before = dbFingerprint(s.runtime);
    const many = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? ZHANG : NOBODY));
    const lines = await resolve(many);
    expect(lines).toHaveLength(2000);
    expect(lines.filter((l) => l.status === 'ok')).toHaveLength(1);
    expect(lines.filter((l) => l.status === 'duplicate')).toHaveLength(999);
    expect(dbFingerprint(s.runtime)).toBe(before);
    failure(await s.runtime.call('persons.resolveIdNumbers', { idNumbers: [] }), 'INVALID_INPUT');
    failure(await s.runtime.call('persons.resolveIdNumbers', { idNumbers: [...many, ZHANG] }), 'INVALID_INPUT');
  });
});
