import { Alert, Anchor, Button, Checkbox, Group, MultiSelect, NumberInput, Paper, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { todayIso } from '../../../shared/clock';
import { ExportedPackage } from '../../../shared/contract/packages';
import { MIN_PASSPHRASE_CHARS } from '../../../shared/domain/packages/format';
import { BROADCAST_KINDS, PACKAGE_KIND_LABEL, PACKAGE_KINDS, SEALED_KINDS } from '../../../shared/domain/packages/kinds';
import type { PackageKind } from '../../../shared/domain/packages/kinds';
import { JobProgress } from '../../components/JobProgress';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { useApiQuery } from '../../lib/use-api-query';
import { bytesText, kindLabel, PACKAGE_FILES, partyText, shaGroups } from './exchange-format';

type Step = { kind: 'idle' } | { kind: 'working'; progress: Progressing | null } | { kind: 'done'; result: ExportedPackage } | { kind: 'failed'; message: string };

const KIND_HINT: Record<PackageKind, string> = {
  'annual-submission': '冻结的年度考核（每个社区的每项考核、未达标人员名单）、推荐优秀社区和街道合计。含个人信息，必须加密。先在“年度上报”中冻结该年度。',
  standard: '本机的全部考核标准（规则文件）。',
  calendar: '某一年的放假和调休上班日期。',
  parameters: '人口口径（退休年龄规则、“4050”年龄、农村户）和待办期限。',
  'code-list': '本街道各社区的代码、名称和类型。',
  'bureau-verdicts': '本机收到的市局验收结果（转给本街道的另一台电脑）。',
  'community-transfer': '所选社区的家庭、人员及其就业、失业登记和服务记录，划转给另一个街道。含个人信息，必须加密。',
};

const YEAR_KINDS: ReadonlySet<PackageKind> = new Set<PackageKind>(['annual-submission', 'bureau-verdicts', 'calendar']);

/** 导出交换包: kind, period, recipient, passphrase. */
export function ExportPanel() {
  const thisYear = Number(todayIso().slice(0, 4));
  const settings = useApiQuery('exchange.settings', {});
  const communities = useApiQuery('communities.list', {});
  const [kind, setKind] = useState<PackageKind>('annual-submission');
  const [year, setYear] = useState<number>(thisYear);
  const [recipient, setRecipient] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [seal, setSeal] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const mustSeal = SEALED_KINDS.has(kind);
  const sealed = mustSeal || seal;
  const defaultRecipient = kind === 'annual-submission' ? (settings.data?.bureauCode ?? '') : BROADCAST_KINDS.has(kind) ? '*' : kind === 'bureau-verdicts' ? '本街道' : '';
  const recipientHint =
    kind === 'annual-submission' && settings.data
      ? `不填则发给上级单位 ${settings.data.bureauName}（${settings.data.bureauCode}，见 设置 → 交换）`
      : BROADCAST_KINDS.has(kind)
        ? '不填则发给所有单位（*）；也可填市、县代码'
        : kind === 'community-transfer'
          ? '接收街道的 9 位代码'
          : '不填则发给本街道（另一台电脑）';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (kind === 'community-transfer' && codes.length === 0) local.communityCodes = '请选择要划转的社区';
    if (kind === 'community-transfer' && !/^\d{9}$/.test(recipient.trim())) local.recipient = '请填写接收街道的 9 位代码';
    if (sealed && passphrase.length < MIN_PASSPHRASE_CHARS) local.passphrase = `口令至少 ${MIN_PASSPHRASE_CHARS} 个字符`;
    if (sealed && confirm !== passphrase) local.confirm = '两次输入的口令不一致';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const name = `${PACKAGE_KIND_LABEL[kind]}-${YEAR_KINDS.has(kind) ? year : todayIso().replace(/-/g, '')}.cfjy`;
      const target = await pickSaveTarget('保存交换包', name, PACKAGE_FILES);
      if (target === 'cancelled') return;
      setStep({ kind: 'working', progress: null });
      const { jobId } = await call('packages.export', {
        kind,
        ...(YEAR_KINDS.has(kind) ? { year } : {}),
        ...(recipient.trim() ? { recipient: recipient.trim() } : {}),
        ...(sealed ? { passphrase } : {}),
        ...(kind === 'community-transfer' ? { communityCodes: codes } : {}),
        file: target?.ref ?? null,
      });
      const result = await followJob(jobId, ExportedPackage, (progress) => setStep({ kind: 'working', progress }));
      if (result.download) await downloadPrepared(result.download.ref, result.download.name);
      setPassphrase('');
      setConfirm('');
      setStep({ kind: 'done', result });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>导出交换包</Title>
          <Group align="flex-end">
            <Select
              label="类型"
              w={200}
              allowDeselect={false}
              data={PACKAGE_KINDS.map((k) => ({ value: k, label: PACKAGE_KIND_LABEL[k] }))}
              value={kind}
              onChange={(v) => {
                if (v) setKind(v as PackageKind);
                setErrors({});
                setStep({ kind: 'idle' });
              }}
            />
            {YEAR_KINDS.has(kind) && <NumberInput label="年度" w={120} min={2000} max={2100} value={year} onChange={(v) => setYear(Number(v) || thisYear)} error={errors.year} />}
            <TextInput
              label="接收方代码"
              w={380}
              description={recipientHint}
              placeholder={defaultRecipient ? `默认：${defaultRecipient}` : '如 321102002'}
              value={recipient}
              onChange={(e) => setRecipient(e.currentTarget.value)}
              error={errors.recipient}
              required={kind === 'community-transfer'}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {KIND_HINT[kind]}
          </Text>
          {kind === 'community-transfer' && (
            <MultiSelect
              label="划转的社区"
              required
              searchable
              data={(communities.data ?? []).map((c) => ({ value: c.code, label: `${c.name}（${c.code}，${c.persons} 人）` }))}
              value={codes}
              onChange={setCodes}
              error={errors.communityCodes}
              maw={640}
            />
          )}
          {!mustSeal && <Checkbox label="用口令加密" checked={seal} onChange={(e) => setSeal(e.currentTarget.checked)} />}
          {sealed && (
            <Group align="flex-start">
              <PasswordInput label="口令" required w={240} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} error={errors.passphrase} autoComplete="new-password" />
              <PasswordInput label="再输入一次口令" required w={240} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} error={errors.confirm} autoComplete="new-password" />
            </Group>
          )}
          {sealed && (
            <Text size="xs" c="dimmed">
              口令至少 {MIN_PASSPHRASE_CHARS} 个字符，本机不保存；请当面或电话告知接收方，不要和 U 盘放在一起。
            </Text>
          )}
          <Group>
            <Button type="submit" disabled={step.kind === 'working'}>
              导出…
            </Button>
          </Group>
          {step.kind === 'working' && <JobProgress title="正在导出交换包" progress={step.progress} />}
          {step.kind === 'failed' && (
            <Alert color="red" title="未导出">
              {step.message}
            </Alert>
          )}
          {step.kind === 'done' && (
            <Alert color="green" title={`已导出${kindLabel(step.result.kind)}包“${step.result.fileName}”`}>
              <Stack gap={4}>
                <Text size="sm">
                  发给 {partyText(step.result.manifest.recipient.code)}，{bytesText(step.result.bytes)}，{step.result.sealed ? '已加密' : '未加密'}。
                </Text>
                <Text size="sm" ff="monospace">
                  SHA-256：{shaGroups(step.result.sha256)}
                </Text>
                {step.result.notes.map((n) => (
                  <Text size="sm" key={n}>
                    {n}
                  </Text>
                ))}
                <Anchor href={`#/exchange/receipt/${step.result.logId}`}>打印交接回执</Anchor>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
