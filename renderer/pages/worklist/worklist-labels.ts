/** The worklist's colours and small formats. */
import type { WorklistRow } from '../../../shared/contract/worklist';
import { maskIdNumber } from '../../../shared/domain/id-number';
import type { WorklistKind, WorklistStatus } from '../../../shared/domain/worklist/kinds';

export { WORKLIST_KIND_LABEL, WORKLIST_KINDS, WORKLIST_STATUS_LABEL } from '../../../shared/domain/worklist/kinds';

export const STATUS_COLOR: Record<WorklistStatus, string> = { overdue: 'red', due: 'orange', upcoming: 'blue' };

export const KIND_COLOR: Record<WorklistKind, string> = {
  guidance: 'indigo',
  zero_employment_family: 'red',
  commitment: 'pink',
  registration_9m: 'yellow',
  registration_11m: 'orange',
  follow_up: 'teal',
  entering_4050: 'cyan',
  retirement: 'gray',
  refused_referrals: 'grape',
  missing_ten_clear: 'lime',
  missing_five_clear: 'green',
  community_recheck: 'violet',
};

/** Lists mask 身份证号码 (first 6 and last 4 shown); 户编号 and community codes are shown as they are. */
export function subjectKeyText(subject: WorklistRow['subject']): string {
  return subject.kind === 'person' ? maskIdNumber(subject.key) : subject.key;
}
