/** The words the 就业困难认定 and 一人一策 sections show for the stored codes. */
import type { Recognition } from '../../../shared/contract/recognitions';
import { AGREEMENT_STATUS_LABEL, MEASURE_KIND_LABEL } from '../../../shared/domain/assistance';
import { RECOGNITION_CATEGORY_LABEL } from '../../../shared/domain/recognition-categories';
import { FIVE_CLEAR_ITEMS, RECOGNITION_STATUS_LABEL } from '../../../shared/domain/recognition-labels';

export { AGREEMENT_STATUS_LABEL, FIVE_CLEAR_ITEMS, MEASURE_KIND_LABEL };

export const CATEGORY_LABEL = RECOGNITION_CATEGORY_LABEL;

export const STATUS_LABEL = RECOGNITION_STATUS_LABEL;

export const STATUS_COLOR: Record<Recognition['status'], string> = {
  applied: 'yellow',
  recognised: 'green',
  refused: 'gray',
  exited: 'gray',
};

export const EXIT_REASONS = ['已实现就业', '不再符合认定条件', '达到法定退休年龄', '迁出本街道', '本人申请退出', '其他'];
export const CLOSE_REASONS = ['已实现就业', '援助目标已完成', '本人不再需要援助', '迁出本街道', '其他'];
