/** The words offices write for a kind of service (服务类型), mapped to the nine kinds of DOMAIN §2. */
import type { CellValue } from '../workbook/cell-values';
import type { ServiceKind } from '../workbook/records';
import { SERVICE_KIND_LABEL } from '../workbook/vocabulary';
import { looseText } from './normalise-text';
import type { WordOutcome } from './normalise-words';

const WORDS: Record<ServiceKind, readonly string[]> = {
  guidance: ['职业指导', '就业指导', '指导', '职业咨询', '就业咨询', '职业指导服务'],
  referral: ['职业介绍', '岗位推荐', '推荐就业', '推荐岗位', '职介', '介绍就业', '岗位介绍'],
  training: ['培训', '职业培训', '技能培训', '就业培训', '创业培训', '推荐培训'],
  policy_benefit: ['政策落实', '政策扶持', '政策享受', '落实政策', '享受政策'],
  public_welfare_post: ['公益性岗位安置', '公益性岗位', '公益岗位', '公益岗', '公益性岗位安排'],
  follow_up: ['跟踪回访', '回访', '跟踪服务', '电话回访', '走访'],
  assistance_agreement: ['援助协议', '签订援助协议', '就业援助协议', '一人一策'],
  commitment: ['即时就业承诺', '就业承诺', '即时承诺'],
  job_preparation: ['就业准备活动', '就业准备', '见习', '就业见习'],
};

const BY_WORD = new Map<string, ServiceKind>();
for (const [kind, words] of Object.entries(WORDS) as [ServiceKind, readonly string[]][]) {
  for (const w of words) BY_WORD.set(looseText(w), kind);
}

/** 服务类型: one of the nine kinds (their names or the common other words for them); empty is null. */
export function normaliseServiceKind(cell: CellValue): WordOutcome<ServiceKind> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell !== 'string') return { ok: false, reason: `服务类型应为文字（如 ${SERVICE_KIND_LABEL.guidance}）` };
  const t = looseText(cell);
  if (t === '') return { ok: true, value: null };
  const kind = BY_WORD.get(t);
  if (kind === undefined) return { ok: false, reason: `服务类型“${t}”无法识别（可填：${Object.values(SERVICE_KIND_LABEL).join('、')}）` };
  return { ok: true, value: kind };
}
