import type { RecognitionCategory } from './workbook/records';

/** 就业困难人员 categories as screens and printed records name them. */
export const RECOGNITION_CATEGORY_LABEL: Record<RecognitionCategory, string> = {
  '4050': '4050 人员',
  dibao: '低保',
  zero_employment: '零就业家庭成员',
  disabled: '残疾',
  long_term_unemployed: '长期失业',
  landless: '失地农民',
  other: '其他',
};
