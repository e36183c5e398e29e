import { Badge, Table, Text } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import type { AssistanceMeasure } from '../../../shared/contract/recognitions';
import { chineseDate } from '../registry/labels';
import { MEASURE_KIND_LABEL } from './recognition-labels';

interface Props {
  measures: AssistanceMeasure[];
  /** Null: no 标记完成 (the agreement has ended, or the person has left). */
  onComplete: ((measure: AssistanceMeasure) => void) | null;
}

/** The planned measures by planned day; overdue ones (not done, planned day passed) highlighted. */
export function MeasuresTable({ measures, onComplete }: Props) {
  return (
    <Table aria-label="援助措施" verticalSpacing={4} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>计划完成日期</Table.Th>
          <Table.Th w={150}>类别</Table.Th>
          <Table.Th>措施内容</Table.Th>
          <Table.Th w={200}>完成</Table.Th>
          <Table.Th w={100} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {measures.map((m) => (
          <Table.Tr key={m.id} bg={m.overdue ? 'var(--mantine-color-red-0)' : undefined} data-overdue={m.overdue || undefined}>
            <Table.Td>
              <Text size="sm" c={m.overdue ? 'red.8' : undefined} fw={m.overdue ? 600 : undefined}>
                {chineseDate(m.plannedOn)}
              </Text>
              {m.overdue && (
                <Badge color="red" size="xs" variant="filled">
                  逾期未完成
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{MEASURE_KIND_LABEL[m.kind]}</Table.Td>
            <Table.Td>{m.description}</Table.Td>
            <Table.Td>
              {m.doneOn ? (
                <>
                  <Text size="sm" c="green.8">
                    {chineseDate(m.doneOn)}完成
                  </Text>
                  {m.serviceRecordSummary && (
                    <Text size="xs" c="dimmed">
                      服务记录：{m.serviceRecordSummary}
                    </Text>
                  )}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  未完成
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {onComplete && m.doneOn === null && (
                <WriteButton size="compact-sm" variant="light" onClick={() => onComplete(m)} aria-label={`标记完成：${m.description}`}>
                  标记完成
                </WriteButton>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
