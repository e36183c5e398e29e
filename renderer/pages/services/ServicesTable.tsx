import { Badge, Button, Group, Text } from '@mantine/core';
import type { ServiceRecord } from '../../../shared/contract/services';
import { DataTable } from '../../components/DataTable';
import { chineseDate } from '../registry/labels';
import { REFERRAL_RESULT_LABEL, SERVICE_KIND_LABEL, serviceDetail } from './service-kinds';

const RESULT_COLOR = { hired: 'green', refused: 'red', pending: 'yellow' } as const;

interface Props {
  records: ServiceRecord[];
  /** Null: no 更新结果 (read-only or archived). */
  onDecide: ((record: ServiceRecord) => void) | null;
  /** 作废 a record entered wrongly; absent: no 作废 (read-only). */
  onVoid?: ((record: ServiceRecord) => void) | null;
  /** 修改 a record entered wrongly (date, clerk, content, result). */
  onEdit?: ((record: ServiceRecord) => void) | null;
}

/** The person's services, newest first; a pending referral can get its result. */
export function ServicesTable({ records, onDecide, onVoid = null, onEdit = null }: Props) {
  return (
    <DataTable aria-label="服务记录" verticalSpacing={6} rows={records} rowKey={(r) => r.id}
      columns={[
        { header: '日期', w: 130, cell: (r) => chineseDate(r.date) },
        {
          header: '服务类型',
          w: 130,
          cell: (r) => (
            <>
              {SERVICE_KIND_LABEL[r.kind]}
              {r.householdId !== null && r.personId === null && (
                <Badge ml={4} size="xs" variant="light">
                  本户
                </Badge>
              )}
            </>
          ),
        },
        { header: '内容', cell: (r) => r.content ?? <Text span c="dimmed">—</Text> },
        {
          header: '详情',
          cell: (r) => (
            <>
              {serviceDetail(r)}
              {r.referralResult && (
                <Badge ml={serviceDetail(r) ? 6 : 0} color={RESULT_COLOR[r.referralResult]} variant="light">
                  {REFERRAL_RESULT_LABEL[r.referralResult]}
                </Badge>
              )}
            </>
          ),
        },
        { header: '服务结果', cell: (r) => r.outcome ?? <Text span c="dimmed">—</Text> },
        { header: '经办人', w: 90, cell: (r) => r.clerk ?? '—' },
        {
          header: null,
          w: onVoid ? 210 : 100,
          cell: (r) => (
            <Group gap={4} wrap="nowrap">
              {onDecide && r.kind === 'referral' && r.referralResult === 'pending' && (
                <Button size="compact-sm" variant="light" onClick={() => onDecide(r)}>
                  更新结果
                </Button>
              )}
              {onEdit && (
                <Button size="compact-sm" variant="subtle" onClick={() => onEdit(r)} aria-label={`修改：${chineseDate(r.date)} ${SERVICE_KIND_LABEL[r.kind]}`}>
                  修改
                </Button>
              )}
              {onVoid && r.kind !== 'assistance_agreement' && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => onVoid(r)} aria-label={`作废：${chineseDate(r.date)} ${SERVICE_KIND_LABEL[r.kind]}`}>
                  作废
                </Button>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}
