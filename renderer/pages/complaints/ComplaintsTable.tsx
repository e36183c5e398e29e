import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Complaint } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { DataTable } from '../../components/DataTable';
import { validityOf } from './complaint-labels';

interface Props {
  complaints: Complaint[];
  onJudge(c: Complaint): void;
  onResolve(c: Complaint): void;
  /** 作废 a complaint entered wrongly; null: no 作废 (read-only). */
  onVoid?: ((c: Complaint) => void) | null;
  /** 修改 a complaint and its judgement entered wrongly. */
  onEdit?: ((c: Complaint) => void) | null;
}

/** 投诉 rows, newest first: date, community, content, 有效/无效 with the day judged and the reason, the result once resolved. */
export function ComplaintsTable({ complaints, onJudge, onResolve, onVoid = null, onEdit = null }: Props) {
  return (
    <DataTable aria-label="投诉列表" rows={complaints} rowKey={(c) => c.id}
      columns={[
        { header: '投诉日期', w: 130, cell: (c) => formatChineseDate(c.date) },
        { header: '社区', w: 120, cell: (c) => c.communityName },
        {
          header: '投诉内容',
          cell: (c) => (
            <Text size="sm" lineClamp={3} title={c.content}>
              {c.content}
            </Text>
          ),
        },
        {
          header: '认定',
          w: 220,
          cell: (c) => {
            const validity = validityOf(c);
            return (
              <Stack gap={2}>
                <Badge color={validity.color} variant="light">
                  {validity.label}
                </Badge>
                {c.judgedOn && (
                  <Text size="xs" c="dimmed">
                    {formatChineseDate(c.judgedOn)}认定
                  </Text>
                )}
                {c.validityReason && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {c.validityReason}
                  </Text>
                )}
              </Stack>
            );
          },
        },
        {
          header: '办理',
          w: 240,
          cell: (c) =>
            c.resolvedOn !== null ? (
              <Stack gap={2}>
                <Text size="sm">已于 {formatChineseDate(c.resolvedOn)}办结</Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {c.resolution}
                </Text>
              </Stack>
            ) : (
              <Badge color="yellow" variant="light">
                未办结
              </Badge>
            ),
        },
        {
          header: null,
          w: onVoid ? 220 : 120,
          cell: (c) => (
            <Group gap={4} wrap="nowrap">
              {c.resolvedOn === null && (
                <>
                  <Button size="compact-sm" variant="subtle" onClick={() => onJudge(c)} aria-label={`认定投诉 ${c.date} ${c.communityName}`}>
                    认定
                  </Button>
                  <Button size="compact-sm" variant="subtle" onClick={() => onResolve(c)} aria-label={`办结投诉 ${c.date} ${c.communityName}`}>
                    办结
                  </Button>
                </>
              )}
              {onEdit && (
                <Button size="compact-sm" variant="subtle" onClick={() => onEdit(c)} aria-label={`修改投诉 ${c.date} ${c.communityName}`}>
                  修改
                </Button>
              )}
              {onVoid && (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => onVoid(c)} aria-label={`作废投诉 ${c.date} ${c.communityName}`}>
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
