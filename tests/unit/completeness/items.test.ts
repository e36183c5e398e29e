/** 十清 and 五清 from the records, table-driven on one person's facts. */
import { describe, expect, it } from 'vitest';
import { completenessRate, demandWindow, employerDemandCheck, ledgerShares } from '../../../shared/domain/completeness/community-demand';
import type { PersonFacts } from '../../../shared/domain/completeness/facts';
import { fiveClearChecks } from '../../../shared/domain/completeness/five-clear';
import { missingSummary } from '../../../shared/domain/completeness/items';
import { reemployedChecks, unemployedChecks } from '../../../shared/domain/completeness/ten-clear';

const AS_OF = '2025-06-30';

/** Everything recorded: the person is complete. */
const complete: PersonFacts = {
  skills: '电工',
  skillLevel: '中级工',
  socialInsurance: '城镇职工养老保险',
  policiesEnjoyed: '无',
  household: { flagsRecorded: 3, hasHead: true },
  wish: { recordedOn: '2025-01-02', hasWish: true, wishedJob: '保洁', trainingWanted: '无', noWishReason: null },
  openRegistration: { registeredOn: '2025-03-01', reason: 'laid_off', cancelledOn: null },
  latestRegistration: { registeredOn: '2025-03-01', reason: 'laid_off', cancelledOn: null },
  lastSpellEnd: '2025-02-20',
  latestPolicyBenefit: null,
  employedOnDate: false,
};

function statusOf(facts: PersonFacts): Record<string, string> {
  return Object.fromEntries(unemployedChecks(facts, AS_OF).map((c) => [c.item, c.status]));
}

describe('十清 of an unemployed person', () => {
  it('all recorded: every item present but the destination, which does not apply yet', () => {
    const checks = unemployedChecks(complete, AS_OF);
    expect(checks.map((c) => c.item)).toEqual(['duration', 'reason', 'family', 'wish', 'training', 'skill', 'destination', 'policies', 'insurance']);
    expect(checks.filter((c) => c.status !== 'present').map((c) => [c.item, c.status])).toEqual([['destination', 'not_applicable']]);
    expect(checks.find((c) => c.item === 'duration')?.value).toBe('自 2025-03-01 起（登记失业），至今 122 天');
    expect(checks.find((c) => c.item === 'reason')?.value).toBe('下岗');
    expect(missingSummary(checks)).toBe('');
  });

  it.each<[string, Partial<PersonFacts>, string[]]>([
    ['no registration, never employed: duration and reason', { openRegistration: null, latestRegistration: null, lastSpellEnd: null }, ['duration', 'reason']],
    ['no registration, employed before: the reason only (duration from the last day worked)', { openRegistration: null, latestRegistration: null }, ['reason']],
    ['a cancelled registration after the last job still tells the reason', { openRegistration: null, latestRegistration: { registeredOn: '2025-03-01', reason: 'other', cancelledOn: '2025-05-01' } }, []],
    ['a registration from before the last job does not', { openRegistration: null, latestRegistration: { registeredOn: '2024-03-01', reason: 'other', cancelledOn: '2024-05-01' } }, ['reason']],
    ['household without a head', { household: { flagsRecorded: 3, hasHead: false } }, ['family']],
    ['household with two flags', { household: { flagsRecorded: 2, hasHead: true } }, ['family']],
    ['no wish recorded', { wish: null }, ['wish', 'training']],
    ['training not recorded', { wish: { ...complete.wish!, trainingWanted: null } }, ['training']],
    ['blank training counts as not recorded', { wish: { ...complete.wish!, trainingWanted: '  ' } }, ['training']],
    ['no skills and no level', { skills: null, skillLevel: null }, ['skill']],
    ['a level without skills is enough', { skills: null }, []],
    ['policies not recorded', { policiesEnjoyed: null }, ['policies']],
    ['… but a policy-benefit service records them', { policiesEnjoyed: null, latestPolicyBenefit: { date: '2025-04-01', what: '社保补贴' } }, []],
    ['social insurance not recorded', { socialInsurance: null }, ['insurance']],
  ])('%s', (_label, change, missingItems) => {
    const status = statusOf({ ...complete, ...change });
    expect(Object.entries(status).filter(([, s]) => s === 'missing').map(([item]) => item)).toEqual(missingItems);
  });

  it('missing items say what to record, in Chinese', () => {
    const checks = unemployedChecks({ ...complete, skills: null, skillLevel: null, socialInsurance: null }, AS_OF);
    expect(missingSummary(checks)).toBe('缺：技能水平、社会保险关系');
    expect(checks.find((c) => c.item === 'skill')?.toRecord).toContain('技能');
  });
});

describe('十清 of a re-employed person: the destination only', () => {
  it.each([
    ['a unit job naming the employer', { kind: 'unit' as const, employerName: '恒顺家政', post: null }, 'present'],
    ['a unit job naming neither employer nor post', { kind: 'unit' as const, employerName: null, post: null }, 'missing'],
    ['flexible employment is its own destination', { kind: 'flexible' as const, employerName: null, post: null }, 'present'],
    ['a public-welfare post naming the post', { kind: 'public_welfare' as const, employerName: null, post: '保洁员' }, 'present'],
  ])('%s', (_label, spell, status) => {
    const checks = reemployedChecks({ ...spell, startDate: '2025-05-01' });
    expect(checks.find((c) => c.item === 'destination')?.status).toBe(status);
    expect(checks.filter((c) => c.item !== 'destination').every((c) => c.status === 'not_applicable')).toBe(true);
  });
});

describe('五清 of a recognised difficult person', () => {
  const recognition = { recognisedOn: '2025-03-01', marks: null };
  it('from the records', () => {
    const checks = fiveClearChecks(complete, recognition);
    expect(checks.map((c) => [c.item, c.status])).toEqual([
      ['skills', 'present'],
      ['jobWish', 'present'],
      ['family', 'present'],
      ['employment', 'present'],
      ['policies', 'present'],
    ]);
    expect(checks.find((c) => c.item === 'employment')?.value).toContain('登记失业');
  });

  it('an unregistered unemployed person with nothing recorded misses all five, unless marked clear on the recognition', () => {
    const bare: PersonFacts = { ...complete, skills: null, skillLevel: null, policiesEnjoyed: null, wish: null, household: { flagsRecorded: 1, hasHead: true }, openRegistration: null };
    expect(fiveClearChecks(bare, recognition).filter((c) => c.status === 'missing')).toHaveLength(5);
    const marked = fiveClearChecks(bare, { recognisedOn: '2025-03-01', marks: { skills: { clear: true, note: '无技能' }, policies: { clear: false } } });
    expect(marked.find((c) => c.item === 'skills')).toMatchObject({ status: 'present', value: '认定时已核实：无技能' });
    expect(marked.filter((c) => c.status === 'missing').map((c) => c.item)).toEqual(['jobWish', 'family', 'employment', 'policies']);
  });

  it('employed, or no wish with its reason, is a known employment status', () => {
    expect(fiveClearChecks({ ...complete, openRegistration: null, employedOnDate: true }, recognition)[3]).toMatchObject({ status: 'present', value: '就业中' });
    const noWish = { ...complete, openRegistration: null, wish: { ...complete.wish!, hasWish: false, noWishReason: '料理家务' } };
    expect(fiveClearChecks(noWish, recognition)[3]).toMatchObject({ status: 'present', value: '未就业，无就业意愿（料理家务）' });
  });
});

describe("employers' demand in the last quarter, and the rate", () => {
  const window = demandWindow('2025-06-30', 3);
  it('the window is the last three months up to D, inclusive', () => {
    expect(window).toEqual({ from: '2025-03-31', to: '2025-06-30' });
    expect(demandWindow('2025-05-31', 3)).toEqual({ from: '2025-03-01', to: '2025-05-31' });
  });
  it.each([
    ['2025-03-31', 'present'],
    ['2025-03-30', 'missing'],
    [null, 'missing'],
  ])('latest vacancy opened %s: %s', (latest, status) => {
    expect(employerDemandCheck(latest, window).status).toBe(status);
  });
  it('no division by zero', () => {
    expect(completenessRate(0, 0)).toBeNull();
    expect(completenessRate(3, 4)).toBe(0.75);
  });
  it.each([
    ['everyone complete, demand recorded', { complete: 3, concerned: 3 }, 'recorded', { numerator: 4, denominator: 4 }],
    ['everyone complete, demand missing: below 100%', { complete: 3, concerned: 3 }, 'missing', { numerator: 3, denominator: 4 }],
    ['nobody concerned, demand recorded', { complete: 0, concerned: 0 }, 'recorded', { numerator: 1, denominator: 1 }],
    ['nobody concerned, demand missing', { complete: 0, concerned: 0 }, 'missing', { numerator: 0, denominator: 1 }],
    ['demand not counted (五清, or a rule that leaves it out)', { complete: 2, concerned: 3 }, 'not_counted', { numerator: 2, denominator: 3 }],
    ['demand not counted, nobody concerned', { complete: 0, concerned: 0 }, 'not_counted', { numerator: 0, denominator: 0 }],
  ] as const)('ledger shares: %s', (_label, persons, demand, expected) => {
    expect(ledgerShares(persons, demand)).toEqual(expected);
  });
});
