import { describe, expect, it } from 'vitest';
import { idCheckChar, makeIdNumber, maskIdNumber, parseIdNumber } from '../../shared/domain/id-number';

const TODAY = '2026-11-23';

describe('ID number check character (ISO 7064 MOD 11-2)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['32110219850412121', idCheckChar('32110219850412121')],
  ])('%s → %s', (first17, check) => {
    expect(idCheckChar(first17)).toBe(check);
  });
});

describe('parseIdNumber', () => {
  it.each([
    // input, ok, idNumber, birthDate, gender, converted
    ['11010519491231002X', true, '11010519491231002X', '1949-12-31', 'F', false],
    ['11010519491231002x', true, '11010519491231002X', '1949-12-31', 'F', false],
    [` ${makeIdNumber('440524', '1980-01-01', 1)} `, true, makeIdNumber('440524', '1980-01-01', 1), '1980-01-01', 'M', false],
    ['110105491231002', true, '11010519491231002X', '1949-12-31', 'F', true],
    ['320106760312101', true, `32010619760312101${idCheckChar('32010619760312101')}`, '1976-03-12', 'M', true],
  ])('%s is valid', (input, _ok, id, birth, gender, converted) => {
    const r = parseIdNumber(input, TODAY);
    expect(r).toEqual({ ok: true, value: { idNumber: id, birthDate: birth, gender, converted } });
  });

  it.each([
    ['110105194912310021', '校验位'],
    ['11010519491231002', '18 位'],
    ['1101051949123100211', '18 位'],
    ['11010519491331002X', '出生日期'],
    ['11010519490229002X', '出生日期'],
    ['1101052030010100', '18 位'],
    [makeIdNumber('110105', '2027-01-01', 2), '晚于今天'],
    ['ABCDEFGHIJKLMNOPQR', '18 位'],
    ['', '18 位'],
  ])('%s is refused (%s)', (input, reason) => {
    const r = parseIdNumber(input, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('a 29 February birth is valid in a leap year', () => {
    expect(parseIdNumber(makeIdNumber('110105', '2000-02-29', 11), TODAY).ok).toBe(true);
  });

  it('gender comes from the 17th digit', () => {
    expect(parseIdNumber(makeIdNumber('110105', '1990-01-01', 13), TODAY)).toMatchObject({ ok: true, value: { gender: 'M' } });
    expect(parseIdNumber(makeIdNumber('110105', '1990-01-01', 14), TODAY)).toMatchObject({ ok: true, value: { gender: 'F' } });
  });
});

describe('maskIdNumber', () => {
  it('shows the first 6 and last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
