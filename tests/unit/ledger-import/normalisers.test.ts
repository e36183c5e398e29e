import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { normaliseDate } from '../../../shared/domain/ledger-import/normalise-date';
import { normaliseIdNumber } from '../../../shared/domain/ledger-import/normalise-id';
import { normaliseEducation, normaliseGender, normaliseRelation, normaliseYesNo } from '../../../shared/domain/ledger-import/normalise-words';
import { registrationReason } from '../../../shared/domain/ledger-import/check-row';

const TODAY = '2026-11-20';
const ID = makeIdNumber('321102', '1985-04-12', 121); // 32110219850412121x

describe('身份证 normalised', () => {
  const spaced = `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`;
  const fullWidth = ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const withX = '11010519491231002X';
  it.each([
    ['plain', ID, ID, null],
    ['spaces', spaced, ID, null],
    ['full-width digits', fullWidth, ID, null],
    ['apostrophe prefix', `'${ID}`, ID, null],
  ])('%s', (_label, input, expected, converted) => {
    const out = normaliseIdNumber(input, TODAY);
    expect(out).toMatchObject({ ok: true, idNumber: expected, convertedFrom: converted });
  });
  it('lower-case x', () => {
    expect(normaliseIdNumber(withX.toLowerCase(), TODAY)).toMatchObject({ ok: true, idNumber: withX });
  });
  it('15-digit legacy number converted and shown as converted', () => {
    const out = normaliseIdNumber('321102850412121', TODAY);
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.idNumber).toHaveLength(18);
      expect(out.idNumber.startsWith('32110219850412121')).toBe(true);
      expect(out.convertedFrom).toBe('321102850412121');
      expect(out.birthDate).toBe('1985-04-12');
    }
  });
  it('an 18-digit number stored in a numeric cell: its last digits are lost, said so', () => {
    const out = normaliseIdNumber(321102198504121200, TODAY);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toContain('后几位已丢失');
  });
  it('a 15-digit number in a numeric cell is still whole', () => {
    expect(normaliseIdNumber(321102850412121, TODAY)).toMatchObject({ ok: true, convertedFrom: '321102850412121' });
  });
  it('scientific notation text', () => {
    const out = normaliseIdNumber('3.21102E+17', TODAY);
    expect(out.ok).toBe(false);
  });
  it.each([
    ['bad checksum', `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`, '校验位'],
    ['too short', '32110219850412', '18 位'],
    ['empty', '', '为空'],
    ['future birth', makeIdNumber('321102', '2027-01-01', 1), '晚于今天'],
  ])('rejects %s', (_label, input, reason) => {
    const out = normaliseIdNumber(input, TODAY);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toContain(reason);
  });
});

describe('dates normalised', () => {
  it.each([
    [45356, '2024-03-05', 'day'],
    ['2024-3-5', '2024-03-05', 'day'],
    ['2024/3/5', '2024-03-05', 'day'],
    ['2024.03.05', '2024-03-05', 'day'],
    ['2024年3月5日', '2024-03-05', 'day'],
    ['２０２４年３月５日', '2024-03-05', 'day'],
    ['20240305', '2024-03-05', 'day'],
    [20240305, '2024-03-05', 'day'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05', 'day'],
    ['2024.03', '2024-03-01', 'month'],
    ['2024-03', '2024-03-01', 'month'],
    ['202403', '2024-03-01', 'month'],
    [202403, '2024-03-01', 'month'],
    ['2024年3月', '2024-03-01', 'month'],
  ])('%s → %s (%s)', (input, date, precision) => {
    expect(normaliseDate(input)).toEqual({ ok: true, date, precision });
  });
  it.each([['2024-02-30'], ['2024-13-01'], ['2024年13月'], ['明年'], ['202413'], [true]])('rejects %s', (input) => {
    expect(normaliseDate(input).ok).toBe(false);
  });
  it('empty is not given', () => {
    expect(normaliseDate(null)).toEqual({ ok: true, date: null, precision: null });
    expect(normaliseDate('  ')).toEqual({ ok: true, date: null, precision: null });
  });
});

describe('words normalised', () => {
  it.each([
    ['是', true], ['有', true], ['√', true], ['Y', true], [1, true], [true, true],
    ['否', false], ['无', false], ['×', false], [0, false], [false, false],
    [null, null], ['', null],
  ] as const)('是否 %s → %s', (input, value) => {
    expect(normaliseYesNo(input)).toEqual({ ok: true, value });
  });
  it('是否 with an unknown word is an error naming the word', () => {
    const out = normaliseYesNo('可能');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toContain('可能');
  });
  it.each([['男', 'M'], ['女性', 'F'], [' 男 ', 'M'], ['F', 'F']] as const)('性别 %s → %s', (input, value) => {
    expect(normaliseGender(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['小学', 'primary'], ['初中', 'junior'], ['高中', 'senior'], ['职高', 'secondary_vocational'], ['中专', 'secondary_vocational'],
    ['大专', 'college'], ['专科', 'college'], ['大学本科', 'bachelor'], ['本科', 'bachelor'], ['硕士', 'postgraduate'], ['研究生', 'postgraduate'],
  ] as const)('文化程度 %s → %s', (input, value) => {
    expect(normaliseEducation(input)).toEqual({ ok: true, value });
  });
  it('文化程度 unknown is an error', () => {
    expect(normaliseEducation('幼儿园').ok).toBe(false);
  });
  it.each([['户主', 'head'], ['妻子', 'spouse'], ['长子', 'child'], ['母亲', 'parent'], ['孙女', 'other']] as const)('与户主关系 %s → %s', (input, value) => {
    expect(normaliseRelation(input)).toEqual({ ok: true, value });
  });
  it.each([['下岗', 'laid_off'], ['合同到期', 'unemployed'], ['高校毕业生', 'graduate'], ['退役', 'veteran'], ['返乡', 'returnee'], ['其他', 'other']] as const)('失业原因 %s → %s', (input, value) => {
    expect(registrationReason(input)).toBe(value);
  });
});
