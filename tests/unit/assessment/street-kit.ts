/**
 * Small crafted streets for the assessment tests: communities, households (with dated flags), persons (with wishes),
 * spells, registrations, services, complaints and recognitions written through the repositories (persons by one
 * insert, as tests/unit/history/history-fixture.ts does), then the derived state recomputed as the app does after
 * a bulk write. `today` is pinned so that "not in the future" checks are reproducible.
 */
import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { migrationsDir } from '../../../db/migrations-dir';
import { insertCommunity } from '../../../db/repositories/communities/communities-repo';
import { insertComplaint, updateComplaint } from '../../../db/repositories/complaints/complaints-repo';
import { insertEmployer } from '../../../db/repositories/employers/employers-repo';
import { insertVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { cancelRegistration, insertRegistration } from '../../../db/repositories/employment/registrations-repo';
import { insertService } from '../../../db/repositories/services/service-records-repo';
import type { ServiceKind } from '../../../db/repositories/services/service-records-repo';
import { insertSpell } from '../../../db/repositories/employment/spells-repo';
import { insertWish } from '../../../db/repositories/employment/wishes-repo';
import { insertHousehold } from '../../../db/repositories/registry/households-repo';
import { putFlag } from '../../../db/repositories/registry/household-flags-repo';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { openDeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { makeIdNumber } from '../../../shared/domain/id-number';
import type { ApiError } from '../../../shared/result';
import { tempDir } from '../support/temp-runtime';

export type KitRuntime = DeskRuntime & { dispose(): void };

export async function kitRuntime(today = '2025-12-31'): Promise<KitRuntime> {
  const dataDir = tempDir('desk-assess-');
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => today });
  // Crafted streets are written one statement at a time: without this, each one waits for the disk.
  runtime.db.sqlite.pragma('synchronous = OFF');
  const result = await runtime.call('system.setupStreet', { name: '解放路街道', code: '321102001' });
  if (!result.ok) throw new Error(result.error.message);
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export interface PersonOptions {
  birthDate?: string;
  gender?: 'M' | 'F';
  relation?: 'head' | 'spouse' | 'child' | 'parent' | 'other';
  /** The undated wish; null = no wish row at all. Default true. */
  wish?: boolean | null;
  workAbility?: 'full' | 'partial' | 'none';
  isStudent?: boolean;
  isRetired?: boolean;
  retirementBase?: 50 | 55 | null;
  migrant?: boolean;
  archivedOn?: string | null;
  name?: string;
}

let seq = 0;

export class StreetKit {
  constructor(readonly runtime: KitRuntime) {}

  private get db() {
    return this.runtime.db;
  }

  community(name = '金山社区'): number {
    seq += 1;
    return insertCommunity(this.db, { code: `321102001${String(seq % 1000).padStart(3, '0')}`, name, kind: 'community', contact: null }).id;
  }

  household(communityId: number, flags: { urban?: boolean; dibao?: boolean; businessIncome?: boolean } = {}): number {
    seq += 1;
    const id = insertHousehold(this.db, { number: `K${String(seq).padStart(5, '0')}`, communityId, address: null });
    putFlag(this.db, id, 'urban', flags.urban ?? true, null);
    putFlag(this.db, id, 'dibao', flags.dibao ?? false, null);
    putFlag(this.db, id, 'business_income', flags.businessIncome ?? false, null);
    return id;
  }

  flag(householdId: number, flag: 'urban' | 'dibao' | 'business_income', value: boolean, from: string | null): void {
    putFlag(this.db, householdId, flag, value, from);
  }

  person(householdId: number, o: PersonOptions = {}): number {
    seq += 1;
    const birthDate = o.birthDate ?? '1985-04-10';
    const gender = o.gender ?? 'M';
    const idNumber = makeIdNumber(String(110101 + Math.floor(seq / 400)), birthDate, ((seq % 400) * 2 + (gender === 'M' ? 1 : 0)) % 1000);
    const now = new Date().toISOString();
    const info = this.db.sqlite
      .prepare(
        `INSERT INTO persons (id_number, name, gender, birth_date, household_id, relation, work_ability, is_student, is_retired,
                              retirement_base, migrant_worker, archived_on, archive_reason, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        idNumber,
        o.name ?? `居民${seq}`,
        gender,
        birthDate,
        householdId,
        o.relation ?? 'head',
        o.workAbility ?? 'full',
        o.isStudent ? 1 : 0,
        o.isRetired ? 1 : 0,
        o.retirementBase ?? null,
        o.migrant ? 1 : 0,
        o.archivedOn ?? null,
        o.archivedOn ? '迁出' : null,
        now,
        now,
      );
    const id = Number(info.lastInsertRowid);
    this.db.sqlite
      .prepare(
        `INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date)
         VALUES (?, ?, ?, NULL, CASE WHEN ? IS NULL THEN NULL ELSE date(?, '-1 day') END)`,
      )
      .run(id, householdId, o.relation ?? 'head', o.archivedOn ?? null, o.archivedOn ?? null);
    const wish = o.wish === undefined ? true : o.wish;
    if (wish !== null) this.wish(id, null, wish);
    return id;
  }

  /** A person in a household of their own (urban, no flags set). */
  single(communityId: number, o: PersonOptions = {}): number {
    return this.person(this.household(communityId), o);
  }

  wish(personId: number, recordedOn: string | null, hasWish: boolean): void {
    insertWish(this.db, {
      personId,
      recordedOn,
      hasWish,
      wishedJob: null,
      wishedWage: null,
      trainingWanted: null,
      noWishReason: hasWish ? null : '其他',
      deemedByRefusals: false,
    });
  }

  employ(personId: number, start: string, end: string | null = null): void {
    insertSpell(this.db, { personId, startDate: start, endDate: end, kind: 'unit', employerName: '某公司', employerId: null, post: null, contractSigned: null, socialInsurancePaid: null });
  }

  register(personId: number, registeredOn: string, cancelledOn: string | null = null): number {
    const row = insertRegistration(this.db, { personId, registeredOn, reason: 'unemployed' });
    if (cancelledOn !== null) cancelRegistration(this.db, row.id, cancelledOn, '就业');
    return row.id;
  }

  serve(personId: number, date: string, kind: ServiceKind = 'guidance'): void {
    this.service({ personId, householdId: null }, date, kind);
  }

  serveHousehold(householdId: number, date: string, kind: ServiceKind = 'follow_up'): void {
    this.service({ personId: null, householdId }, date, kind);
  }

  private service(subject: { personId: number | null; householdId: number | null }, date: string, kind: ServiceKind): void {
    insertService(this.db, {
      ...subject,
      date,
      kind,
      clerk: '李明',
      outcome: null,
      content: null,
      vacancyId: null,
      referralResult: kind === 'referral' ? 'pending' : null,
      course: null,
      hours: null,
      certificate: null,
      benefitType: null,
      amount: null,
      benefitPeriod: null,
      approvalNumber: null,
    });
  }

  /**
   * Employers' demand of the community (十清's tenth item): a vacancy opened on `openedOn`, of the community itself or
   * — `paired` — of an employer paired (结对) with it.
   */
  demand(communityId: number, openedOn: string, via: 'community' | 'paired' = 'community'): number {
    seq += 1;
    const employer = insertEmployer(this.db, { name: `用工单位${seq}`, contact: null, pairedCommunityId: via === 'paired' ? communityId : null, pairedOn: null });
    return insertVacancy(this.db, {
      employerId: employer.id,
      communityId: via === 'community' ? communityId : null,
      title: '保洁员',
      posts: 1,
      skills: null,
      wage: null,
      openedOn,
      publicWelfare: false,
      developedByCommunity: false,
    });
  }

  /** Judged (when `valid` is not null) on `judgedOn`, by default the complaint's own date. */
  complaint(communityId: number, date: string, valid: boolean | null, judgedOn = date): number {
    const id = insertComplaint(this.db, { communityId, date, content: `关于就业服务的投诉 ${date}` });
    if (valid !== null) updateComplaint(this.db, id, 0, { valid, validityReason: valid ? '经核实属实' : '不属实', judgedOn });
    return id;
  }

  recognise(personId: number, recognisedOn: string, o: { especiallyDifficult?: boolean; exitedOn?: string } = {}): void {
    const now = new Date().toISOString();
    this.db.sqlite
      .prepare(
        `INSERT INTO difficulty_recognitions (person_id, category, status, applied_on, reviewed_on, reviewer, recognised_on, exited_on,
                                              especially_difficult, version, created_at, updated_at)
         VALUES (?, '4050', ?, ?, ?, '王审核', ?, ?, ?, 0, ?, ?)`,
      )
      .run(personId, o.exitedOn ? 'exited' : 'recognised', recognisedOn, recognisedOn, recognisedOn, o.exitedOn ?? null, o.especiallyDifficult ? 1 : 0, now, now);
  }

  /** The derived state (person dates, family episodes), as after a bulk write. */
  refresh(): void {
    recomputeEverything(this.db);
  }

  async assess(standardId: string, asOf: string, from?: string): Promise<AssessmentRun> {
    this.refresh();
    const result = await this.runtime.call('assessment.run', { standardId, asOf, ...(from ? { from } : {}) });
    if (!result.ok) throw new Error(`assessment.run: ${result.error.code} ${result.error.message}`);
    return result.value as AssessmentRun;
  }

  async refused(method: string, input: unknown, code: ApiError['code'], path?: string): Promise<ApiError> {
    this.refresh();
    const result = await this.runtime.call(method, input);
    expect(result.ok, `${method} should have been refused`).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.error.code, result.error.message).toBe(code);
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    if (path !== undefined) expect(result.error.details?.fields?.map((f) => f.path)).toContain(path);
    return result.error;
  }
}

export function unitOf(run: AssessmentRun, communityId: number): UnitResult {
  const unit = run.communities.find((c) => c.communityId === communityId);
  if (!unit) throw new Error(`community ${communityId} not in the run`);
  return unit;
}

export function itemOf(unit: UnitResult, itemId: string): ItemResult {
  const item = unit.items.find((i) => i.id === itemId);
  if (!item) throw new Error(`item ${itemId} not in ${unit.name}`);
  return item;
}
