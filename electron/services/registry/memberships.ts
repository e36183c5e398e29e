/**
 * The registry's writes to dated household membership (DOMAIN §2; db/repositories/memberships-repo.ts): joining a
 * household, moving (迁移: the old period closes the day before, the new one opens on the move date), leaving
 * (迁出 closes the period the day before the archive date), and a relation corrected within the current period.
 * Each keeps `persons.household_id` / `relation` in step with the person's latest period, and the caller's checks
 * (headProblem, moveProblems) keep one 户主 per household on every date.
 */
import { lastDayBefore, periodsOverlap, sortPeriods } from '../../../shared/domain/population/membership';
import type { Relation } from '../../../shared/domain/population/types';
import type { FieldProblem } from '../../../shared/result';
import { headPeriods, insertMembership, membershipsOfPerson, updateMembership } from '../../../db/repositories/registry/memberships-repo';
import type { MembershipRow } from '../../../db/repositories/registry/memberships-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** A period given as first and last day (null = open). */
export interface Span {
  from: string | null;
  to: string | null;
}

const whenText = (span: Span): string =>
  span.from === null && span.to === null ? '' : `（${span.from ?? '建档起'}至${span.to ?? '今'}）`;

/**
 * One 户主 per household on every date: `relation` = head over `span` must not overlap another person's head
 * period in the household. Reported on `path`.
 */
export function headProblem(db: DeskDatabase, relation: string, householdId: number, selfId: number | null, path: string, span: Span = { from: null, to: null }): FieldProblem | null {
  if (relation !== 'head') return null;
  const clash = headPeriods(db, householdId).find((h) => h.personId !== selfId && periodsOverlap({ from: h.fromDate, to: h.toDate }, span));
  if (!clash) return null;
  return {
    path,
    message: `该户已有户主“${clash.name}”${whenText({ from: clash.fromDate, to: clash.toDate })}，同一天一户只能有一位户主；请先更改其与户主关系`,
  };
}

/** The person's latest period (the one persons.household_id mirrors), or null for a person without any. */
export function latestPeriod(db: DeskDatabase, personId: number): MembershipRow | null {
  const periods = sortPeriods(membershipsOfPerson(db, personId).map((m) => ({ ...m, from: m.fromDate })));
  return periods[periods.length - 1] ?? null;
}

/** A new person's first period: from `joinedOn` (null = a member since before any record). */
export function joinHousehold(db: DeskDatabase, personId: number, householdId: number, relation: Relation, joinedOn: string | null): void {
  insertMembership(db, { personId, householdId, relation, fromDate: joinedOn, toDate: null });
}

/**
 * Why a move of the person into `householdId` on `date` cannot be recorded, on the move form's fields: into the
 * household they are in; on or before the start of their current period (the same day as another move, or before
 * it: moves are recorded in date order); a second 户主.
 */
export function moveProblems(
  db: DeskDatabase,
  person: { id: number; name: string },
  to: { id: number; number: string },
  relation: Relation,
  date: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const current = latestPeriod(db, person.id);
  if (current && current.householdId === to.id) {
    problems.push({ path: 'householdId', message: `“${person.name}”已在户 ${to.number} 中；只改与户主关系请编辑人员信息` });
  }
  if (current?.fromDate != null && date <= current.fromDate) {
    const message =
      date === current.fromDate
        ? `“${person.name}”在 ${date} 已有一次移户（迁入），同一天不能再移户`
        : `移户日期不能早于上次移户（迁入）日期 ${current.fromDate}；移户须按日期先后登记`;
    problems.push({ path: 'date', message });
  }
  const head = headProblem(db, relation, to.id, person.id, 'relation', { from: date, to: null });
  if (head) problems.push(head);
  return problems;
}

/** Closes the current period the day before `date` and opens the new one on it. */
export function moveMember(db: DeskDatabase, personId: number, householdId: number, relation: Relation, date: string): void {
  const current = latestPeriod(db, personId);
  if (current) updateMembership(db, current.id, { toDate: lastDayBefore(date) });
  insertMembership(db, { personId, householdId, relation, fromDate: date, toDate: null });
}

/** 迁出 on `archivedOn`: the current period's last day is the day before. */
export function leaveOnArchive(db: DeskDatabase, personId: number, archivedOn: string): void {
  const current = latestPeriod(db, personId);
  if (current && current.toDate === null) updateMembership(db, current.id, { toDate: lastDayBefore(archivedOn) });
}

/** A relation corrected on the person form: it is the relation of the current period. */
export function setCurrentRelation(db: DeskDatabase, personId: number, relation: Relation): void {
  const current = latestPeriod(db, personId);
  if (current && current.relation !== relation) updateMembership(db, current.id, { relation });
}

/** The current period's span (for the head check of a relation edit); the whole time when there is none. */
export function currentSpan(db: DeskDatabase, personId: number): Span {
  const current = latestPeriod(db, personId);
  return current ? { from: current.fromDate, to: current.toDate } : { from: null, to: null };
}
