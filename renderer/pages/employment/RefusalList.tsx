import type { DeemedCandidate } from '../../../shared/contract/employment';
import { DataTable } from '../../components/DataTable';
import { chineseDate } from '../registry/labels';

/** The refused referrals behind a “deemed no wish” suggestion: date, vacancy (or what was offered), clerk. */
export function RefusalList({ refusals }: { refusals: DeemedCandidate['refusals'] }) {
  return (
    <DataTable aria-label="拒绝的职业介绍" rows={refusals} rowKey={(r) => r.serviceId}
      columns={[
        { header: '介绍日期', cell: (r) => chineseDate(r.date) },
        { header: '岗位', cell: (r) => r.vacancyTitle ?? r.content ?? '未注明岗位' },
        { header: '经办人', cell: (r) => r.clerk ?? '—' },
      ]}
    />
  );
}
