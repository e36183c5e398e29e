/** The words screens and printed records use for a recognition's status and for 五清. */
import type { FiveClear, Recognition } from '../contract/recognitions';

export const RECOGNITION_STATUS_LABEL: Record<Recognition['status'], string> = {
  applied: '已申请待审核',
  recognised: '已认定',
  refused: '不予认定',
  exited: '已退出',
};

/** 五清 (seed 003), in the order the policy names them. */
export const FIVE_CLEAR_ITEMS: { key: keyof FiveClear; label: string }[] = [
  { key: 'skills', label: '职业技能' },
  { key: 'jobWish', label: '择业愿望' },
  { key: 'family', label: '家庭情况' },
  { key: 'employment', label: '就业状况' },
  { key: 'policies', label: '享受政策情况' },
];
