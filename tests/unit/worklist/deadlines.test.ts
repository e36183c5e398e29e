/** The worklist's date rules, table-driven: working days across a holiday and a 调休 Saturday, month ends, windows. */
import { describe, expect, it } from 'vitest';
import { builtinWorkingCalendar } from '../../../shared/domain/calendar/builtin-calendar';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import { retirementDate } from '../../../shared/domain/population/retirement';
import { commitmentRow, zeroFamilyRow } from '../../../shared/domain/worklist/assistance-rows';
import { deadlineStatus, followUpDueOn, lastOfNextDays, registrationMilestone, withinNextDays } from '../../../shared/domain/worklist/deadlines';
import type { AgeSubject, OpenRegistration, RecognisedPerson } from '../../../shared/domain/worklist/inputs';
import { entering4050Row, refusedReferralsRow, retirementAgeText, retirementRow } from '../../../shared/domain/worklist/person-event-rows';
import { guidanceRow, milestoneRow, registrationRows } from '../../../shared/domain/worklist/registration-rows';
import { DEFAULT_WORKLIST_SETTINGS } from '../../../shared/domain/worklist/settings';

const calendar = builtinWorkingCalendar();
const settings = DEFAULT_WORKLIST_SETTINGS;
const person = { id: 7, idNumber: '321102198005050013', name: '王强', communityId: 1 };

function registration(registeredOn: string, firstGuidanceOn: string | null = null): OpenRegistration {
  return { registrationId: 3, person, registeredOn, firstGuidanceOn };
}

describe('guidance within 3 working days (registration day = day 0)', () => {
  it.each([
    // 2025 National Day: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 are make-up workdays.
    ['Friday before the 调休 Sunday: Sun, Mon, Tue', '2025-09-26', '2025-09-30', '2025-09-30', 'due'],
    ['… overdue the day after', '2025-09-26', '2025-09-30', '2025-10-01', 'overdue'],
    ['the 调休 Sunday itself is day 0 and never counts', '2025-09-28', '2025-10-09', '2025-10-01', 'due'],
    ['across the holiday to the 调休 Saturday', '2025-09-30', '2025-10-11', '2025-10-11', 'due'],
    ['… overdue on the Sunday after', '2025-09-30', '2025-10-11', '2025-10-12', 'overdue'],
    ['an ordinary week: Wed → Mon', '2025-11-19', '2025-11-24', '2025-11-22', 'due'],
  ])('%s', (_label, registeredOn, deadline, asOf, status) => {
    const row = guidanceRow(registration(registeredOn), asOf, calendar, settings);
    expect(row).toMatchObject({ kind: 'guidance', dueOn: deadline, status, subject: { kind: 'person', id: 7, key: person.idNumber } });
    expect(row?.detail).toContain(registeredOn);
  });

  it('no row once a guidance record exists; the day count is a setting', () => {
    expect(guidanceRow(registration('2025-09-30', '2025-10-09'), '2025-10-20', calendar, settings)).toBeNull();
    expect(guidanceRow(registration('2025-09-30'), '2025-10-09', calendar, { guidanceWorkingDays: 1 })).toMatchObject({ dueOn: '2025-10-09', status: 'due' });
  });

  it('beyond the built-in calendar the deadline carries the calendar warning', () => {
    const { rows, warnings } = registrationRows([registration('2026-12-30')], '2026-12-31', calendar, settings);
    expect(rows[0]).toMatchObject({ kind: 'guidance', dueOn: '2027-01-04' });
    expect(rows[0]?.detail).toContain('2027 年的节假日安排尚未导入');
    expect(warnings).toHaveLength(1);
  });
});

describe('registrations nearing one year (9 and 11 months, month ends clamp)', () => {
  it.each([
    ['2025-05-31', '2026-02-27', null],
    ['2025-05-31', '2026-02-28', 9],
    ['2025-03-31', '2025-12-30', null],
    ['2025-03-31', '2025-12-31', 9],
    ['2025-03-31', '2026-02-27', 9],
    ['2025-03-31', '2026-02-28', 11],
    ['2024-03-31', '2025-02-28', 11],
  ])('registered %s, on %s: %s months', (registeredOn, asOf, months) => {
    expect(registrationMilestone(registeredOn, asOf, [9, 11])).toBe(months);
  });

  it('rows: due until the first anniversary, then overdue (long-term unemployed)', () => {
    expect(milestoneRow(registration('2025-03-31'), '2025-12-31', settings)).toMatchObject({ kind: 'registration_9m', status: 'due', dueOn: '2026-03-31' });
    expect(milestoneRow(registration('2025-03-31'), '2026-02-28', settings)).toMatchObject({ kind: 'registration_11m', status: 'due' });
    expect(milestoneRow(registration('2025-03-31'), '2026-03-31', settings)).toMatchObject({ kind: 'registration_11m', status: 'due' });
    expect(milestoneRow(registration('2025-03-31'), '2026-04-01', settings)).toMatchObject({ kind: 'registration_11m', status: 'overdue' });
    expect(milestoneRow(registration('2025-03-31'), '2025-12-30', settings)).toBeNull();
  });
});

describe('zero-employment families (1 month) and the 72-hour commitment', () => {
  const family = { household: { id: 5, number: 'H5', headName: '张三', communityId: 1 }, appeared: '2025-01-31', lastFollowUpOn: null };
  it.each([
    ['2025-02-28', 'due'],
    ['2025-03-01', 'overdue'],
  ])('appeared 2025-01-31, on %s: %s (due 2025-02-28)', (asOf, status) => {
    expect(zeroFamilyRow(family, asOf, settings)).toMatchObject({ kind: 'zero_employment_family', dueOn: '2025-02-28', status, subject: { kind: 'household', key: 'H5', name: '张三户' } });
  });

  const recognised = (over: Partial<RecognisedPerson> = {}): RecognisedPerson => ({
    recognitionId: 9,
    person,
    recognisedOn: '2025-03-30',
    especiallyDifficult: true,
    commitmentOn: null,
    lastFollowUpOn: null,
    employed: false,
    ...over,
  });
  it.each([
    ['2025-04-02', 'due'],
    ['2025-04-03', 'overdue'],
  ])('especially difficult, recognised 2025-03-30, on %s: %s (72 hours = 2025-04-02)', (asOf, status) => {
    expect(commitmentRow(recognised(), asOf, settings)).toMatchObject({ kind: 'commitment', dueOn: '2025-04-02', status });
  });
  it('no commitment row when not especially difficult, when a commitment is recorded, or when employed', () => {
    expect(commitmentRow(recognised({ especiallyDifficult: false }), '2025-04-01', settings)).toBeNull();
    expect(commitmentRow(recognised({ commitmentOn: '2025-03-31' }), '2025-04-01', settings)).toBeNull();
    expect(commitmentRow(recognised({ employed: true }), '2025-04-01', settings)).toBeNull();
    expect(commitmentRow(recognised(), '2025-04-01', { commitmentHours: 24 })).toMatchObject({ dueOn: '2025-03-31', status: 'overdue' });
  });
});

describe('follow-up visits: the interval is a setting', () => {
  it.each([
    ['2025-01-31', null, 1, '2025-02-28'],
    ['2025-01-31', '2025-03-15', 1, '2025-04-15'],
    ['2025-01-31', '2024-12-01', 1, '2025-02-28'],
    ['2025-01-31', '2025-03-15', 2, '2025-05-15'],
  ])('since %s, last visit %s, every %s month(s): next %s', (since, last, months, next) => {
    expect(followUpDueOn(since, last, months)).toBe(next);
  });
});

describe('entering 4050 and retirement in the next 30 days: D … D + 29', () => {
  const subject = (gender: 'M' | 'F', birthDate: string): AgeSubject => {
    const retirementOn = retirementDate({ gender, birthDate, retirementBase: null }, DEFAULT_POPULATION_SETTINGS);
    return { person, gender, birthDate, retirementOn };
  };
  it.each([
    ['a woman turning 40 on D', 'F', '1985-06-01', '2025-06-01', '2025-06-01', 'due'],
    ['a woman turning 40 on D + 29', 'F', '1985-06-30', '2025-06-01', '2025-06-30', 'upcoming'],
    ['a woman turning 40 on D + 30', 'F', '1985-07-01', '2025-06-01', null, null],
    ['a woman who turned 40 on D − 1', 'F', '1985-05-31', '2025-06-01', null, null],
    ['a man turning 50 on D + 29', 'M', '1975-06-30', '2025-06-01', '2025-06-30', 'upcoming'],
    ['a man turning 50 on D + 30', 'M', '1975-07-01', '2025-06-01', null, null],
    ['a man turning 40 is not entering 4050', 'M', '1985-07-01', '2025-06-01', null, null],
    ['a 29 February birthday falls on 28 February', 'F', '1988-02-29', '2028-02-01', '2028-02-29', 'upcoming'],
    ['… and on 28 February in a common year', 'F', '1984-02-29', '2024-02-01', '2024-02-29', 'upcoming'],
  ])('%s', (_label, gender, birthDate, asOf, dueOn, status) => {
    const row = entering4050Row(subject(gender as 'M' | 'F', birthDate), asOf, settings, DEFAULT_POPULATION_SETTINGS);
    if (dueOn === null) expect(row).toBeNull();
    else expect(row).toMatchObject({ kind: 'entering_4050', dueOn, status });
  });

  it('the 4050 ages are population settings', () => {
    const row = entering4050Row(subject('M', '1980-06-15'), '2025-06-01', settings, { age4050: { women: 40, men: 45 } });
    expect(row).toMatchObject({ dueOn: '2025-06-15', detail: expect.stringContaining('满 45 周岁') });
  });

  it('retirement under the 2025 reform: a man born 1965-05-10 retires at 60 years 2 months', () => {
    const s = subject('M', '1965-05-10');
    expect(s.retirementOn).toBe('2025-07-10');
    // D + 29 is in, D + 30 is out.
    expect(retirementRow(s, '2025-06-11', settings)).toMatchObject({ kind: 'retirement', dueOn: '2025-07-10', status: 'upcoming', detail: expect.stringContaining('60 岁 2 个月') });
    expect(retirementRow(s, '2025-06-10', settings)).toBeNull();
    expect(retirementRow(s, '2025-07-10', settings)).toMatchObject({ status: 'due' });
    expect(retirementRow(s, '2025-07-11', settings)).toBeNull();
  });

  it('retirement of a 50-base woman born 1975-03 (reform: + 2 months), and the text of whole years', () => {
    const retirementOn = retirementDate({ gender: 'F', birthDate: '1975-03-20', retirementBase: 50 }, DEFAULT_POPULATION_SETTINGS);
    expect(retirementOn).toBe('2025-05-20');
    expect(retirementAgeText('1975-03-20', retirementOn)).toBe('50 岁 2 个月');
    expect(retirementAgeText('1960-03-20', '2020-03-20')).toBe('60 岁');
  });

  it('window edges: 30 days are D … D + 29', () => {
    expect(withinNextDays('2025-06-01', '2025-06-01', 30)).toBe(true);
    expect(withinNextDays('2025-06-30', '2025-06-01', 30)).toBe(true);
    expect(withinNextDays('2025-07-01', '2025-06-01', 30)).toBe(false);
    expect(withinNextDays('2025-05-31', '2025-06-01', 30)).toBe(false);
    expect(lastOfNextDays('2025-06-01', 30)).toBe('2025-06-30');
    // Across a month end and a leap day; one day is D alone.
    expect(lastOfNextDays('2028-02-15', 30)).toBe('2028-03-15');
    expect(withinNextDays('2025-06-01', '2025-06-01', 1)).toBe(true);
    expect(withinNextDays('2025-06-02', '2025-06-01', 1)).toBe(false);
  });
});

describe('two refused referrals since the wish in force', () => {
  it.each([
    ['undated wish: every refusal counts', null, ['2024-01-05', '2025-02-01'], 2],
    ['only refusals from the wish on count', '2024-06-01', ['2024-01-05', '2025-02-01'], null],
    ['two after the wish', '2024-06-01', ['2024-06-01', '2025-02-01'], 2],
    ['refusals after D do not count', null, ['2025-02-01', '2025-07-01'], null],
  ])('%s', (_label, wishRecordedOn, refusalDates, count) => {
    const row = refusedReferralsRow({ person, wishRecordedOn, refusalDates }, '2025-06-30');
    if (count === null) expect(row).toBeNull();
    else expect(row).toMatchObject({ kind: 'refused_referrals', status: 'due', detail: expect.stringContaining(`${count} 次拒绝职业介绍`) });
  });
});

describe('statuses', () => {
  it('a deadline is due on its day and overdue the day after', () => {
    expect(deadlineStatus('2025-06-30', '2025-06-30')).toBe('due');
    expect(deadlineStatus('2025-06-30', '2025-07-01')).toBe('overdue');
  });
});
