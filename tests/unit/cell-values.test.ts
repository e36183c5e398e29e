import { describe, expect, it } from 'vitest';
import { cellText, isoFromExcelSerial, parseChoice, parseDate, parseYesNo } from '../../shared/domain/workbook/cell-values';

describe('dates in cells', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024/3/15', '2024-03-15'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月15日', '2024-03-15'],
    ['20240315', '2024-03-15'],
    [45366, '2024-03-15'],
    [new Date(Date.UTC(2024, 2, 15)), '2024-03-15'],
    [null, null],
    ['  ', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['2024-02-30', '2023-02-29', '15/03/2024', '明天', 'N/A', '2024-13-01', -5, true])('%s is refused', (input) => {
    expect(parseDate(input).ok).toBe(false);
  });

  it('an Excel date is its UTC day, whatever its time of day, before 1970 too', () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 15, 23, 59, 59, 999)))).toEqual({ ok: true, value: '2024-03-15' });
    expect(parseDate(new Date(Date.UTC(1969, 11, 31, 12)))).toEqual({ ok: true, value: '1969-12-31' });
    expect(parseDate(new Date(Date.UTC(1965, 0, 1)))).toEqual({ ok: true, value: '1965-01-01' });
    expect(parseDate(new Date(Date.UTC(2024, 1, 29, 0, 0, 0, 1)))).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate(new Date(Number.NaN)).ok).toBe(false);
    expect(cellText(new Date(Date.UTC(1999, 11, 31, 18)))).toBe('1999-12-31');
  });

  it('Excel serials around the 1900 leap-year bug', () => {
    expect(isoFromExcelSerial(1)).toBe('1900-01-01');
    expect(isoFromExcelSerial(59)).toBe('1900-02-28');
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(isoFromExcelSerial(61)).toBe('1900-03-01');
    expect(isoFromExcelSerial(44927)).toBe('2023-01-01');
  });
});

describe('是/否 and choices', () => {
  it.each([
    ['是', true],
    ['否', false],
    [null, null],
  ])('%s', (input, expected) => expect(parseYesNo(input)).toEqual({ ok: true, value: expected }));

  it.each(['Y', 'yes', '对', '1', '有'])('%s is refused, naming 是/否', (input) => {
    const r = parseYesNo(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('“是”或“否”');
  });

  it('a choice names the allowed values', () => {
    const r = parseChoice('街道', { 社区: 'community', 村: 'village' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('社区、村');
  });

  it('numbers become plain text (phone numbers)', () => {
    expect(cellText(13912345678)).toBe('13912345678');
  });
});
