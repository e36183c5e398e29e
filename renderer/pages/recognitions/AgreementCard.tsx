import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { WriteButton } from '../../components/WriteButton';
import type { AssistanceAgreement, AssistanceMeasure } from '../../../shared/contract/recognitions';
import { DocumentPrintButton } from '../documents/DocumentPrintButton';
import { agreementPrint } from '../documents/document-prints';
import { chineseDate } from '../registry/labels';
import { FollowUpsTable } from './FollowUpsTable';
import { MeasuresTable } from './MeasuresTable';
import { AGREEMENT_STATUS_LABEL } from './recognition-labels';

export interface AgreementActions {
  addMeasure(): void;
  complete(measure: AssistanceMeasure): void;
  followUp(): void;
  close(): void;
}

interface Props {
  agreement: AssistanceAgreement;
  /** Null: read only (the agreement has ended, or the person has left and it can only be closed). */
  actions: AgreementActions | null;
  /** The person has left: only 终止协议 is offered. */
  archived: boolean;
  /** 修改 / 作废 of the agreement entered wrongly, whatever its state. */
  corrections?: ReactNode;
}

/** 一人一策: one assistance agreement with its planned measures and follow-up visits. */
export function AgreementCard({ agreement: a, actions, archived, corrections }: Props) {
  const active = a.status === 'active';
  const overdue = a.measures.filter((m) => m.overdue).length;
  const done = a.measures.filter((m) => m.doneOn !== null).length;
  const editable = active && actions !== null && !archived;
  return (
    <Paper withBorder p="sm" radius="md" bg={active ? 'var(--mantine-color-blue-0)' : undefined} aria-label="一人一策">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={6}>一人一策援助协议</Title>
              <Badge color={active ? 'blue' : 'gray'} variant={active ? 'filled' : 'light'}>
                {AGREEMENT_STATUS_LABEL[a.status]}
              </Badge>
              {overdue > 0 && (
                <Badge color="red" variant="light">
                  {overdue} 项措施逾期
                </Badge>
              )}
              <DocumentPrintButton size="compact-xs" label="打印协议书" {...agreementPrint(a.id)} />
              {corrections}
            </Group>
            <Text size="sm">
              {chineseDate(a.signedOn)}签订 · 经办人 {a.clerk} · 措施 {done}/{a.measures.length} 已完成 · 回访 {a.followUps.length} 次
            </Text>
            <Text size="sm">目标：{a.goal}</Text>
            {a.notes && (
              <Text size="sm" c="dimmed">
                备注：{a.notes}
              </Text>
            )}
            {!active && (
              <Text size="sm" c="dimmed">
                已于{chineseDate(a.closedOn)}终止：{a.closeReason}
              </Text>
            )}
          </Stack>
          {active && actions && (
            <Group gap="xs">
              <WriteButton size="xs" variant="default" onClick={actions.addMeasure} disabled={archived}>
                添加措施
              </WriteButton>
              <WriteButton size="xs" variant="default" onClick={actions.followUp} disabled={archived}>
                登记回访
              </WriteButton>
              <WriteButton size="xs" variant="light" color="red" onClick={actions.close}>
                终止协议
              </WriteButton>
            </Group>
          )}
        </Group>
        {a.measures.length > 0 ? (
          <MeasuresTable measures={a.measures} onComplete={editable && actions ? actions.complete : null} />
        ) : (
          <Text size="sm" c="dimmed">
            还没有援助措施。{editable ? '点“添加措施”列入职业指导、职业介绍、培训等计划。' : ''}
          </Text>
        )}
        {a.followUps.length > 0 && <FollowUpsTable followUps={a.followUps} />}
      </Stack>
    </Paper>
  );
}
