import { Loader, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { WorklistSettings } from '../../../shared/contract/worklist';
import type { WorklistSettings as Settings } from '../../../shared/domain/worklist/settings';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

type Draft = Record<string, number | string>;

/** The fields in the order shown: the path in the settings, the label, the unit and a hint. */
const FIELDS: { path: string; label: string; hint: string }[] = [
  { path: 'guidanceWorkingDays', label: '职业指导期限（工作日）', hint: '登记当天为第 0 天' },
  { path: 'zeroFamilyMonths', label: '零就业家庭消除期限（月）', hint: '自出现之日起' },
  { path: 'commitmentHours', label: '即时就业承诺期限（小时）', hint: '特别困难人员，自认定之日起' },
  { path: 'registrationReminderMonths.0', label: '登记失业第一次提醒（月）', hint: '临近一年的提醒' },
  { path: 'registrationReminderMonths.1', label: '登记失业第二次提醒（月）', hint: '应晚于第一次' },
  { path: 'followUpIntervalMonths', label: '跟踪回访间隔（月）', hint: '就业困难人员和零就业家庭' },
  { path: 'followUpLeadDays', label: '回访提前提醒（天）', hint: '到期前几天列入待办' },
  { path: 'upcomingDays', label: '4050 与退休提前提醒（天）', hint: '含当天：30 天即当天至 29 天后' },
  { path: 'recheckIntervalMonths', label: '达标社区复查间隔（月）', hint: '自最近一次达标考核' },
  { path: 'recheckLeadDays', label: '复查提前提醒（天）', hint: '' },
  { path: 'demandWindowMonths', label: '用工需求有效期（月）', hint: '“十清”之辖区单位用工需求' },
];

function draftOf(s: Settings): Draft {
  return {
    guidanceWorkingDays: s.guidanceWorkingDays,
    zeroFamilyMonths: s.zeroFamilyMonths,
    commitmentHours: s.commitmentHours,
    'registrationReminderMonths.0': s.registrationReminderMonths[0],
    'registrationReminderMonths.1': s.registrationReminderMonths[1],
    followUpIntervalMonths: s.followUpIntervalMonths,
    followUpLeadDays: s.followUpLeadDays,
    upcomingDays: s.upcomingDays,
    recheckIntervalMonths: s.recheckIntervalMonths,
    recheckLeadDays: s.recheckLeadDays,
    demandWindowMonths: s.demandWindowMonths,
  };
}

function candidateOf(d: Draft): unknown {
  const n = (key: string) => (typeof d[key] === 'number' ? d[key] : Number.NaN);
  return {
    guidanceWorkingDays: n('guidanceWorkingDays'),
    zeroFamilyMonths: n('zeroFamilyMonths'),
    commitmentHours: n('commitmentHours'),
    registrationReminderMonths: [n('registrationReminderMonths.0'), n('registrationReminderMonths.1')],
    followUpIntervalMonths: n('followUpIntervalMonths'),
    followUpLeadDays: n('followUpLeadDays'),
    upcomingDays: n('upcomingDays'),
    recheckIntervalMonths: n('recheckIntervalMonths'),
    recheckLeadDays: n('recheckLeadDays'),
    demandWindowMonths: n('demandWindowMonths'),
  };
}

/** A check of the pair of reminders names the second field. */
function errorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const key = path === 'registrationReminderMonths' ? 'registrationReminderMonths.1' : path;
    out[key] ??= issue.message;
  }
  return out;
}

/** 待办设置 (administrator): the intervals and windows of the worklist — none of them is fixed in the program. */
export function WorklistSettingsModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const current = useApiQuery('worklist.settings', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (current.data) setDraft(draftOf(current.data));
  }, [current.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const parsed = WorklistSettings.safeParse(candidateOf(draft));
    if (!parsed.success) {
      setErrors(errorsOf(parsed.error.issues));
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      await call('worklist.setSettings', parsed.data);
      onSaved();
    } catch (error) {
      setErrors(errorsOf(Object.entries(fieldErrorsOf(error)).map(([path, message]) => ({ path: path.split('.'), message }))));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title="待办设置" size="lg">
      {!draft ? (
        <Loader aria-label="正在读取设置" />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              这些期限和间隔决定哪些事项列入待办；修改后立即生效，全街道通用。
            </Text>
            <SimpleGrid cols={2}>
              {FIELDS.map((f, i) => (
                <NumberInput
                  key={f.path}
                  label={f.label}
                  description={f.hint || undefined}
                  allowDecimal={false}
                  allowNegative={false}
                  data-autofocus={i === 0 ? true : undefined}
                  value={draft[f.path]}
                  onChange={(v) => setDraft({ ...draft, [f.path]: v })}
                  error={errors[f.path]}
                />
              ))}
            </SimpleGrid>
            <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="保存" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
