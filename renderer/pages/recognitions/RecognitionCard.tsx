import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Recognition } from '../../../shared/contract/recognitions';
import { DocumentPrintButton } from '../documents/DocumentPrintButton';
import { recognitionFormPrint } from '../documents/document-prints';
import { chineseDate } from '../registry/labels';
import { FiveClearList } from './FiveClearList';
import { CATEGORY_LABEL, STATUS_COLOR, STATUS_LABEL } from './recognition-labels';
import { Fact } from '../../components/Fact';


/** Seed 003: the especially difficult get a job within 72 hours of recognition. */
function CommitmentLine({ dueOn, keptOn }: { dueOn: string; keptOn: string | null }) {
  const late = keptOn !== null && keptOn > dueOn;
  const color = keptOn === null ? 'red.8' : late ? 'orange.8' : 'green.8';
  const state =
    keptOn === null
      ? '，尚未登记兑现（在一人一策中添加“72小时即时就业承诺”措施并标记完成）'
      : `，已于${chineseDate(keptOn)}兑现${late ? '（超过承诺期限）' : ''}`;
  return (
    <Text size="sm" c={color}>
      72 小时即时就业承诺：应于{chineseDate(dueOn)}前兑现{state}
    </Text>
  );
}

interface Props {
  recognition: Recognition;
  /** 审核 / 退出 buttons allowed by the status. */
  actions: ReactNode;
  /** When the 72-hour commitment was kept (a commitment measure done), if it was. */
  commitmentKeptOn: string | null;
  /** The 一人一策 agreements signed under this recognition. */
  children?: ReactNode;
}

/** One difficulty recognition: category, status, dates, reviewer, 特别困难, 五清, exit; its agreements below. */
export function RecognitionCard({ recognition: r, actions, commitmentKeptOn, children }: Props) {
  const live = r.status === 'applied' || r.status === 'recognised';
  return (
    <Paper withBorder p="sm" radius="md" aria-label={`就业困难认定（${CATEGORY_LABEL[r.category]}）`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Badge color={STATUS_COLOR[r.status]} variant={live ? 'filled' : 'light'} size="lg">
              {STATUS_LABEL[r.status]}
            </Badge>
            <Text fw={600}>{CATEGORY_LABEL[r.category]}</Text>
            {r.especiallyDifficult && (
              <Badge color="red" variant="light">
                特别困难
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <DocumentPrintButton size="xs" label="打印认定表" {...recognitionFormPrint(r.id)} />
            {actions}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" verticalSpacing={4}>
          <Fact label="申请日期">{chineseDate(r.appliedOn)}</Fact>
          <Fact label="审核日期">{chineseDate(r.reviewedOn)}</Fact>
          <Fact label="审核人">{r.reviewer}</Fact>
          <Fact label="审核意见">{r.reviewNote}</Fact>
          <Fact label="认定日期">{chineseDate(r.recognisedOn)}</Fact>
          {r.exitedOn && <Fact label="退出日期">{chineseDate(r.exitedOn)}</Fact>}
          {r.exitedOn && <Fact label="退出原因">{r.exitReason}</Fact>}
        </SimpleGrid>
        {r.commitmentDueOn && <CommitmentLine dueOn={r.commitmentDueOn} keptOn={commitmentKeptOn} />}
        <FiveClearList fiveClear={r.fiveClear} />
        {children}
      </Stack>
    </Paper>
  );
}
