import { Text } from '@mantine/core';
import type { AgreementFollowUp } from '../../../shared/contract/recognitions';
import { DataTable } from '../../components/DataTable';
import { chineseDate } from '../registry/labels';

/** The follow-up visits under an agreement, oldest first. */
export function FollowUpsTable({ followUps }: { followUps: AgreementFollowUp[] }) {
  return (
    <DataTable aria-label="跟踪回访" verticalSpacing={4} rows={followUps} rowKey={(f) => f.serviceRecordId}
      columns={[
        { header: '回访日期', w: 140, cell: (f) => chineseDate(f.date) },
        { header: '回访内容', cell: (f) => f.content ?? '—' },
        { header: '回访结果', w: 200, cell: (f) => f.outcome ?? <Text span c="dimmed">—</Text> },
        { header: '经办人', w: 100, cell: (f) => f.clerk ?? '—' },
      ]}
    />
  );
}
