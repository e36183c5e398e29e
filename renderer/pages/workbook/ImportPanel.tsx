import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { JobStarted } from '../../../shared/contract/jobs';
import { ImportPreview, ImportResult } from '../../../shared/contract/workbook';
import { call, pickFileForImport } from '../../lib/api';
import { saveProduced } from '../../lib/save-produced';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import { ChangeCountsTable } from '../../components/ChangeCountsTable';
import { JobStatus } from '../../components/JobStatus';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportWarnings } from './ImportWarnings';
import { setImportStep, useImportStep } from './import-step';
import { TemplateButton } from './TemplateButton';

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export function ImportPanel() {
  const step = useImportStep();
  const setStep = setImportStep;
  const working = step.kind === 'working';

  async function choose() {
    try {
      setStep({ kind: 'working', title: '正在上传文件…', progress: null });
      const file = await pickFileForImport('选择标准数据工作簿', XLSX);
      if (!file) return setStep({ kind: 'idle' });
      setStep({ kind: 'working', title: `正在读取并校验“${file.name}”`, progress: null });
      const { jobId } = JobStarted.parse(await call('workbook.preview', { file: file.ref }));
      const preview = await followJob(jobId, ImportPreview, (progress) => setStep({ kind: 'working', title: `正在读取并校验“${file.name}”`, progress, jobId }));
      setStep({ kind: 'preview', jobId, preview });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function commit(previewJobId: string) {
    try {
      setStep({ kind: 'working', title: '正在写入数据库（一个事务）', progress: null });
      const { jobId } = await call('workbook.commit', { previewJobId });
      const result = await followJob(jobId, ImportResult, (progress) => setStep({ kind: 'working', title: '正在写入数据库（一个事务）', progress, jobId }));
      setStep({ kind: 'done', result });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  /** Stops the running job (it ends as failed: 已取消，数据库未改动), or lets a waiting preview go. */
  async function cancel(jobId: string) {
    try {
      await call('jobs.cancel', { id: jobId });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function downloadErrors(previewJobId: string, fileName: string) {
    await saveProduced(
      { title: '保存错误清单', defaultName: `导入错误清单-${fileName}`, filters: XLSX },
      (file) => call('workbook.errorReport', { previewJobId, file }),
      () => '错误清单已保存',
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>导入标准数据工作簿</Title>
          <Group gap="xs">
            <TemplateButton />
            <Button onClick={choose} disabled={working}>
              选择文件…
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          先全部校验、预览新增/变更/未变的行数；只有每一行都正确时才能确认导入，并在一个事务中全部写入。有任何问题时不会写入任何数据。导入新增和修改记录，文件中没有的记录不会被删除。
          要在 Excel 或 WPS 中填写后导入，请先下载空白模板：每张表的列标题都已排好，“填表说明”逐列写明含义、是否必填、可填的值和示例，是/否和各类选项有下拉列表。
        </Text>
        <JobStatus step={step} failedTitle="未导入" />
        {step.kind === 'working' && step.jobId !== undefined && (
          <Group>
            <Button variant="default" onClick={() => cancel(step.jobId as string)}>
              取消导入
            </Button>
            <Text size="sm" c="dimmed">
              导入在后台进行，可以先去别的页面查看；写入完成前取消，数据库不会有任何改动。
            </Text>
          </Group>
        )}
        {step.kind === 'preview' && step.preview.ok && (
          <Stack>
            <Alert color="blue" title={`“${step.preview.fileName}”校验通过，尚未写入`}>
              请核对下表后确认导入。
            </Alert>
            <ImportWarnings warnings={step.preview.warnings} />
            <ChangeCountsTable counts={step.preview.counts} label="导入预览" heading="工作表" width={520} />
            <Group>
              <Button onClick={() => commit(step.jobId)}>确认导入</Button>
              <Button
                variant="default"
                onClick={() => {
                  void cancel(step.jobId);
                  setStep({ kind: 'idle' });
                }}
              >
                取消
              </Button>
            </Group>
          </Stack>
        )}
        {step.kind === 'preview' && !step.preview.ok && (
          <Stack>
            <Alert color="red" title={`“${step.preview.fileName}”有 ${(step.preview.errors.length + step.preview.omittedErrors).toLocaleString('zh-CN')} 个问题，未写入任何数据`}>
              请按下表（或下载的错误清单）逐条改正后重新导入。
            </Alert>
            <ImportWarnings warnings={step.preview.warnings} />
            <Group>
              <Button variant="light" onClick={() => downloadErrors(step.jobId, step.preview.fileName)}>
                下载错误清单
              </Button>
            </Group>
            <ImportErrorsTable errors={step.preview.errors} />
          </Stack>
        )}
        {step.kind === 'done' && (
          <Stack>
            <Alert color="green" title={`已导入“${step.result.fileName}”`}>
              数据已写入。可到“社区”页查看各社区的户数和人数。
            </Alert>
            <ChangeCountsTable counts={step.result.counts} label="导入结果" heading="工作表" width={520} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
