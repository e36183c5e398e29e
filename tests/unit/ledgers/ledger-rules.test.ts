import { describe, expect, it } from 'vitest';
import { normaliseLayout, orderedColumns, visibleColumns } from '../../../shared/domain/ledgers/layout';
import {
  difficultGroupSections,
  episodePresentOn,
  inPeriod,
  isGraduateOn,
  ledgerPeriod,
  PERSON_LEDGER_RULES,
  recognitionInForceOn,
  registrationOpenOn,
  stateOn,
  unemployedSince,
  vacancyOpenDuring,
  vacancyStatusOn,
} from '../../../shared/domain/ledgers/membership';
import type { PersonFactsOn } from '../../../shared/domain/ledgers/membership';
import { columnTotals, groupByCommunity, matchesFilter, sortRows } from '../../../shared/domain/ledgers/rows';
import type { LedgerRow } from '../../../shared/domain/ledgers/rows';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledgers/columns';
import { addDays } from '../../../shared/domain/dates';

const NONE: PersonFactsOn = {
  labourForce: false,
  wish: false,
  employed: false,
  registered: false,
  graduate: false,
  veteran: false,
  migrant: false,
  age4050: false,
  dibaoHousehold: false,
  zeroEmploymentFamily: false,
};
const f = (x: Partial<PersonFactsOn>): PersonFactsOn => ({ ...NONE, ...x });

describe('who is in each person ledger on D (pure rules)', () => {
  it('劳动力资源: everyone in LF, whatever their state', () => {
    expect(PERSON_LEDGER_RULES['labour-resources'](f({ labourForce: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES['labour-resources'](f({ labourForce: true, employed: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES['labour-resources'](f({ wish: true }))).toBe(false);
  });

  it('下岗失业人员: U — in LF, wishing to work, not employed — registered or not', () => {
    expect(PERSON_LEDGER_RULES.unemployed(f({ labourForce: true, wish: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES.unemployed(f({ labourForce: true, wish: true, registered: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES.unemployed(f({ labourForce: true, wish: true, employed: true }))).toBe(false);
    expect(PERSON_LEDGER_RULES.unemployed(f({ labourForce: true, wish: false }))).toBe(false);
    expect(PERSON_LEDGER_RULES.unemployed(f({ labourForce: false, wish: true }))).toBe(false);
  });

  it('登记失业高校毕业生: an open registration and a graduate, in LF or not', () => {
    expect(PERSON_LEDGER_RULES.graduates(f({ registered: true, graduate: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES.graduates(f({ registered: true }))).toBe(false);
    expect(PERSON_LEDGER_RULES.graduates(f({ graduate: true, labourForce: true, wish: true }))).toBe(false);
    expect(isGraduateOn(2026, '2026-01-01')).toBe(true);
    expect(isGraduateOn(2027, '2026-12-31')).toBe(false);
    expect(isGraduateOn(null, '2026-12-31')).toBe(false);
  });

  it('复转军人 and 农民工: in LF with the flag', () => {
    expect(PERSON_LEDGER_RULES.veterans(f({ labourForce: true, veteran: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES.veterans(f({ veteran: true }))).toBe(false);
    expect(PERSON_LEDGER_RULES['migrant-workers'](f({ labourForce: true, migrant: true, employed: true }))).toBe(true);
    expect(PERSON_LEDGER_RULES['migrant-workers'](f({ labourForce: true }))).toBe(false);
  });

  it('就业困难群体: zero-employment members (any), 低保 LF members, 4050 in U', () => {
    expect(difficultGroupSections(f({ zeroEmploymentFamily: true }))).toEqual(['zero-employment']);
    expect(difficultGroupSections(f({ dibaoHousehold: true }))).toEqual([]);
    expect(difficultGroupSections(f({ dibaoHousehold: true, labourForce: true, employed: true }))).toEqual(['dibao']);
    expect(difficultGroupSections(f({ age4050: true, labourForce: true, wish: true }))).toEqual(['age-4050']);
    expect(difficultGroupSections(f({ age4050: true, labourForce: true, wish: true, employed: true }))).toEqual([]);
    expect(difficultGroupSections(f({ zeroEmploymentFamily: true, dibaoHousehold: true, age4050: true, labourForce: true, wish: true }))).toEqual([
      'zero-employment',
      'dibao',
      'age-4050',
    ]);
  });

  it('state on D', () => {
    expect(stateOn(f({ labourForce: true, employed: true }))).toBe('employed');
    expect(stateOn(f({ labourForce: true, wish: true }))).toBe('unemployed');
    expect(stateOn(f({ labourForce: true }))).toBe('no_wish');
    expect(stateOn(f({}))).toBe('not_labour_force');
  });
});

describe('dated rules: boundary days', () => {
  it('the period is 1 January … D, both ends in', () => {
    const period = ledgerPeriod('2026-06-30');
    expect(period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(inPeriod('2026-01-01', period)).toBe(true);
    expect(inPeriod('2025-12-31', period)).toBe(false);
    expect(inPeriod('2026-06-30', period)).toBe(true);
    expect(inPeriod('2026-07-01', period)).toBe(false);
  });

  it('a family episode is present from its appearance to the day before it ended', () => {
    expect(episodePresentOn({ appeared: '2026-03-01', ended: null }, '2026-03-01')).toBe(true);
    expect(episodePresentOn({ appeared: '2026-03-01', ended: null }, '2026-02-28')).toBe(false);
    expect(episodePresentOn({ appeared: '2026-03-01', ended: '2026-04-01' }, '2026-03-31')).toBe(true);
    expect(episodePresentOn({ appeared: '2026-03-01', ended: '2026-04-01' }, '2026-04-01')).toBe(false);
  });

  it('a recognition is in force from its day until it is exited', () => {
    expect(recognitionInForceOn({ recognisedOn: '2026-03-01', exitedOn: null }, '2026-03-01')).toBe(true);
    expect(recognitionInForceOn({ recognisedOn: '2026-03-01', exitedOn: null }, '2026-02-28')).toBe(false);
    expect(recognitionInForceOn({ recognisedOn: '2026-03-01', exitedOn: '2026-05-01' }, '2026-04-30')).toBe(true);
    expect(recognitionInForceOn({ recognisedOn: '2026-03-01', exitedOn: '2026-05-01' }, '2026-05-01')).toBe(false);
    expect(recognitionInForceOn({ recognisedOn: null, exitedOn: null }, '2026-05-01')).toBe(false);
  });

  it('a registration is open from its day until cancelled', () => {
    expect(registrationOpenOn({ registeredOn: '2026-03-01', cancelledOn: '2026-03-10' }, '2026-03-09')).toBe(true);
    expect(registrationOpenOn({ registeredOn: '2026-03-01', cancelledOn: '2026-03-10' }, '2026-03-10')).toBe(false);
  });

  it('a vacancy is in the period when open on some day of it; filled on D counts as filled', () => {
    const period = ledgerPeriod('2026-06-30');
    expect(vacancyOpenDuring({ openedOn: '2025-05-01', filledOn: '2025-12-31' }, period)).toBe(false);
    expect(vacancyOpenDuring({ openedOn: '2025-05-01', filledOn: '2026-01-01' }, period)).toBe(true);
    expect(vacancyOpenDuring({ openedOn: '2026-06-30', filledOn: null }, period)).toBe(true);
    expect(vacancyOpenDuring({ openedOn: '2026-07-01', filledOn: null }, period)).toBe(false);
    expect(vacancyStatusOn({ filledOn: '2026-06-30' }, '2026-06-30')).toBe('已招满');
    expect(vacancyStatusOn({ filledOn: '2026-07-01' }, '2026-06-30')).toBe('招聘中');
  });

  it('失业时间: the day after the last spell, else the registration', () => {
    expect(unemployedSince('2026-06-29', '2026-05-01', (d) => addDays(d, 1))).toBe('2026-06-30');
    expect(unemployedSince(null, '2026-05-01', (d) => addDays(d, 1))).toBe('2026-05-01');
    expect(unemployedSince(null, null, (d) => addDays(d, 1))).toBeNull();
  });
});

describe('rows: groups, filters, sort, totals, layout', () => {
  const row = (communityId: number | null, values: LedgerRow['values']): LedgerRow => ({ communityId, section: null, values });
  const communities = [
    { id: 2, code: '321102001002', name: '二社区' },
    { id: 1, code: '321102001001', name: '一社区' },
  ];

  it('groups by community in code order, 未分配 last', () => {
    const groups = groupByCommunity([row(null, {}), row(2, {}), row(1, {}), row(9, {})], communities, false);
    expect(groups.map((g) => [g.communityName, g.rows.length])).toEqual([
      ['一社区', 1],
      ['二社区', 1],
      ['未分配', 2],
    ]);
    expect(groupByCommunity([], communities, true).map((g) => g.communityName)).toEqual(['一社区', '二社区']);
  });

  it('filters by value and text; sorts numbers as numbers, blanks last; sums', () => {
    const columns = LEDGER_COLUMNS.training;
    const rows = [row(1, { name: '张三', gender: '男', hours: 8 }), row(1, { name: '李四', gender: '女', hours: 12.5 }), row(1, { name: '王五', gender: '女', hours: null })];
    expect(rows.filter((r) => matchesFilter(r, columns, { query: '', values: { gender: '女' } })).length).toBe(2);
    expect(rows.filter((r) => matchesFilter(r, columns, { query: '李', values: {} })).length).toBe(1);
    expect(sortRows(rows, 'hours', true).map((r) => r.values.name)).toEqual(['李四', '张三', '王五']);
    expect(columnTotals(rows, columns).hours).toBe(20.5);
    expect(columnTotals(rows, columns).name).toBeNull();
  });

  it('the office layout: order kept, unknown keys dropped, 序号 first and never hidden, new columns in their place', () => {
    expect(normaliseLayout('unemployed', { order: ['phone', 'nope', 'seq', 'phone'], hidden: ['seq', 'address'] })).toEqual({ order: ['phone'], hidden: ['address'] });
    const ordered = orderedColumns('unemployed', { order: ['phone', 'name'], hidden: ['address'] });
    expect(ordered.slice(0, 4).map((c) => c.column.key)).toEqual(['seq', 'phone', 'name', 'community']);
    expect(ordered.find((c) => c.column.key === 'address')?.hidden).toBe(true);
    expect(visibleColumns('unemployed', { order: [], hidden: ['address'] }).map((c) => c.key)).not.toContain('address');
    expect(visibleColumns('unemployed', { order: [], hidden: [] })).toHaveLength(LEDGER_COLUMNS.unemployed.length);
  });
});
