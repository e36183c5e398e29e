import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/clock';
import { ExportResult } from '../../../shared/contract/workbook';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { JobProgress } from '../../components/JobProgress';

type Step = { kind: 'idle' } | { kind: 'working'; progress: Progressing | null } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; message: string };

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
          <Title order={4}>导出全部数据</Title>
          <Button onClick={exportAll} disabled={step.kind === 'working'} variant="light">
            导出工作簿…
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          导出为标准数据工作簿，可在 Excel 中查看，也可导入另一台电脑上的工作台。以 = + - @ 开头的内容按文字写出，Excel 不会把它当公式执行。
        </Text>
        {step.kind === 'working' && <JobProgress title="正在导出" progress={step.progress} />}
        {step.kind === 'failed' && (
          <Alert color="red" title="导出失败">
            {step.message}
          </Alert>
        )}
        {step.kind === 'done' && (
          <Alert color="green" title={`已导出“${step.result.fileName}”`}>
            {Object.entries(step.result.counts)
              .map(([sheet, n]) => `${sheet} ${n.toLocaleString('zh-CN')} 行`)
              .join('，')}
            {step.result.householdServicesLeftOut > 0 && `。注意：${step.result.householdServicesLeftOut} 条以家庭为对象的服务记录不在标准工作簿（第 1 版）中。`}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
