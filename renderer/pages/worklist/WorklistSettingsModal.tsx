import { Loader, Modal, Text } from '@mantine/core';
import { WorklistSettings } from '../../../shared/contract/worklist';
import type { WorklistSettings as Settings } from '../../../shared/domain/worklist/settings';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';

type Draft = Record<string, number | string>;

interface Props {
  onClose(): void;
  onSaved(): void;
}

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

/** The pair of reminders is one list in the settings and two fields here. */
function draftOf(s: Settings): Draft {
  const [first, second] = s.registrationReminderMonths;
  const { registrationReminderMonths: _pair, ...rest } = s;
  return { ...rest, 'registrationReminderMonths.0': first, 'registrationReminderMonths.1': second };
}

function candidateOf(d: Draft): unknown {
  const n = (key: string) => (typeof d[key] === 'number' ? d[key] : Number.NaN);
  const numbers = Object.fromEntries(FIELDS.map((f) => [f.path, n(f.path)]));
  const { 'registrationReminderMonths.0': first, 'registrationReminderMonths.1': second, ...rest } = numbers;
  return { ...rest, registrationReminderMonths: [first, second] };
}

/** A check of the pair of reminders names the second field. */
const fieldOf = (path: string): string => (path === 'registrationReminderMonths' ? 'registrationReminderMonths.1' : path);

function settingsProblems(draft: Draft): Record<string, string> {
  const parsed = WorklistSettings.safeParse(candidateOf(draft));
  const out: Record<string, string> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) out[fieldOf(issue.path.map(String).join('.'))] ??= issue.message;
  return out;
}

function SettingsForm({ settings, ...dialog }: Props & { settings: Settings }) {
  return (
    <FormDialog
      {...dialog}
      initial={draftOf(settings)}
      title="待办设置"
      size="lg"
      fieldOf={fieldOf}
      fields={() => [
        <Text size="sm" c="dimmed">这些期限和间隔决定哪些事项列入待办；修改后立即生效，全街道通用。</Text>,
        { row: FIELDS.map((f) => ({ kind: 'number' as const, name: f.path, label: f.label, description: f.hint || undefined, min: 0, decimals: 0 })), cols: 2 },
      ]}
      check={settingsProblems}
      save={async (draft) => {
        await call('worklist.setSettings', WorklistSettings.parse(candidateOf(draft)));
        return '已保存待办设置';
      }}
    />
  );
}

/** 待办设置 (administrator): the intervals and windows of the worklist — none of them is fixed in the program. */
export function WorklistSettingsModal({ onClose, onSaved }: Props) {
  const current = useApiQuery('worklist.settings', {});
  if (current.data) return <SettingsForm settings={current.data} onClose={onClose} onSaved={onSaved} />;
  return (
    <Modal opened onClose={onClose} title="待办设置" size="lg">
      <Loader aria-label="正在读取设置" />
    </Modal>
  );
}
