import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { JobStarted } from '../../../shared/contract/jobs';
import { LedgerCommitted, LedgerPreview } from '../../../shared/contract/ledger-import';
import type { LedgerInspection, LedgerMapping } from '../../../shared/contract/ledger-import';
import { LEDGER_KIND_LABEL, LEDGER_KINDS, needsCommunity } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { CommunitySelect } from '../../components/CommunitySelect';
import { JobStatus } from '../../components/JobStatus';
import { call, pickFileForImport } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { saveProduced } from '../../lib/save-produced';
import { useApiQuery } from '../../lib/use-api-query';
import { MappingTable } from './MappingTable';
import { PreviewRows } from './PreviewRows';
import { SavedTemplates } from './SavedTemplates';

const LEDGER_FILES = [{ name: 'Excel/WPS 表格或 CSV', extensions: ['xlsx', 'xls', 'et', 'csv'] }];
const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

interface Picked {
  ref: string;
  name: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; title: string; progress: Progressing | null }
  | { kind: 'mapping'; file: Picked; inspection: LedgerInspection }
  | { kind: 'preview'; file: Picked; inspection: LedgerInspection; jobId: string; preview: LedgerPreview }
  | { kind: 'done'; jobId: string; preview: LedgerPreview; result: LedgerCommitted }
  | { kind: 'failed'; message: string };

/** 导入本所台账: choose a file, confirm the mapping, preview every row, commit the valid ones in one transaction. */
export function LedgerImportPanel() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [kind, setKind] = useState<LedgerKind>('labour');
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<LedgerMapping>({});
  const [saveAs, setSaveAs] = useState('');
  const communities = useApiQuery('communities.list', {});
  const working = step.kind === 'working';

  function applyInspection(file: Picked, inspection: LedgerInspection, currentKind: LedgerKind) {
    const template = inspection.template;
    const nextKind = template?.kind ?? currentKind;
    setKind(nextKind);
    setMapping(template?.mapping ?? inspection.suggestions[nextKind] ?? {});
    setSaveAs(template?.name ?? '');
    setStep({ kind: 'mapping', file, inspection });
  }

  async function inspect(file: Picked, sheet: string | null) {
    setStep({ kind: 'working', title: `正在读取“${file.name}”的表头`, progress: null });
    const inspection = await call('ledgerImport.inspect', { file: file.ref, sheet });
    applyInspection(file, inspection, kind);
  }

  async function choose() {
    try {
      setStep({ kind: 'working', title: '正在上传文件…', progress: null });
      const picked = await pickFileForImport('选择本所台账', LEDGER_FILES);
      if (!picked) return setStep({ kind: 'idle' });
      await inspect({ ref: picked.ref, name: picked.name }, null);
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function preview(file: Picked, inspection: LedgerInspection) {
    // Only the kinds that add persons place them in a community's households.
    const community = needsCommunity(kind) ? communityId : null;
    if (needsCommunity(kind) && community === null) return;
    const title = `正在逐行读取并校验“${file.name}”`;
    try {
      setStep({ kind: 'working', title, progress: null });
      const started = JobStarted.parse(
        await call('ledgerImport.preview', { file: file.ref, sheet: inspection.sheet, kind, communityId: community === null ? null : Number(community), mapping, saveAs: saveAs.trim() === '' ? null : saveAs.trim() }),
      );
      const result = await followJob(started.jobId, LedgerPreview, (progress) => setStep({ kind: 'working', title, progress }));
      setStep({ kind: 'preview', file, inspection, jobId: started.jobId, preview: result });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function commit(jobId: string, shown: LedgerPreview) {
    const title = '正在写入数据库（一个事务）';
    try {
      setStep({ kind: 'working', title, progress: null });
      const started = await call('ledgerImport.commit', { previewJobId: jobId });
      const result = await followJob(started.jobId, LedgerCommitted, (progress) => setStep({ kind: 'working', title, progress }));
      setStep({ kind: 'done', jobId, preview: shown, result });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function errorReport(jobId: string, fileName: string) {
    await saveProduced(
      { title: '保存未导入的行', defaultName: `未导入的行-${fileName.replace(/\.[^.]+$/, '')}.xlsx`, filters: XLSX },
      (file) => call('ledgerImport.errorReport', { previewJobId: jobId, file }),
      () => '未导入的行已保存',
    );
  }

  const reportButton = (jobId: string, p: LedgerPreview) =>
    p.summary.rejected + p.summary.duplicates > 0 && (
      <Button variant="light" onClick={() => errorReport(jobId, p.fileName)}>
        下载未导入的行（{p.summary.rejected + p.summary.duplicates}）
      </Button>
    );

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>导入本所台账</Title>
          <Button onClick={choose} disabled={working}>
            选择台账文件…
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          本所多年来在 Excel、WPS 里记的台账（.xlsx、.xls、.et 或 .csv，版式不限）：程序找出表头（跳过标题和填报单位行，认得两级表头），建议每一列对应的字段，由您确认或改正；再逐行校验并预览。确认导入时，可导入的行在一个事务中写入，被拒绝的行不会写入，可下载后改正再导入。
        </Text>
        <JobStatus step={step} failedTitle="未能读取或导入" />
        {(step.kind === 'idle' || step.kind === 'done') && <SavedTemplates refreshKey={step.kind === 'done' ? 1 : 0} />}
        {step.kind === 'mapping' && (
          <Stack>
            <Text size="sm">
              文件“{step.inspection.fileName}”（{step.inspection.format === 'csv' ? `CSV，${step.inspection.encoding === 'GB18030' ? 'GBK/GB18030 编码' : 'UTF-8 编码'}` : step.inspection.format === 'xls' ? '旧版 Excel/WPS 表格' : 'Excel 工作簿'}）
              {step.inspection.header && `：表头在第 ${step.inspection.header.first}${step.inspection.header.last !== step.inspection.header.first ? `–${step.inspection.header.last}` : ''} 行`}
            </Text>
            <Group align="end">
              {step.inspection.sheets.length > 1 && (
                <Select
                  label="工作表"
                  data={step.inspection.sheets}
                  value={step.inspection.sheet}
                  allowDeselect={false}
                  onChange={(sheet) => sheet && inspect(step.file, sheet).catch((e: unknown) => setStep({ kind: 'failed', message: messageOf(e) }))}
                />
              )}
              <Select
                label="台账类型"
                data={LEDGER_KINDS.map((k) => ({ value: k, label: LEDGER_KIND_LABEL[k] }))}
                value={kind}
                allowDeselect={false}
                onChange={(value) => {
                  if (!value) return;
                  const next = value as LedgerKind;
                  setKind(next);
                  setMapping(step.inspection.suggestions[next] ?? {});
                }}
              />
              {needsCommunity(kind) ? (
                <CommunitySelect label="新人员放入社区" placeholder="请选择社区" communities={communities.data ?? []} value={communityId} onChange={setCommunityId} required />
              ) : (
                <Text size="sm" c="dimmed" maw={320}>
                  {kind === 'vacancies' ? '岗位台账不涉及人员，无需选择社区。' : '本类台账只记录已在库中的人员的记录，不新建人员、不迁户，无需选择社区。'}
                </Text>
              )}
            </Group>
            {step.inspection.template && (
              <Alert color="blue" title={`已按映射模板“${step.inspection.template.name}”填好对应关系`}>
                这个文件的表头与保存模板时的文件相同。请核对后预览。
              </Alert>
            )}
            {step.inspection.header === null ? (
              <Alert color="red" title="找不到表头">
                工作表“{step.inspection.sheet}”的前 30 行里没有一行写着至少两个认得出的列名（如 姓名、身份证号码）。请选择其他工作表，或在 Excel/WPS 中补上列名后重新选择文件。
              </Alert>
            ) : (
              <>
                <MappingTable inspection={step.inspection} kind={kind} mapping={mapping} onChange={setMapping} />
                {kind !== 'vacancies' && !Object.values(mapping).includes('idNumber') && (
                  <Alert color="orange" title="请指定身份证号码列">
                    没有认出哪一列是身份证号码：请在上表中为它选择“身份证号码”。程序不会猜测。
                  </Alert>
                )}
                <Group align="end">
                  <TextInput label="保存为映射模板（可选）" description="以后表头相同的文件自动套用" value={saveAs} onChange={(e) => setSaveAs(e.currentTarget.value)} maxLength={40} w={260} />
                  <Button onClick={() => preview(step.file, step.inspection)} disabled={(needsCommunity(kind) && communityId === null) || (kind !== 'vacancies' && !Object.values(mapping).includes('idNumber'))}>
                    预览
                  </Button>
                  <Button variant="default" onClick={() => setStep({ kind: 'idle' })}>
                    取消
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        )}
        {step.kind === 'preview' && (
          <Stack>
            <Alert color={step.preview.ok ? 'blue' : 'red'} title={step.preview.ok ? `“${step.preview.fileName}”已校验，尚未写入` : `“${step.preview.fileName}”没有可导入的行，未写入任何数据`}>
              表头第 {step.preview.headerRows[0]}–{step.preview.headerRows[1]} 行，数据 {step.preview.dataRows} 行
              {step.preview.blankRows > 0 && `（跳过空行 ${step.preview.blankRows} 行）`}
              {step.preview.footerRows.length > 0 && `，表尾第 ${step.preview.footerRows.join('、')} 行（合计、制表人等）不作数据`}。可导入 {step.preview.summary.valid} 行（新增 {step.preview.summary.new}、更新 {step.preview.summary.updates}、不变{' '}
              {step.preview.summary.unchanged}
              {needsCommunity(step.preview.kind) && `；新建 ${step.preview.summary.newHouseholds} 户`}），拒绝 {step.preview.summary.rejected} 行，重复 {step.preview.summary.duplicates} 行。
            </Alert>
            <Group>
              <Button onClick={() => commit(step.jobId, step.preview)} disabled={!step.preview.ok}>
                确认导入（{step.preview.summary.valid} 行）
              </Button>
              {reportButton(step.jobId, step.preview)}
              <Button variant="default" onClick={() => setStep({ kind: 'mapping', file: step.file, inspection: step.inspection })}>
                返回修改对应关系
              </Button>
              <Button variant="default" onClick={() => setStep({ kind: 'idle' })}>
                取消
              </Button>
            </Group>
            <PreviewRows jobId={step.jobId} summary={step.preview.summary} kind={step.preview.kind} />
          </Stack>
        )}
        {step.kind === 'done' && (
          <Stack>
            <Alert color="green" title={`已导入“${step.result.fileName}”`}>
              {step.result.vacancies ? (
                `新增用工单位 ${step.result.employers?.new ?? 0} 家、更新 ${step.result.employers?.changed ?? 0} 家；新增岗位 ${step.result.vacancies.new} 个、更新 ${step.result.vacancies.changed} 个（已有的同一岗位不会重复写入）。可到“用工单位”页查看。`
              ) : step.result.recognitions ? (
                `新增困难认定 ${step.result.recognitions.new} 条、办理审核或退出 ${step.result.recognitions.changed} 条（已有的同一认定不会重复写入）。可到“人员与家庭”页的人员详情查看。`
              ) : !needsCommunity(step.preview.kind) ? (
                `新增或更新服务记录 ${step.result.services} 条（已有的同一记录不会重复写入）。可到“人员与家庭”页的人员详情查看。`
              ) : (
                <>
                  新增 {step.result.persons.new} 人、更新 {step.result.persons.changed} 人，新建 {step.result.households} 户
                  {step.result.registrations > 0 && `，失业登记 ${step.result.registrations} 条`}。可到“人员与家庭”页查看。
                </>
              )}
            </Alert>
            <Group>{reportButton(step.jobId, step.preview)}</Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
