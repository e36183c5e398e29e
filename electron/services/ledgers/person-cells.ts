/** The cells a person row prints (姓名, 性别, 出生年月, 文化程度, 就业愿望, 就业去向 …) from the ledger's reads. */
import type { LedgerPersonRow } from '../../../db/repositories/registry/ledger-persons-repo';
import type { CellValue } from '../../../shared/domain/ledgers/rows';
import { STATE_LABEL, stateOn, unemployedSince } from '../../../shared/domain/ledgers/membership';
import type { PersonFactsOn } from '../../../shared/domain/ledgers/membership';
import { addDays } from '../../../shared/domain/dates';
import type { Education, SpellKind, RegistrationReason } from '../../../shared/domain/workbook/records';
import { EDUCATION_LABEL, GENDER_LABEL, REGISTRATION_REASON_LABEL, RELATION_LABEL, SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';

export interface OpenRegistrationFact {
  registeredOn: string;
  reason: RegistrationReason;
}

export interface DestinationFact {
  kind: SpellKind;
  employerName: string | null;
  post: string | null;
}

/** What the builders know about a person on D besides the person row. */
export interface PersonExtras {
  facts: PersonFactsOn;
  registration: OpenRegistrationFact | null;
  lastSpellEnd: string | null;
  destination: DestinationFact | null;
}

function educationLabel(code: string | null): string | null {
  if (code === null) return null;
  return EDUCATION_LABEL[code as Education] ?? code;
}

/** 就业愿望 as printed: 有（意向工作，期望工资）, 无（原因）, or 未登记. */
export function wishText(p: Pick<LedgerPersonRow, 'hasWish' | 'wishedJob' | 'wishedWage' | 'noWishReason'>): string {
  if (p.hasWish === null) return '未登记';
  if (p.hasWish === 0) return p.noWishReason ? `无（${p.noWishReason}）` : '无';
  const parts = [p.wishedJob, p.wishedWage !== null ? `期望月薪 ${p.wishedWage} 元` : null].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? `有：${parts.join('，')}` : '有';
}

export function destinationText(d: DestinationFact | null): string | null {
  if (d === null) return null;
  const where = [d.employerName, d.post].filter((x): x is string => Boolean(x)).join(' ');
  return where ? `${SPELL_KIND_LABEL[d.kind]}：${where}` : SPELL_KIND_LABEL[d.kind];
}

/** 人员类别 of the labour-resources ledger: the groups the person counts in. */
export function categoryText(p: LedgerPersonRow, f: PersonFactsOn): string {
  const tags: string[] = [];
  if (f.migrant) tags.push('农民工');
  if (f.veteran) tags.push('复转军人');
  if (f.graduate) tags.push('高校毕业生');
  if (f.age4050) tags.push('4050');
  if (f.dibaoHousehold) tags.push('低保户');
  void p;
  return tags.join('、');
}

/** Every person cell a ledger may print (each ledger picks its columns from these). */
export function personCells(p: LedgerPersonRow, x: PersonExtras, communityName: string): Record<string, CellValue> {
  const since = stateOn(x.facts) === 'unemployed' ? unemployedSince(x.lastSpellEnd, x.registration?.registeredOn ?? null, (d) => addDays(d, 1)) : null;
  return {
    community: communityName,
    householdNumber: p.householdNumber,
    name: p.name,
    relation: p.relation ? RELATION_LABEL[p.relation] : null,
    gender: GENDER_LABEL[p.gender],
    idNumber: p.idNumber,
    birthMonth: p.birthDate.slice(0, 7),
    education: educationLabel(p.education),
    address: p.address,
    phone: p.phone,
    skills: [p.skills, p.skillLevel].filter((s): s is string => Boolean(s)).join('，') || null,
    skillLevel: p.skillLevel,
    state: STATE_LABEL[stateOn(x.facts)],
    destination: x.facts.employed ? destinationText(x.destination) : null,
    category: categoryText(p, x.facts),
    registeredOn: x.registration?.registeredOn ?? null,
    reason: x.registration ? REGISTRATION_REASON_LABEL[x.registration.reason] : null,
    unemployedSince: since,
    wish: wishText(p),
    trainingWanted: p.trainingWanted,
    policiesEnjoyed: p.policiesEnjoyed,
    socialInsurance: p.socialInsurance,
    graduationYear: p.graduationYear,
  };
}
