/**
 * Version 2's 困难认定 (difficulty recognitions with 五清), 援助协议 (一人一策 agreements) and 援助措施 (their planned
 * measures). An agreement names its recognition by the application day; a measure names its agreement by the
 * signing day, and the service that carried it out by that service's key.
 */
import { MEASURE_KINDS } from '../assistance';
import type { AgreementRecord, FiveClearRecord, MeasureRecord, RecognitionRecord } from './records';
import { FIVE_CLEAR_KEYS } from './records';
import type { RowReader } from './row-reader';
import { column, excelDate, personRefColumn, yes } from './sheet-kit';
import type { ColumnDef, SheetDef } from './sheet-kit';
import {
  DECISION_BY_LABEL,
  DECISION_LABEL,
  FIVE_CLEAR_LABEL,
  MEASURE_KIND_BY_LABEL,
  MEASURE_KIND_LABEL,
  RECOGNITION_CATEGORY_BY_LABEL,
  RECOGNITION_CATEGORY_LABEL,
  SERVICE_KIND_BY_LABEL,
  SERVICE_KIND_LABEL,
} from './vocabulary';

function fiveClearColumns(): ColumnDef[] {
  return FIVE_CLEAR_KEYS.flatMap((key) => [
    column(`五清-${FIVE_CLEAR_LABEL[key]}`, 'yesNo', `五清之${FIVE_CLEAR_LABEL[key]}是否已清；五项须都填或都空（空 = 未记录五清）`, '是', { width: 14, fields: ['fiveClear'] }),
    column(`五清-${FIVE_CLEAR_LABEL[key]}说明`, 'text', '', key === 'skills' ? '持中式烹调师初级证' : null, { width: 20, fields: ['fiveClear'] }),
  ]);
}

function readFiveClear(r: RowReader): FiveClearRecord | null {
  const marks = FIVE_CLEAR_KEYS.map((key) => {
    const label = FIVE_CLEAR_LABEL[key];
    const clear = r.yesNo(`五清-${label}`);
    const note = r.text(`五清-${label}说明`, { max: 200 });
    if (clear === null && note !== null) r.problem(`五清-${label}`, `填写了“五清-${label}说明”，须同时填写是否已清（是/否）`);
    return { key, clear, note };
  });
  const filled = marks.filter((m) => m.clear !== null);
  if (filled.length === 0) return null;
  if (filled.length < marks.length) {
    const missing = marks.find((m) => m.clear === null);
    if (missing) r.problem(`五清-${FIVE_CLEAR_LABEL[missing.key]}`, '五清五项须都填写（是/否）或都不填');
    return null;
  }
  return Object.fromEntries(marks.map((m) => [m.key, { clear: m.clear === true, note: m.note }])) as FiveClearRecord;
}

function fiveClearCells(fiveClear: FiveClearRecord | null): (string | null)[] {
  return FIVE_CLEAR_KEYS.flatMap((key) => {
    const mark = fiveClear?.[key];
    return mark ? [yes(mark.clear), mark.note] : [null, null];
  });
}

export const recognitionSheet: SheetDef<RecognitionRecord> = {
  name: '困难认定',
  required: false,
  meaning: '就业困难人员认定，每次申请一行：申请、审核（认定或不予认定）、退出。同一人同一时间至多一条待审核或已认定（未退出）的认定',
  columns: [
    personRefColumn('321102197205153326'),
    column('申请日期', 'date', '不早于年满 16 周岁之日', '2026-01-05', { required: true }),
    column('认定类别', 'choice', '', '4050人员', { required: true, values: Object.values(RECOGNITION_CATEGORY_LABEL) }),
    column('特别困难', 'yesNo', '特别困难人员（认定后须作即时就业承诺）；空 = 否', '否', { fields: ['especiallyDifficult'] }),
    column('审核结论', 'choice', '空 = 已申请待审核', '认定', { values: Object.values(DECISION_LABEL), fields: ['decision', 'reviewedOn', 'reviewer', 'reviewNote'] }),
    column('审核日期', 'date', '有审核结论时必填，不早于申请日期；认定的，认定日期即审核日期', '2026-01-12', { fields: ['reviewedOn'] }),
    column('审核人', 'text', '有审核结论时必填', '李科长', { width: 10, fields: ['reviewer'] }),
    column('审核意见', 'text', '不予认定时必填（理由）', null, { width: 24, fields: ['reviewNote'] }),
    column('退出日期', 'date', '仅已认定的：退出之日，不早于认定日期', null, { fields: ['exitedOn', 'exitReason'] }),
    column('退出原因', 'text', '与退出日期一起填写', null, { width: 16, fields: ['exitedOn', 'exitReason'] }),
    ...fiveClearColumns(),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const appliedOn = r.date('申请日期', { required: true });
    const category = r.choice('认定类别', RECOGNITION_CATEGORY_BY_LABEL, { required: true });
    const especiallyDifficult = r.yesNo('特别困难') ?? false;
    const decision = r.choice('审核结论', DECISION_BY_LABEL);
    const reviewedOn = r.date('审核日期');
    const reviewer = r.text('审核人', { max: 20 });
    const reviewNote = r.text('审核意见', { max: 200 });
    const exitedOn = r.date('退出日期');
    const exitReason = r.text('退出原因', { max: 100 });
    const fiveClear = readFiveClear(r);
    if (decision === null) {
      for (const [header, value] of [['审核日期', reviewedOn], ['审核人', reviewer], ['审核意见', reviewNote]] as const) {
        if (value !== null) r.problem(header, '尚无审核结论（待审核）时不填本列');
      }
    } else {
      if (reviewedOn === null) r.problem('审核日期', '有审核结论时须填写审核日期');
      if (reviewer === null) r.problem('审核人', '有审核结论时须填写审核人');
      if (decision === 'refused' && reviewNote === null) r.problem('审核意见', '不予认定时须填写理由（审核意见）');
    }
    if (appliedOn !== null && reviewedOn !== null && reviewedOn < appliedOn) r.problem('审核日期', `审核日期 ${reviewedOn} 早于申请日期 ${appliedOn}`);
    if (exitedOn !== null || exitReason !== null) {
      if (decision !== 'recognised') r.problem('退出日期', '只有已认定的可以退出');
      else if (exitedOn === null || exitReason === null) r.problem(exitedOn === null ? '退出日期' : '退出原因', '退出日期与退出原因须一起填写');
      else if (reviewedOn !== null && exitedOn < reviewedOn) r.problem('退出日期', `退出日期 ${exitedOn} 早于认定日期 ${reviewedOn}`);
    }
    if (id && appliedOn !== null && appliedOn < sixteenth(id.birthDate)) r.problem('申请日期', `早于年满 16 周岁之日 ${sixteenth(id.birthDate)}`);
    if (r.failed || !id || appliedOn === null || category === null) return null;
    return { idNumber: id.idNumber, appliedOn, category, decision, reviewedOn, reviewer, reviewNote, exitedOn, exitReason, especiallyDifficult, fiveClear };
  },
  toRow: (g) => [
    g.idNumber,
    excelDate(g.appliedOn),
    RECOGNITION_CATEGORY_LABEL[g.category],
    yes(g.especiallyDifficult),
    g.decision === null ? null : DECISION_LABEL[g.decision],
    excelDate(g.reviewedOn),
    g.reviewer,
    g.reviewNote,
    excelDate(g.exitedOn),
    g.exitReason,
    ...fiveClearCells(g.fiveClear),
  ],
  key: (g) => `${g.idNumber}|${g.appliedOn}`,
  order: (g) => [g.idNumber, g.appliedOn],
};

/** The 16th birthday (29 February → 28 February in a common year, as working age counts it). */
function sixteenth(birthDate: string): string {
  const year = Number(birthDate.slice(0, 4)) + 16;
  const md = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export const agreementSheet: SheetDef<AgreementRecord> = {
  name: '援助协议',
  required: false,
  meaning: '与已认定的就业困难人员签订的一人一策就业援助协议，每份一行；同一人同一时间至多一份执行中（终止日期为空）的协议',
  columns: [
    personRefColumn('321102197205153326'),
    column('签订日期', 'date', '不早于认定日期，不早于此人上一份协议的终止日期', '2026-01-15', { required: true }),
    column('认定申请日期', 'date', '协议所依据的认定：此人在“困难认定”表或数据库中这一天申请、已认定的那一条', '2026-01-05', { required: true }),
    column('经办人', 'text', '', '王芳', { required: true, width: 10 }),
    column('援助目标', 'text', '', '三个月内实现就业', { required: true, width: 24 }),
    column('备注', 'text', '', null, { width: 20, fields: ['notes'] }),
    column('终止日期', 'date', '空 = 执行中；不早于协议下最后一次措施完成或回访的日期；认定退出时协议须已终止', null, { fields: ['closedOn', 'closeReason'] }),
    column('终止原因', 'text', '与终止日期一起填写', null, { width: 16, fields: ['closedOn', 'closeReason'] }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const signedOn = r.date('签订日期', { required: true });
    const recognitionAppliedOn = r.date('认定申请日期', { required: true });
    const clerk = r.text('经办人', { required: true, max: 20 });
    const goal = r.text('援助目标', { required: true, max: 200 });
    const notes = r.text('备注', { max: 500 });
    const closedOn = r.date('终止日期');
    const closeReason = r.text('终止原因', { max: 100 });
    if ((closedOn === null) !== (closeReason === null)) r.problem(closedOn === null ? '终止日期' : '终止原因', '终止日期与终止原因须一起填写');
    if (signedOn !== null && closedOn !== null && closedOn < signedOn) r.problem('终止日期', `终止日期 ${closedOn} 早于签订日期 ${signedOn}`);
    if (signedOn !== null && recognitionAppliedOn !== null && signedOn < recognitionAppliedOn) r.problem('签订日期', `签订日期 ${signedOn} 早于认定申请日期 ${recognitionAppliedOn}`);
    if (r.failed || !id || signedOn === null || recognitionAppliedOn === null || clerk === null || goal === null) return null;
    return { idNumber: id.idNumber, signedOn, recognitionAppliedOn, clerk, goal, notes, closedOn, closeReason };
  },
  toRow: (a) => [a.idNumber, excelDate(a.signedOn), excelDate(a.recognitionAppliedOn), a.clerk, a.goal, a.notes, excelDate(a.closedOn), a.closeReason],
  key: (a) => `${a.idNumber}|${a.signedOn}`,
  order: (a) => [a.idNumber, a.signedOn],
};

export const measureSheet: SheetDef<MeasureRecord> = {
  name: '援助措施',
  required: false,
  meaning: '援助协议中计划的措施，每项一行；完成时可指明实施它的那条服务记录（关联服务四列即该服务记录的日期、服务类型、内容、序号）',
  columns: [
    personRefColumn('321102197205153326'),
    column('协议签订日期', 'date', '所属协议：此人在“援助协议”表或数据库中这一天签订的那份', '2026-01-15', { required: true }),
    column('措施类别', 'choice', '', '职业介绍', { required: true, values: MEASURE_KINDS.map((k) => MEASURE_KIND_LABEL[k]) }),
    column('措施内容', 'text', '', '推荐超市收银岗位', { required: true, width: 24 }),
    column('计划日期', 'date', '不早于协议签订日期', '2026-02-01', { required: true }),
    column('完成日期', 'date', '空 = 未完成；不早于签订日期，不晚于协议终止日期', '2026-02-03', { fields: ['doneOn'] }),
    column('关联服务日期', 'date', '实施本措施的服务记录（此人在“服务记录”表或数据库中）的日期；须已完成，且在签订日期与完成日期之间', '2026-02-03', { fields: ['service'] }),
    column('关联服务类型', 'choice', '该服务记录的服务类型', '职业介绍', { width: 14, values: Object.values(SERVICE_KIND_LABEL), fields: ['service'] }),
    column('关联服务内容', 'text', '该服务记录的内容（其内容为空时留空）', '金山超市 收银员', { width: 20, fields: ['service'] }),
    column('关联服务序号', 'integer', '该服务记录的序号（空 = 1）', null, { width: 12, fields: ['service'] }),
  ],
  parse(r) {
    const id = r.idNumber('身份证号码', { required: true });
    const agreementSignedOn = r.date('协议签订日期', { required: true });
    const kind = r.choice('措施类别', MEASURE_KIND_BY_LABEL, { required: true });
    const description = r.text('措施内容', { required: true, max: 200 });
    const plannedOn = r.date('计划日期', { required: true, notFuture: false });
    const doneOn = r.date('完成日期');
    const serviceDate = r.date('关联服务日期');
    const serviceKind = r.choice('关联服务类型', SERVICE_KIND_BY_LABEL);
    const serviceContent = r.text('关联服务内容', { max: 500 });
    const serviceSeq = r.wholeNumber('关联服务序号', 1, 999);
    if (agreementSignedOn !== null && plannedOn !== null && plannedOn < agreementSignedOn) r.problem('计划日期', `计划日期 ${plannedOn} 早于协议签订日期 ${agreementSignedOn}`);
    if (agreementSignedOn !== null && doneOn !== null && doneOn < agreementSignedOn) r.problem('完成日期', `完成日期 ${doneOn} 早于协议签订日期 ${agreementSignedOn}`);
    const linked = serviceDate !== null || serviceKind !== null || serviceContent !== null || serviceSeq !== null;
    if (linked) {
      if (serviceDate === null || serviceKind === null) r.problem(serviceDate === null ? '关联服务日期' : '关联服务类型', '关联服务记录时须填写其日期和服务类型');
      else if (doneOn === null) r.problem('关联服务日期', '关联服务记录的措施须已完成（填写完成日期）');
      else if ((agreementSignedOn !== null && serviceDate < agreementSignedOn) || serviceDate > doneOn) {
        r.problem('关联服务日期', `关联的服务记录（${serviceDate}）应在协议签订日期（${agreementSignedOn ?? ''}）与完成日期（${doneOn}）之间`);
      }
    }
    if (r.failed || !id || agreementSignedOn === null || kind === null || description === null || plannedOn === null) return null;
    return {
      idNumber: id.idNumber,
      agreementSignedOn,
      kind,
      description,
      plannedOn,
      doneOn,
      service: linked && serviceDate !== null && serviceKind !== null ? { date: serviceDate, kind: serviceKind, content: serviceContent, seq: serviceSeq ?? 1 } : null,
    };
  },
  toRow: (m) => [
    m.idNumber,
    excelDate(m.agreementSignedOn),
    MEASURE_KIND_LABEL[m.kind],
    m.description,
    excelDate(m.plannedOn),
    excelDate(m.doneOn),
    excelDate(m.service?.date ?? null),
    m.service === null ? null : SERVICE_KIND_LABEL[m.service.kind],
    m.service?.content ?? null,
    m.service === null || m.service.seq === 1 ? null : m.service.seq,
  ],
  key: (m) => `${m.idNumber}|${m.agreementSignedOn}|${m.plannedOn}|${m.kind}|${m.description}`,
  order: (m) => [m.idNumber, m.agreementSignedOn, m.plannedOn, m.kind, m.description],
};
