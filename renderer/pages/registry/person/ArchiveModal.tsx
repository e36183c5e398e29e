import { Text } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { FormDialog } from '../../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../../components/form-dialog/FormDialog';
import { call } from '../../../lib/api';

const REASONS = ['户籍迁出', '迁往外地居住', '死亡', '入伍', '其他'];

/** 迁出: the person stays on record with the date and reason, and no longer counts from that date. */
export function ArchiveModal({ person, ...dialog }: DialogProps & { person: PersonDetail }) {
  return (
    <FormDialog
      {...dialog}
      initial={{ date: todayIso(), reason: '' }}
      title={`迁出：${person.name}`}
      submitLabel="确认迁出"
      danger
      fields={() => [
        <Text size="sm" c="dimmed">迁出后仍保留此人的全部记录；自迁出日期起不再计入各项统计。</Text>,
        { kind: 'date', name: 'date', label: '迁出日期', required: true, notBefore: { 出生日期: person.birthDate } },
        { kind: 'autocomplete', name: 'reason', label: '迁出原因', required: true, data: REASONS },
      ]}
      save={async ({ date, reason }) => {
        await call('persons.archive', { id: person.id, version: person.version, date, reason: reason.trim() });
        return `“${person.name}”已迁出`;
      }}
    />
  );
}
