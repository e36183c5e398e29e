import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, addYears, completedYears, daysBetween, monthsBetweenMonths } from '../../../shared/domain/dates';

describe('addMonthsClamped', () => {
  it.each([
    ['2025-10-31', 1, '2025-11-30'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['1965-03-31', 721, '2025-04-30'],
    ['2025-05-20', 0, '2025-05-20'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2000-02-29', 1, '2001-02-28'],
    ['2000-02-29', 4, '2004-02-29'],
    ['2000-02-29', 100, '2100-02-28'],
    ['1985-06-15', 40, '2025-06-15'],
    ['2024-02-29', -1, '2023-02-28'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-06-15', -89, '2025-03-18'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it.each([
    ['2024-06-15', '2025-06-15', 365],
    ['2023-06-15', '2024-06-15', 366],
    ['2025-01-01', '2025-01-01', 0],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('monthsBetweenMonths', () => {
  it.each([
    ['1965-01-01', '1965-03-31', 2],
    ['1965-01-01', '1964-12-31', -1],
    ['1975-01-01', '1985-01-01', 120],
  ])('%s → %s = %i months', (from, to, months) => {
    expect(monthsBetweenMonths(from, to)).toBe(months);
  });
});

describe('completedYears', () => {
  it.each([
    ['1985-06-15', '2025-06-14', 39],
    ['1985-06-15', '2025-06-15', 40],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2008-02-29', '2025-02-27', 16],
    ['2008-02-29', '2025-02-28', 17],
    ['2025-06-15', '2025-06-15', 0],
  ])('born %s, on %s: %i', (birth, on, years) => {
    expect(completedYears(birth, on)).toBe(years);
  });
});
