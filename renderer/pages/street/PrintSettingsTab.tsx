import { Alert, Button, Group, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { PrintSettings } from '../../../shared/contract/street';
import { MASK_LIMITS, maskIdNumberWith, maskPhoneWith } from '../../../shared/domain/privacy/masking';
import { FailureAlert } from '../../components/FailureAlert';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { useTabSave } from './use-tab-save';
import { useIsAdmin } from '../../lib/use-is-admin';

const SAMPLE_ID = '32110219850312002X';
const SAMPLE_PHONE = '13812345678';
const NO_STARS = '__none__';
const FIELDS = ['masking.idNumber.keepStart', 'masking.idNumber.keepEnd', 'masking.phone.keepStart', 'masking.phone.keepEnd', 'notice.standardId', 'notice.starStandardId'];

/**
 * 打印设置: how named lists printed for public display mask 身份证号码 and phone numbers (DOMAIN §7 choice; the
 * default shows the first 6 and last 4 of an ID number), and which standards the wall notice reports.
 */
export function PrintSettingsTab() {
  const canEdit = useIsAdmin();
  const current = useApiQuery('printSettings.get', {});
  const standards = useApiQuery('standards.list', {});
  const [draft, setDraft] = useState<PrintSettings | null>(null);
  const form = useTabSave(FIELDS);
  useEffect(() => {
    if (current.data) setDraft(current.data);
  }, [current.data]);

  if (current.error) return <Alert color="red">{current.error.message}</Alert>;
  if (!draft) return <Loader aria-label="正在读取打印设置" />;
  const d = draft;
  const disabled = form.saving || !canEdit;
  const keep = (kind: 'idNumber' | 'phone', end: 'keepStart' | 'keepEnd', label: string) => (
    <NumberInput
      label={label}
      value={d.masking[kind][end]}
      min={0}
      max={MASK_LIMITS[kind][end]}
      allowDecimal={false}
      clampBehavior="strict"
      suffix=" 位"
      onChange={(v) => {
        setDraft({ ...d, masking: { ...d.masking, [kind]: { ...d.masking[kind], [end]: typeof v === 'number' ? v : 0 } } });
        form.clearError(`masking.${kind}.${end}`);
      }}
      error={form.errors[`masking.${kind}.${end}`]}
      disabled={disabled}
    />
  );
  const all = standards.data ?? [];
  const standardData = [...new Map(all.map((s) => [s.id, { value: s.id, label: `${s.name}${s.example ? '（示例）' : ''}` }])).values()];
  const starData = [{ value: NO_STARS, label: '不显示星级' }, ...standardData.filter((o) => all.some((s) => s.id === o.value && s.stars.length > 0))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.run({}, async () => {
      await call('printSettings.set', d);
      notifications.show({ color: 'green', message: '已保存打印设置' });
      current.reload();
    });
  }

  return (
    <Paper withBorder p="md" maw={760}>
      <form onSubmit={submit} noValidate aria-label="打印设置">
        <Stack>
          <div>
            <Title order={4}>打印名单的号码遮挡</Title>
            <Text size="sm" c="dimmed">
              身份证号码：台账的打印件和 Excel 按此只显示两端几位，其余以 * 代替；最多显示前 6 位（地区码）和后 4 位，出生日期始终不显示，非标准号码全部遮挡。电话号码：用于张贴公示的名单；台账是社区内部的工作记录，打印件保留完整电话以便联系。
            </Text>
          </div>
          <SimpleGrid cols={2}>
            {keep('idNumber', 'keepStart', '身份证号码保留前')}
            {keep('idNumber', 'keepEnd', '身份证号码保留后')}
          </SimpleGrid>
          <Text size="sm">
            示例：<span style={{ fontFamily: 'monospace' }}>{maskIdNumberWith(SAMPLE_ID, d.masking.idNumber)}</span>
          </Text>
          <SimpleGrid cols={2}>
            {keep('phone', 'keepStart', '电话号码保留前')}
            {keep('phone', 'keepEnd', '电话号码保留后')}
          </SimpleGrid>
          <Text size="sm">
            示例：<span style={{ fontFamily: 'monospace' }}>{maskPhoneWith(SAMPLE_PHONE, d.masking.phone)}</span>（至少遮挡 4 位数字）
          </Text>
          <div>
            <Title order={4}>公示牌</Title>
            <Text size="sm" c="dimmed">
              公示牌上的“创建考核结论”和“星级”按以下标准在公示日期考核得出。
            </Text>
          </div>
          <SimpleGrid cols={2}>
            <Select
              label="考核结论依据的标准"
              data={standardData}
              value={d.notice.standardId}
              allowDeselect={false}
              onChange={(v) => v && setDraft({ ...d, notice: { ...d.notice, standardId: v } })}
              error={form.errors['notice.standardId']}
              disabled={disabled}
            />
            <Select
              label="星级依据的标准"
              data={starData}
              value={d.notice.starStandardId ?? NO_STARS}
              allowDeselect={false}
              onChange={(v) => v && setDraft({ ...d, notice: { ...d.notice, starStandardId: v === NO_STARS ? null : v } })}
              error={form.errors['notice.starStandardId']}
              disabled={disabled}
            />
          </SimpleGrid>
          {form.failure && <FailureAlert failure={form.failure} onRefresh={current.reload} />}
          <Group justify="flex-end">
            {!canEdit && (
              <Text size="sm" c="dimmed">
                只有街道管理员可以修改
              </Text>
            )}
            <Button variant="default" disabled={form.saving} onClick={() => current.data && setDraft(current.data)}>
              还原
            </Button>
            <Button type="submit" loading={form.saving} disabled={!canEdit}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
