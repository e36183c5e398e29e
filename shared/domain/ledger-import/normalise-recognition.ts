/** The words offices write for a 就业困难人员 category (认定类别) and a review's outcome (审核结论). */
import type { CellValue } from '../workbook/cell-values';
import type { RecognitionCategory } from '../workbook/records';
import { RECOGNITION_CATEGORY_LABEL } from '../recognition-categories';
import { looseText } from './normalise-text';
import type { WordOutcome } from './normalise-words';

const CATEGORY_WORDS: Record<RecognitionCategory, readonly string[]> = {
  '4050': ['4050', '4050人员', '40、50人员', '4050人', '大龄', '大龄人员', '大龄失业人员', '4050失业人员'],
  dibao: ['低保', '低保户', '低保人员', '低保家庭', '低保家庭成员', '城市低保', '享受低保', '最低生活保障'],
  zero_employment: ['零就业家庭成员', '零就业家庭', '零就业', '零就业人员'],
  disabled: ['残疾', '残疾人', '残疾人员', '持证残疾人'],
  long_term_unemployed: ['长期失业', '长期失业人员', '连续失业一年以上', '失业一年以上', '长期失业者'],
  landless: ['失地农民', '失地', '被征地农民', '征地农民', '失地人员'],
  other: ['其他', '其它'],
};

const CATEGORY = new Map<string, RecognitionCategory>();
for (const [category, words] of Object.entries(CATEGORY_WORDS) as [RecognitionCategory, readonly string[]][]) {
  for (const w of words) CATEGORY.set(looseText(w), category);
  CATEGORY.set(looseText(RECOGNITION_CATEGORY_LABEL[category]), category);
}

function words(cell: CellValue): string | null {
  if (cell === null || cell instanceof Date || typeof cell === 'boolean') return null;
  const t = looseText(String(cell));
  return t === '' ? null : t;
}

/** 认定类别: one of the seven categories (their names or the common other words); empty is null. */
export function normaliseRecognitionCategory(cell: CellValue): WordOutcome<RecognitionCategory> {
  const t = words(cell);
  if (t === null) return { ok: true, value: null };
  const category = CATEGORY.get(t);
  if (category === undefined) return { ok: false, reason: `认定类别“${t}”无法识别（可填：${Object.values(RECOGNITION_CATEGORY_LABEL).join('、')}）` };
  return { ok: true, value: category };
}

export type ReviewDecision = 'recognised' | 'refused';

const DECISION = new Map<string, ReviewDecision | 'pending'>([
  ...['认定', '已认定', '予以认定', '同意', '同意认定', '通过', '审核通过', '符合', '是', '√'].map((w) => [w, 'recognised'] as const),
  ...['不予认定', '不认定', '未认定', '不同意', '不通过', '未通过', '审核未通过', '不符合', '否', '×'].map((w) => [w, 'refused'] as const),
  ...['待审核', '审核中', '未审核', '已申请', '申请中', '待认定'].map((w) => [w, 'pending'] as const),
]);

/** 审核结论: 认定 or 不予认定 in the words offices use; 待审核 and an empty cell are null (not reviewed yet). */
export function normaliseDecision(cell: CellValue): WordOutcome<ReviewDecision> {
  const t = words(cell);
  if (t === null) return { ok: true, value: null };
  const decision = DECISION.get(t);
  if (decision === undefined) return { ok: false, reason: `审核结论“${t}”无法识别（可填：认定、不予认定、待审核，或留空）` };
  return { ok: true, value: decision === 'pending' ? null : decision };
}
