/**
 * The person page's timeline: every dated fact of a person's history (spells, registrations, wishes, recognitions,
 * services, moves between households, 迁出), newest first.
 */
import type { TimelineEntry, TimelineKind } from '../../../shared/contract/registry';
import { listVoidedOfPerson } from '../../../db/repositories/corrections/voided-records-repo';
import type { VoidedRow } from '../../../db/repositories/corrections/voided-records-repo';
import { REFERRAL_RESULT_LABEL, REGISTRATION_REASON_LABEL, RELATION_LABEL, SERVICE_KIND_LABEL, SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { listAgreementsOfPerson } from '../../../db/repositories/recognitions/agreements-repo';
import { listRegistrationsOfPerson } from '../../../db/repositories/employment/registrations-repo';
import { listAgreementServices, listServicesOfPerson } from '../../../db/repositories/services/service-records-repo';
import type { ServiceRow } from '../../../db/repositories/services/service-records-repo';
import { listSpellsOfPerson } from '../../../db/repositories/employment/spells-repo';
import { findPerson } from '../../../db/repositories/registry/persons-repo';
import { listMovesOfPerson } from '../../../db/repositories/registry/memberships-repo';
import { listRecognitionsOfPerson } from '../../../db/repositories/recognitions/recognitions-repo';
import { listWishesOfPerson } from '../../../db/repositories/employment/wishes-repo';
import type { MovePlace, TimelineMoveRow } from '../../../db/repositories/registry/memberships-repo';
import type { TimelineRecognitionRow } from '../../../db/repositories/recognitions/recognitions-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { personNotFound } from './registry-errors';
import { RECOGNITION_CATEGORY_LABEL } from '../../../shared/domain/recognition-categories';


const join = (...parts: (string | null | undefined | false)[]): string | null => parts.filter(Boolean).join('；') || null;

export function serviceDetail(s: ServiceRow): string | null {
  return join(
    s.content,
    s.kind === 'referral' && s.vacancyTitle && `岗位：${s.vacancyTitle}`,
    s.referralResult && `结果：${REFERRAL_RESULT_LABEL[s.referralResult]}`,
    s.course && `培训项目：${s.course}${s.hours === null ? '' : `（${s.hours} 学时）`}`,
    s.certificate && `证书：${s.certificate}`,
    s.benefitType && `政策：${s.benefitType}${s.amount === null ? '' : `，${s.amount} 元`}`,
    s.outcome && `服务结果：${s.outcome}`,
    s.clerk && `经办人：${s.clerk}`,
  );
}

function recognitionEntries(r: TimelineRecognitionRow): TimelineEntry[] {
  const category = RECOGNITION_CATEGORY_LABEL[r.category];
  const out: TimelineEntry[] = [
    { date: r.appliedOn, kind: 'recognition_applied', title: `申请就业困难人员认定（${category}）`, detail: r.especiallyDifficult ? '特别困难' : null, record: { entity: 'difficulty_recognition', id: r.id } },
  ];
  if (r.reviewedOn) {
    const verdict = r.recognisedOn || r.status === 'exited' || r.status === 'recognised' ? '认定为就业困难人员' : '不予认定';
    out.push({ date: r.reviewedOn, kind: 'recognition_reviewed', title: `${verdict}（${category}）`, detail: r.reviewNote });
  }
  if (r.exitedOn) out.push({ date: r.exitedOn, kind: 'recognition_exited', title: `退出就业困难人员认定（${category}）`, detail: r.exitReason });
  return out;
}

const VOIDED_KIND: Record<string, TimelineKind> = {
  service_record: 'service',
  unemployment_registration: 'registered',
  employment_spell: 'spell_start',
  employment_wish: 'wish',
  difficulty_recognition: 'recognition_applied',
  assistance_agreement: 'agreement_closed',
};

/** A voided record, as the timeline described it, struck through on screen with the reason. */
function voidedEntry(v: VoidedRow): TimelineEntry {
  return { date: v.recordDate, kind: VOIDED_KIND[v.entity] ?? 'service', title: v.title, detail: v.detail, voided: { reason: v.reason, by: v.voidedBy, at: v.voidedAt } };
}

function placeOf(p: MovePlace): string {
  const household = p.householdNumber === null ? '（已不存在的户）' : `户 ${p.householdNumber}`;
  return p.communityName === null ? household : `${p.communityName} ${household}`;
}

function moveEntry(m: TimelineMoveRow): TimelineEntry {
  const relation = `与户主关系：${RELATION_LABEL[m.relation]}`;
  if (m.from === null) return { date: m.movedOn, kind: 'moved', title: '迁入本街道', detail: join(placeOf(m.to), relation) };
  const otherCommunity = m.from.communityId !== m.to.communityId;
  return {
    date: m.movedOn,
    kind: 'moved',
    title: otherCommunity ? `迁往另一社区：${m.from.communityName ?? '—'} → ${m.to.communityName ?? '—'}` : '移户（同一社区）',
    detail: join(`${placeOf(m.from)} → ${placeOf(m.to)}`, relation),
  };
}

export function personTimeline(db: DeskDatabase, personId: number): TimelineEntry[] {
  const person = findPerson(db, personId);
  if (!person) throw personNotFound();
  const entries: TimelineEntry[] = [];
  for (const s of listSpellsOfPerson(db, personId)) {
    const detail = join(s.employerName, s.post && `岗位：${s.post}`);
    entries.push({ date: s.startDate, kind: 'spell_start', title: `开始就业（${SPELL_KIND_LABEL[s.kind]}）`, detail, record: { entity: 'employment_spell', id: s.id } });
    if (s.endDate) entries.push({ date: s.endDate, kind: 'spell_end', title: `结束就业（${SPELL_KIND_LABEL[s.kind]}）`, detail });
  }
  for (const r of listRegistrationsOfPerson(db, personId)) {
    entries.push({ date: r.registeredOn, kind: 'registered', title: '失业登记', detail: `原因：${REGISTRATION_REASON_LABEL[r.reason]}`, record: { entity: 'unemployment_registration', id: r.id } });
    if (r.cancelledOn) entries.push({ date: r.cancelledOn, kind: 'registration_cancelled', title: '注销失业登记', detail: r.cancelReason });
  }
  for (const w of listWishesOfPerson(db, personId)) {
    const detail = w.hasWish ? join(w.wishedJob && `意愿工种：${w.wishedJob}`) : join(w.noWishReason && `原因：${w.noWishReason}`);
    entries.push({ date: w.recordedOn, kind: 'wish', title: w.hasWish ? '登记就业意愿：有' : '登记就业意愿：无', detail, record: { entity: 'employment_wish', id: w.id } });
  }
  for (const r of listRecognitionsOfPerson(db, personId)) entries.push(...recognitionEntries(r));
  // An agreement's signing is corrected with the agreement itself (作废 takes its measures and follow-ups along).
  const agreements = listAgreementsOfPerson(db, personId);
  const signedBy = new Map(listAgreementServices(db, agreements.map((a) => a.id)).filter((s) => s.kind === 'assistance_agreement').map((s) => [s.id, s.agreementId]));
  for (const s of listServicesOfPerson(db, personId)) {
    const agreementId = signedBy.get(s.id);
    const record = agreementId === undefined ? { entity: 'service_record' as const, id: s.id } : { entity: 'assistance_agreement' as const, id: agreementId };
    entries.push({ date: s.date, kind: 'service', title: SERVICE_KIND_LABEL[s.kind], detail: serviceDetail(s), record });
  }
  for (const a of agreements) {
    if (a.closedOn) entries.push({ date: a.closedOn, kind: 'agreement_closed', title: '终止一人一策援助协议', detail: join(a.closeReason, `目标：${a.goal}`) });
  }
  for (const m of listMovesOfPerson(db, personId)) entries.push(moveEntry(m));
  for (const v of listVoidedOfPerson(db, personId)) entries.push(voidedEntry(v));
  if (person.archivedOn) entries.push({ date: person.archivedOn, kind: 'archived', title: '迁出', detail: person.archiveReason });
  // Newest first; on one day the later-recorded fact first; undated wishes last.
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => {
      if (a.entry.date !== b.entry.date) {
        if (a.entry.date === null) return 1;
        if (b.entry.date === null) return -1;
        return a.entry.date < b.entry.date ? 1 : -1;
      }
      return b.i - a.i;
    })
    .map((x) => x.entry);
}
