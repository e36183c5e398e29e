import { describe, expect, it } from 'vitest';
import { repeatedKeys, textHash } from '../../shared/domain/workbook/cross-check';

const key = (text: string) => text;

describe('repeatedKeys (the unique-key check by sorted hashes)', () => {
  it('names each record whose key came before, with the first record of that key, in list order', () => {
    const keys = ['a', 'b', 'a', 'c', 'b', 'a'];
    expect(repeatedKeys(keys, key)).toEqual([
      [2, 0],
      [4, 1],
      [5, 0],
    ]);
  });

  it('finds nothing in distinct keys, and nothing in an empty sheet', () => {
    expect(repeatedKeys(['x', 'y', 'z'], key)).toEqual([]);
    expect(repeatedKeys([], key)).toEqual([]);
  });

  it('keeps apart two different keys whose hashes are equal, and still finds each one repeated', () => {
    // Found by search: two service keys with the same 32-bit FNV-1a hash.
    const one = '110101199001011234|2025-03-07|介绍54718';
    const other = '110101199001011234|2025-03-10|介绍108369';
    expect(one).not.toBe(other);
    expect(textHash(one)).toBe(textHash(other));
    expect(repeatedKeys([one, other], key)).toEqual([]);
    expect(repeatedKeys([one, other, other, 'z', one], key)).toEqual([
      [2, 1],
      [4, 0],
    ]);
  });

  it('names every repeat of a key repeated 50,000 times against its first record', () => {
    const records = Array.from({ length: 50_000 }, (_v, i) => i);
    const repeats = repeatedKeys(records, () => 'same');
    expect(repeats).toHaveLength(49_999);
    expect(repeats[0]).toEqual([1, 0]);
    expect(repeats[49_998]).toEqual([49_999, 0]);
  });

  it('a list longer than a worksheet can be (a package) is checked all the same', () => {
    const count = 2 ** 21 + 3;
    const keys = Array.from({ length: count }, (_v, i) => (i === count - 1 ? 'k5' : `k${i}`));
    expect(repeatedKeys(keys, key)).toEqual([[count - 1, 5]]);
  });
});
