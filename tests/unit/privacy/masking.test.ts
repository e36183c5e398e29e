import { describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { DEFAULT_MASKING, MASK_LIMITS, maskerFor, maskIdNumberWith, maskPhoneWith } from '../../../shared/domain/privacy/masking';

const ID18 = '11010519491231002X';
const ID15 = '110105491231002';

describe('maskIdNumberWith', () => {
  it('shows the first 6 and the last 4 of an 18-character number by default', () => {
    expect(maskIdNumberWith('320102198501011234')).toBe('320102********1234');
    expect(maskIdNumberWith(ID18)).toBe('110105********002X');
  });

  it('keeps an X check character, upper-cased, among the last 4', () => {
    expect(maskIdNumberWith('11010519491231002x')).toBe('110105********002X');
  });

  it('masks a legacy 15-digit number without its birth date: the last 3 (the sequence) at most', () => {
    expect(maskIdNumberWith(ID15)).toBe('110105******002');
    expect(maskIdNumberWith(ID15)).toHaveLength(15);
    expect(maskIdNumberWith(ID15, { keepStart: 6, keepEnd: 2 })).toBe('110105*******02');
  });

  it('never shows the birth date: 6 and 4 is the most a rule can keep', () => {
    expect(maskIdNumberWith(ID18, { keepStart: 10, keepEnd: 8 })).toBe('110105********002X');
    expect(MASK_LIMITS.idNumber).toEqual({ keepStart: 6, keepEnd: 4 });
  });

  it('follows a stricter rule, down to hiding everything', () => {
    expect(maskIdNumberWith(ID18, { keepStart: 3, keepEnd: 2 })).toBe('110*************2X');
    expect(maskIdNumberWith(ID18, { keepStart: 0, keepEnd: 0 })).toBe('*'.repeat(18));
    expect(maskIdNumberWith(ID18, { keepStart: 0, keepEnd: 4 })).toBe(`${'*'.repeat(14)}002X`);
  });

  it('treats a negative or fractional rule as 0', () => {
    expect(maskIdNumberWith(ID18, { keepStart: -1, keepEnd: 1.5 })).toBe('*'.repeat(18));
  });

  it('hides every character of an odd value (short, long, letters, X in the middle)', () => {
    expect(maskIdNumberWith('1234567890')).toBe('**********');
    expect(maskIdNumberWith('12345')).toBe('*****');
    expect(maskIdNumberWith('1')).toBe('*');
    expect(maskIdNumberWith('3201021985010112345')).toBe('*'.repeat(19));
    expect(maskIdNumberWith('32010219850101123')).toBe('*'.repeat(17));
    expect(maskIdNumberWith('3201X2198501011234')).toBe('*'.repeat(18));
    expect(maskIdNumberWith('身份证号')).toBe('****');
  });

  it('gives the empty string for nothing, and trims', () => {
    expect(maskIdNumberWith(null)).toBe('');
    expect(maskIdNumberWith(undefined)).toBe('');
    expect(maskIdNumberWith('   ')).toBe('');
    expect(maskIdNumberWith(` ${ID18} `)).toBe('110105********002X');
  });

  it('is the rule behind the lists’ maskIdNumber', () => {
    expect(maskIdNumber(ID18)).toBe(maskIdNumberWith(ID18, DEFAULT_MASKING.idNumber));
    expect(maskIdNumber('12345')).toBe('*****');
  });
});

describe('maskPhoneWith', () => {
  it('shows the first 3 and last 4 digits of a mobile number by default', () => {
    expect(maskPhoneWith('13812345678')).toBe('138****5678');
  });

  it('keeps the separators of a landline', () => {
    expect(maskPhoneWith('0511-85012345')).toBe('051*-****2345');
    expect(maskPhoneWith('(0511) 8501 2345')).toBe('(051*) **** 2345');
  });

  it('keeps at least 4 digits hidden in a short number: the start gives way first, then the end', () => {
    expect(maskPhoneWith('85012345')).toBe('****2345');
    expect(maskPhoneWith('1234567')).toBe('****567');
    expect(maskPhoneWith('123456')).toBe('****56');
    expect(maskPhoneWith('12345')).toBe('****5');
    expect(maskPhoneWith('1234')).toBe('****');
    expect(maskPhoneWith('12')).toBe('**');
    expect(maskPhoneWith('123456789')).toBe('1****6789');
  });

  it('follows the rule and its limits', () => {
    expect(maskPhoneWith('13812345678', { keepStart: 0, keepEnd: 4 })).toBe('*******5678');
    expect(maskPhoneWith('13812345678', { keepStart: 0, keepEnd: 0 })).toBe('***********');
    expect(maskPhoneWith('13812345678', { keepStart: 11, keepEnd: 11 })).toBe('138****5678');
  });

  it('hides letters and other characters, keeps the empty value empty', () => {
    expect(maskPhoneWith('138x2345678')).toBe('13*****5678');
    expect(maskPhoneWith('0511-85012345 转 678')).toBe('051*-*******5 * 678');
    expect(maskPhoneWith(null)).toBe('');
    expect(maskPhoneWith('')).toBe('');
  });
});

describe('maskerFor', () => {
  it('applies one set of rules to both kinds', () => {
    const m = maskerFor({ idNumber: { keepStart: 6, keepEnd: 0 }, phone: { keepStart: 0, keepEnd: 2 } });
    expect(m.idNumber(ID18)).toBe(`110105${'*'.repeat(12)}`);
    expect(m.phone('13812345678')).toBe('*********78');
  });
});
