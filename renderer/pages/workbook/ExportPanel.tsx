import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/clock';
import { ExportResult } from '../../../shared/contract/workbook';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { JobStatus } from '../../components/JobStatus';

type Step = { kind: 'idle' } | { kind: 'working'; progress: Progressing | null } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; message: string };

/** What the standard workbook (version 2) holds: every record a clerk enters, sheet by sheet. */
export const WORKBOOK_HOLDS = [
  '街道，社区和村（联系人、“六到位”及说明）',
  '用工单位（结对社区）及其岗位',
  '家庭，以及低保户、户籍类型、经营性投资性收入自某日起的变更',
  '人员（迁入、迁出日期和原因），移户记录',
  '就业愿望（每次登记的日期、意愿工种）',
  '就业记录（用工单位、岗位、合同和社保），失业登记',
  '服务记录：给个人的（含职业介绍的岗位和结果、培训、政策落实）和给一户的',
  '就业困难人员认定（审核、退出、五清），一人一策援助协议、措施和跟踪回访',
  '投诉，及其认定（有效与否、日期、理由）和办结',
];

/** What it does not hold. */
export const WORKBOOK_LEAVES_OUT = [
  '保存的考核结果和手工评定',
  '工作日历的调整（节假日、调休）',
  '设置（人口规则、待办期限等）',
  '待办事项的处理标记（已处理、暂缓）',
  '用户和操作日志',
  '由数据推算的内容（零就业家庭等状态），导入后按数据重新推算',
  '已作废的记录（不计入任何结果；仍可在操作日志中查到，人员的作废记录也在其时间线上）',
];

export function ExportPanel() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function exportAll() {
    try {
      const target = await pickSaveTarget('导出标准数据工作簿', `标准数据工作簿-${todayIso().replace(/-/g, '')}.xlsx`, [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
      if (target === 'cancelled') return;
      setStep({ kind: 'working', progress: null });
      const { jobId } = await call('workbook.export', { file: target?.ref ?? null });
      const result = await followJob(jobId, ExportResult, (progress) => setStep({ kind: 'working', progress }));
      if (result.download) await downloadPrepared(result.download.ref, result.download.name);
      setStep({ kind: 'done', result });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>导出标准数据工作簿</Title>
          <Button onClick={exportAll} disabled={step.kind === 'working'} variant="light">
            导出工作簿…
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          第 2 版工作簿（.xlsx）可在 Excel 中查看，可导入另一台电脑上的工作台，也可交给别的系统：每张表的列与规则写在文件里的“填表说明”中。以 = + - @ 开头的内容按文字写出，Excel 不会把它当公式执行。
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <div role="region" aria-label="工作簿包含">
            <Text fw={600} size="sm" mb={4}>
              包含经办人录入的全部业务数据：
            </Text>
            <List size="sm" spacing={2}>
              {WORKBOOK_HOLDS.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </div>
          <div role="region" aria-label="工作簿不包含">
            <Text fw={600} size="sm" mb={4}>
              不包含：
            </Text>
            <List size="sm" spacing={2}>
              {WORKBOOK_LEAVES_OUT.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              要连同这些一起保存或转移，请由街道管理员在“用户与安全”（Alt+U）→“备份与恢复”中备份：备份文件包含全部数据（含以上各项），可以校验后恢复。
            </Text>
          </div>
        </SimpleGrid>
        <JobStatus step={step} title="正在导出" failedTitle="导出失败" />
        {step.kind === 'done' && (
          <Alert color="green" title={`已导出“${step.result.fileName}”`}>
            {Object.entries(step.result.counts)
              .map(([sheet, n]) => `${sheet} ${n.toLocaleString('zh-CN')} 行`)
              .join('，')}
            。考核结果、手工评定、日历调整、设置、用户和操作日志不在其中。
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
