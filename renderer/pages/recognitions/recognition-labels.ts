/** The words the 就业困难认定 and 一人一策 sections show for the stored codes. */
import type { FiveClear, Recognition } from '../../../shared/contract/recognitions';
import { AGREEMENT_STATUS_LABEL, MEASURE_KIND_LABEL } from '../../../shared/domain/assistance';
import { RECOGNITION_CATEGORY_LABEL } from '../../../shared/domain/recognition-categories';

export { AGREEMENT_STATUS_LABEL, MEASURE_KIND_LABEL };

export const CATEGORY_LABEL = RECOGNITION_CATEGORY_LABEL;

export const STATUS_LABEL: Record<Recognition['status'], string> = {
  applied: '已申请待审核',
  recognised: '已认定',
  refused: '不予认定',
  exited: '已退出',
};

export const STATUS_COLOR: Record<Recognition['status'], string> = {
  applied: 'yellow',
  recognised: 'green',
  refused: 'gray',
  exited: 'gray',
};

/** 五清 (seed 003), in the order the policy names them. */
export const FIVE_CLEAR_ITEMS: { key: keyof FiveClear; label: string }[] = [
  { key: 'skills', label: '职业技能' },
  { key: 'jobWish', label: '择业愿望' },
  { key: 'family', label: '家庭情况' },
  { key: 'employment', label: '就业状况' },
  { key: 'policies', label: '享受政策情况' },
];

export const EXIT_REASONS = ['已实现就业', '不再符合认定条件', '达到法定退休年龄', '迁出本街道', '本人申请退出', '其他'];
export const CLOSE_REASONS = ['已实现就业', '援助目标已完成', '本人不再需要援助', '迁出本街道', '其他'];
