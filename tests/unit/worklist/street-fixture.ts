/**
 * Crafted streets for the worklist and completeness tests, written through the API (so the derived state — working
 * age, family episodes — is kept as the app keeps it), with today pinned.
 */
import { rmSync } from 'node:fs';
import { migrationsDir } from '../../../db/migrations-dir';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { RecordServiceInput } from '../../../shared/contract/services';
import type { PersonDetail } from '../../../shared/contract/registry';
import type { WorklistList, WorklistRow } from '../../../shared/contract/worklist';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { WorklistKind } from '../../../shared/domain/worklist/kinds';
import { ok } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';
import { tempDir } from '../support/temp-runtime';

export type { Runtime };
export { ok };

export async function streetRuntime(today: string): Promise<Runtime> {
  const dataDir = tempDir('desk-worklist-');
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => today });
  const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!result.ok) throw new Error(result.error.message);
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

let communitySeq = 0;
export async function community(runtime: Runtime, name: string): Promise<number> {
  communitySeq += 1;
  const code = `321102001${String(100 + (communitySeq % 800)).padStart(3, '0')}`;
  return (await ok<{ id: number }>(runtime, 'communities.create', { code, name, kind: 'community', contact: null })).id;
}

let householdSeq = 0;
export async function household(runtime: Runtime, communityId: number, flags: { urban?: boolean; dibao?: boolean; businessIncome?: boolean } = {}): Promise<number> {
  householdSeq += 1;
  const input = { communityId, number: `W${householdSeq}`, address: null, urban: flags.urban ?? true, dibao: flags.dibao ?? false, businessIncome: flags.businessIncome ?? false };
  return (await ok<{ id: number }>(runtime, 'households.create', input)).id;
}

export interface PersonSeed {
  birthDate: string;
  gender?: 'M' | 'F';
  relation?: 'head' | 'spouse' | 'child' | 'parent' | 'other';
  name?: string;
  skills?: string | null;
  skillLevel?: string | null;
  socialInsurance?: string | null;
  policiesEnjoyed?: string | null;
  retirementBase?: 50 | 55 | null;
}

let personSeq = 0;
/** A person with full work ability; the 十清 fields as given (none by default). */
export async function person(runtime: Runtime, householdId: number, seed: PersonSeed): Promise<PersonDetail> {
  personSeq += 1;
  const gender = seed.gender ?? 'M';
  const sequence = (personSeq * 2 + (gender === 'M' ? 1 : 0)) % 1000;
  return ok<PersonDetail>(runtime, 'persons.create', {
    householdId,
    idNumber: makeIdNumber('321102', seed.birthDate, sequence),
    name: seed.name ?? `居民${personSeq}`,
    relation: seed.relation ?? 'head',
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    migrantWorker: false,
    veteran: false,
    retirementBase: seed.retirementBase ?? null,
    skills: seed.skills ?? null,
    skillLevel: seed.skillLevel ?? null,
    socialInsurance: seed.socialInsurance ?? null,
    policiesEnjoyed: seed.policiesEnjoyed ?? null,
  });
}

/** A wish to work (or not) recorded on `on`. */
export async function wish(runtime: Runtime, personId: number, on: string, extra: { hasWish?: boolean; trainingWanted?: string; wishedJob?: string; noWishReason?: string } = {}): Promise<void> {
  const hasWish = extra.hasWish ?? true;
  await ok(runtime, 'wishes.record', {
    personId,
    recordedOn: on,
    hasWish,
    ...(extra.trainingWanted ? { trainingWanted: extra.trainingWanted } : {}),
    ...(extra.wishedJob ? { wishedJob: extra.wishedJob } : {}),
    ...(hasWish ? {} : { noWishReason: extra.noWishReason ?? '其他' }),
  });
}

export async function register(runtime: Runtime, personId: number, on: string): Promise<{ id: number }> {
  return ok<{ id: number }>(runtime, 'registrations.register', { personId, registeredOn: on, reason: 'unemployed' });
}

export async function spell(runtime: Runtime, personId: number, startDate: string, endDate: string | null, extra: { employerName?: string } = {}): Promise<void> {
  await ok(runtime, 'spells.add', { personId, startDate, endDate, kind: 'unit', ...extra });
}

type ServiceExtra = Partial<Omit<Extract<RecordServiceInput, { kind: 'referral' }>, 'kind' | 'subject' | 'date'>>;

export async function service(
  runtime: Runtime,
  subject: { personId: number } | { householdId: number },
  date: string,
  kind: 'guidance' | 'follow_up' | 'commitment' | 'job_preparation' | 'referral',
  extra: ServiceExtra = {},
): Promise<void> {
  await ok(runtime, 'services.record', { subject, date, kind, clerk: extra.clerk ?? '李经办', ...(kind === 'referral' ? { referralResult: extra.referralResult ?? 'pending' } : {}) });
}

const FIVE_CLEAR = {
  skills: { clear: false },
  jobWish: { clear: false },
  family: { clear: false },
  employment: { clear: false },
  policies: { clear: false },
};

/** Applied and recognised on `on` (category 4050), the 五清 checklist all unmarked unless given. */
export async function recognise(runtime: Runtime, personId: number, on: string, especiallyDifficult: boolean, fiveClear = FIVE_CLEAR): Promise<Recognition> {
  const applied = await ok<Recognition>(runtime, 'recognitions.apply', { personId, category: '4050', appliedOn: on, especiallyDifficult, fiveClear });
  return ok<Recognition>(runtime, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: on, reviewer: '张科长', note: '经入户核查' });
}

export async function worklist(runtime: Runtime, asOf: string, filters: { communityId?: number; clerk?: string; kinds?: WorklistKind[] } = {}): Promise<WorklistList> {
  return ok<WorklistList>(runtime, 'worklist.list', { asOf, ...filters });
}

/** The rows of one kind about one subject (a person unless said otherwise; ids of different tables overlap). */
export function rowsOf(list: WorklistList, kind: WorklistKind, subjectId?: number, subjectKind?: WorklistRow['subject']['kind']): WorklistRow[] {
  const wanted = subjectKind ?? (kind === 'zero_employment_family' ? 'household' : kind === 'community_recheck' ? 'community' : 'person');
  return list.rows.filter((r) => r.kind === kind && (subjectId === undefined || (r.subject.id === subjectId && r.subject.kind === wanted)));
}
