/** A person's state on a date in the words of a printed form, from their badges (DOMAIN §3 populations). */
import type { PersonBadges } from '../contract/population';

export function personStateText(b: Pick<PersonBadges, 'archived' | 'inStreet' | 'workingAge' | 'age' | 'labourResource' | 'employed' | 'unemployed' | 'registered' | 'wish'>): string {
  if (b.archived) return '已迁出';
  if (!b.inStreet) return '不在本街道';
  if (!b.workingAge) return b.age < 16 ? '未到劳动年龄' : '已过劳动年龄';
  if (b.employed) return '已就业';
  if (!b.labourResource) return '非劳动力资源';
  if (b.unemployed) return b.registered ? '失业（已登记）' : '失业（未登记）';
  if (!b.wish) return '无就业愿望';
  return '—';
}
