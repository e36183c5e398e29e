import { Alert, Button, Group, List, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PickedFile } from '../../../shared/contract/shell';
import { ImportedPackage, PackagePreview } from '../../../shared/contract/packages';
import { JobStatus } from '../../components/JobStatus';
import { call, pickFileForImport } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { dateTimeText, kindLabel, PACKAGE_FILES, partyText, shaGroups } from './exchange-format';
import { ProblemsTable } from './ProblemsTable';
import { SummaryTable } from './SummaryTable';
import { momentText, periodText } from '../../../shared/domain/date-text';

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; title: string; progress: Progressing | null }
  | { kind: 'preview'; jobId: string; preview: PackagePreview }
  | { kind: 'done'; result: ImportedPackage }
  | { kind: 'failed'; message: string };

/** 导入交换包: the file, its passphrase, the dry-run summary, then 确认导入 (one transaction). */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const working = step.kind === 'working';

  async function verify(picked: PickedFile, pass: string) {
    const title = `正在校验“${picked.name}”（未写入任何数据）`;
    try {
      setStep({ kind: 'working', title, progress: null });
      const { jobId } = await call('packages.preview', { file: picked.ref, ...(pass ? { passphrase: pass } : {}) });
      const preview = await followJob(jobId, PackagePreview, (progress) => setStep({ kind: 'working', title, progress }));
      setStep({ kind: 'preview', jobId, preview });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function choose() {
    try {
      setStep({ kind: 'working', title: '正在上传文件…', progress: null });
      const picked = await pickFileForImport('选择交换包', PACKAGE_FILES);
      if (!picked) return setStep({ kind: 'idle' });
      setFile(picked);
      await verify(picked, passphrase);
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  function unlock(event: FormEvent) {
    event.preventDefault();
    if (file) void verify(file, passphrase);
  }

  async function commit(previewJobId: string) {
    const title = '正在写入数据库（一个事务：全部写入，或一条都不写）';
    try {
      setStep({ kind: 'working', title, progress: null });
      const { jobId } = await call('packages.commit', { previewJobId });
      const result = await followJob(jobId, ImportedPackage, (progress) => setStep({ kind: 'working', title, progress }));
      setPassphrase('');
      setStep({ kind: 'done', result });
      onImported();
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  const preview = step.kind === 'preview' ? step.preview : null;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>导入交换包</Title>
          <Button onClick={choose} disabled={working}>
            选择交换包…
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          先校验整个文件（压缩包安全、清单、每个文件的 SHA-256 和行数、每条记录）并与本机数据比对，显示新增/变更/未变/冲突；确认后在一个事务中全部写入。有任何问题或冲突时不写入任何数据；同一个包只导入一次。
        </Text>
        {(preview?.needsPassphrase || (file && preview?.sealed && !preview.ok)) && (
          <form onSubmit={unlock}>
            <Group align="flex-end">
              <PasswordInput label="口令" description="这个交换包已加密，请输入发送方告知的口令" w={300} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="off" data-autofocus />
              <Button type="submit" disabled={!passphrase || working}>
                解密并校验
              </Button>
            </Group>
          </form>
        )}
        <JobStatus step={step} failedTitle="未导入" />
        {preview && preview.alreadyImported && (
          <Alert color="yellow" title="这个交换包已经导入过">
            已于 {dateTimeText(preview.alreadyImported.at)} 由 {preview.alreadyImported.by} 导入（文件“{preview.alreadyImported.fileName}”），本次未写入任何数据。
          </Alert>
        )}
        {preview && !preview.alreadyImported && preview.manifest && (
          <Text size="sm">
            {kindLabel(preview.manifest.kind)}包 · 发出方 {preview.manifest.issuer.name ? `${preview.manifest.issuer.name}（${preview.manifest.issuer.code}）` : preview.manifest.issuer.code} · 接收方 {partyText(preview.manifest.recipient.code)}
            {preview.manifest.period ? ` · ${periodText(preview.manifest.period.from, preview.manifest.period.to)}` : ''} · 生成于 {momentText(preview.manifest.createdAt)} · {preview.sealed ? '已加密' : '未加密'}
          </Text>
        )}
        {preview && !preview.alreadyImported && preview.needsPassphrase && <Alert color="blue">这个交换包已加密：请输入口令后点“解密并校验”。</Alert>}
        {preview && !preview.alreadyImported && !preview.needsPassphrase && (
          <Stack>
            {preview.ok ? (
              <Alert color="blue" title={`“${preview.fileName}”校验通过，尚未写入`}>
                预演结果如下，请核对后确认导入。
              </Alert>
            ) : (
              <Alert color="red" title={`“${preview.fileName}”不能导入：${(preview.errors.length + preview.omittedErrors).toLocaleString('zh-CN')} 个问题，未写入任何数据`}>
                {Object.keys(preview.summary).length > 0 ? '与本机数据有冲突（见下表），划转和导入不会覆盖本机数据。' : '请让发送方核对后重新发送。'}
              </Alert>
            )}
            {preview.notes.length > 0 && (
              <List size="sm">
                {preview.notes.map((n) => (
                  <List.Item key={n}>{n}</List.Item>
                ))}
              </List>
            )}
            {Object.keys(preview.summary).length > 0 && <SummaryTable summary={preview.summary} label="导入预演" />}
            {preview.errors.length > 0 && <ProblemsTable problems={preview.errors} omitted={preview.omittedErrors} label="交换包问题" />}
            <Text size="xs" c="dimmed" ff="monospace">
              SHA-256：{shaGroups(preview.sha256)}
            </Text>
            <Group>
              <Button onClick={() => commit(step.kind === 'preview' ? step.jobId : '')} disabled={!preview.ok}>
                确认导入
              </Button>
              <Button variant="default" onClick={() => setStep({ kind: 'idle' })}>
                取消
              </Button>
            </Group>
          </Stack>
        )}
        {step.kind === 'done' && (
          <Stack>
            <Alert color="green" title={`已导入${kindLabel(step.result.kind)}包“${step.result.fileName}”`}>
              数据已在一个事务中写入，并记入交换记录。
            </Alert>
            <SummaryTable summary={step.result.summary} label="导入结果" />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
