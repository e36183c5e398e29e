/**
 * 作废 (issue #14): a record entered wrongly leaves its own table — so no indicator, assessment item, worklist rule,
 * ledger, derivation or export counts it — and is kept as it was in voided_records, with the reason, who and when;
 * the audit trail has it before and after. The person's derived state is recomputed in the same transaction.
 */
import type { VoidedRecord, VoidRecordInput, VoidableEntity } from '../../../shared/contract/corrections';
import { REGISTRATION_REASON_LABEL, SERVICE_KIND_LABEL, SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { AGREEMENT_STATUS_LABEL } from '../../../shared/domain/assistance';
import { RECOGNITION_CATEGORY_LABEL } from '../../../shared/domain/recognition-categories';
import { RECOGNITION_STATUS_LABEL } from '../../../shared/domain/recognition-labels';
import { insertVoided } from '../../../db/repositories/corrections/voided-records-repo';
import type { VoidedValues } from '../../../db/repositories/corrections/voided-records-repo';
import { removeComplaint } from '../../../db/repositories/complaints/complaint-corrections-repo';
import { findComplaint } from '../../../db/repositories/complaints/complaints-repo';
import { findWish, removeEmploymentRecord } from '../../../db/repositories/employment/employment-corrections-repo';
import { findRegistration } from '../../../db/repositories/employment/registrations-repo';
import { findSpell } from '../../../db/repositories/employment/spells-repo';
import {
  countAgreementsOfRecognition,
  measuresDoneByService,
  measuresOfAgreement,
  removeAgreement,
  removeMeasuresOfAgreement,
  removeRecognition,
} from '../../../db/repositories/recognitions/recognition-links-repo';
import { findAgreement } from '../../../db/repositories/recognitions/agreements-repo';
import { findRecognition } from '../../../db/repositories/recognitions/recognitions-repo';
import { communityOfHousehold } from '../../../db/repositories/registry/registry-scope-repo';
import { agreementOfService, removeService } from '../../../db/repositories/services/service-corrections-repo';
import { findService, listAgreementServices } from '../../../db/repositories/services/service-records-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { releaseDispositionsOfService } from '../../../db/repositories/worklist/dispositions-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import { AppError } from '../../../shared/app-error';
import type { CallerContext } from '../context';
import { refreshPersons } from '../population/recompute';
import { serviceDetail } from '../registry/person-timeline';

/** What is voided: the record as it was, whom it is about, how the timeline described it, and its removal. */
interface Voidable {
  row: unknown;
  personId: number | null;
  communityId: number | null;
  date: string | null;
  title: string;
  detail: string | null;
  remove(): boolean;
  /** Records voided with it (an agreement's signing and follow-up services), kept and audited each on its own. */
  also?: { entity: VoidableEntity; recordId: number; row: unknown; date: string; title: string; detail: string | null }[];
}

const gone = (what: string): AppError => new AppError('NOT_FOUND', `找不到该${what}，可能已被作废或删除，请刷新后重试`);
const join = (...parts: (string | null | undefined | false)[]): string | null => parts.filter(Boolean).join('；') || null;

function serviceVoidable(db: DeskDatabase, id: number): Voidable {
  const s = findService(db, id);
  if (!s) throw gone('服务记录');
  if (s.kind === 'assistance_agreement' && agreementOfService(db, id) !== null) {
    throw new AppError('CONFLICT', '这是一人一策援助协议的签订记录，随协议本身更正，不能单独作废');
  }
  const measures = measuresDoneByService(db, id);
  if (measures.length > 0) {
    throw new AppError('CONFLICT', `该服务记录是援助措施“${measures.map((m) => m.description).join('、')}”的完成记录，不能作废`);
  }
  return {
    row: s,
    personId: s.personId,
    communityId: s.personId === null && s.householdId !== null ? communityOfHousehold(db, s.householdId) : null,
    date: s.date,
    title: SERVICE_KIND_LABEL[s.kind],
    detail: serviceDetail(s),
    remove: () => removeService(db, id),
  };
}

function voidableOf(db: DeskDatabase, entity: VoidableEntity, id: number): Voidable {
  switch (entity) {
    case 'service_record':
      return serviceVoidable(db, id);
    case 'unemployment_registration': {
      const r = findRegistration(db, id);
      if (!r) throw gone('失业登记');
      const cancelled = r.cancelledOn ? `${r.cancelledOn} 注销（${r.cancelReason ?? '未填原因'}）` : '未注销';
      return { row: r, personId: r.personId, communityId: null, date: r.registeredOn, title: '失业登记', detail: join(`原因：${REGISTRATION_REASON_LABEL[r.reason]}`, cancelled), remove: () => removeEmploymentRecord(db, entity, id) };
    }
    case 'employment_spell': {
      const s = findSpell(db, id);
      if (!s) throw gone('就业经历');
      const period = `${s.startDate} 至 ${s.endDate ?? '今'}`;
      return { row: s, personId: s.personId, communityId: null, date: s.startDate, title: `就业（${SPELL_KIND_LABEL[s.kind]}）`, detail: join(period, s.employerName, s.post && `岗位：${s.post}`), remove: () => removeEmploymentRecord(db, entity, id) };
    }
    case 'employment_wish': {
      const w = findWish(db, id);
      if (!w) throw gone('就业意愿');
      const detail = w.hasWish ? join(w.wishedJob && `意愿工种：${w.wishedJob}`) : join(w.noWishReason && `原因：${w.noWishReason}`);
      return { row: w, personId: w.personId, communityId: null, date: w.recordedOn, title: w.hasWish ? '登记就业意愿：有' : '登记就业意愿：无', detail, remove: () => removeEmploymentRecord(db, entity, id) };
    }
    case 'difficulty_recognition': {
      const r = findRecognition(db, id);
      if (!r) throw gone('就业困难认定');
      const agreements = countAgreementsOfRecognition(db, id);
      if (agreements > 0) throw new AppError('CONFLICT', `该认定下有 ${agreements} 份一人一策援助协议，请先作废协议，再作废认定`);
      const steps = join(`${r.appliedOn} 申请`, r.reviewedOn && `${r.reviewedOn} 审核（${RECOGNITION_STATUS_LABEL[r.status]}）`, r.exitedOn && `${r.exitedOn} 退出`);
      return { row: r, personId: r.personId, communityId: null, date: r.appliedOn, title: `就业困难人员认定（${RECOGNITION_CATEGORY_LABEL[r.category]}）`, detail: steps, remove: () => removeRecognition(db, id) };
    }
    case 'assistance_agreement': {
      const a = findAgreement(db, id);
      if (!a) throw gone('一人一策援助协议');
      const services = listAgreementServices(db, [id]);
      const measures = measuresOfAgreement(db, id);
      return {
        row: { ...a, measures, services },
        personId: a.personId,
        communityId: null,
        date: a.signedOn,
        title: '一人一策援助协议',
        detail: join(`目标：${a.goal}`, `${AGREEMENT_STATUS_LABEL[a.status]}${a.closedOn ? `（${a.closedOn} 终止）` : ''}`, `措施 ${measures.length} 项，服务记录 ${services.length} 条`),
        also: services.map((sv) => ({
          entity: 'service_record' as const,
          recordId: sv.id,
          row: sv,
          date: sv.date,
          title: SERVICE_KIND_LABEL[sv.kind],
          detail: join(sv.content, sv.outcome && `服务结果：${sv.outcome}`, sv.clerk && `经办人：${sv.clerk}`),
        })),
        remove: () => {
          // The measures point at the services, the services at the agreement: measures, then services, then it.
          removeMeasuresOfAgreement(db, id);
          for (const sv of services) removeService(db, sv.id);
          return removeAgreement(db, id);
        },
      };
    }
    case 'complaint': {
      const k = findComplaint(db, id);
      if (!k) throw gone('投诉');
      const judged = k.valid === null ? '未认定' : k.valid ? `有效投诉（${k.judgedOn ?? ''}认定）` : `无效投诉（${k.judgedOn ?? ''}认定）`;
      return { row: k, personId: null, communityId: k.communityId, date: k.date, title: `投诉：${k.communityName}`, detail: join(k.content, judged), remove: () => removeComplaint(db, id) };
    }
  }
}

export function voidRecord(db: DeskDatabase, ctx: CallerContext, input: VoidRecordInput): VoidedRecord {
  return inTransaction(db, () => {
    const v = voidableOf(db, input.entity, input.id);
    const values: VoidedValues = {
      entity: input.entity,
      recordId: input.id,
      personId: v.personId,
      communityId: v.communityId,
      recordDate: v.date,
      title: v.title,
      detail: v.detail,
      row: v.row,
      reason: input.reason,
      voidedBy: ctx.username,
    };
    // A 待办 row marked 已处理 with a service voided here is listed again: its disposition no longer counts on any date.
    const serviceIds = [input.entity === 'service_record' ? input.id : null, ...(v.also ?? []).map((o) => (o.entity === 'service_record' ? o.recordId : null))];
    for (const serviceId of serviceIds) {
      if (serviceId === null) continue;
      for (const d of releaseDispositionsOfService(db, serviceId)) {
        const after = { ...d, serviceRecordId: null, withdrawnOn: d.decidedOn };
        recordAudit(db, { username: ctx.username, action: 'update', entity: 'worklist_disposition', entityKey: `${d.rowId}|${d.dueOn}`, before: d, after });
      }
    }
    if (!v.remove()) throw gone('记录');
    const voided = insertVoided(db, values);
    recordAudit(db, { username: ctx.username, action: 'void', entity: input.entity, entityKey: String(input.id), before: v.row, after: { voided: true, reason: input.reason, voidedAt: voided.voidedAt } });
    for (const other of v.also ?? []) {
      insertVoided(db, { ...values, entity: other.entity, recordId: other.recordId, recordDate: other.date, title: other.title, detail: other.detail, row: other.row });
      const after = { voided: true, reason: input.reason, voidedAt: voided.voidedAt, with: { entity: input.entity, id: input.id } };
      recordAudit(db, { username: ctx.username, action: 'void', entity: other.entity, entityKey: String(other.recordId), before: other.row, after });
    }
    if (v.personId !== null) refreshPersons(db, [v.personId]);
    return { entity: input.entity, id: input.id, title: v.title, reason: input.reason };
  });
}
