import { Text } from '@mantine/core';
import type { Vacancy } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { dateText } from './employer-labels';

interface Props {
  vacancy: Vacancy;
  onClose(): void;
  onSaved(vacancy: Vacancy): void;
  onRefresh(): void;
}

/** 招满: the day the vacancy's posts were all filled; it is no longer offered for matching. */
export function FillVacancyModal({ vacancy, onClose, onSaved, onRefresh }: Props) {
  return (
    <FormDialog
      initial={{ filledOn: todayIso() }}
      title={`招满：${vacancy.title}（${vacancy.employerName}）`}
      submitLabel="确认招满"
      onClose={onClose}
      onRefresh={onRefresh}
      fields={() => [
        <Text size="sm" c="dimmed">发布于 {dateText(vacancy.openedOn)}，招聘 {vacancy.posts} 人。招满后不再向求职人员推荐。</Text>,
        { kind: 'date', name: 'filledOn', label: '招满日期', required: true, notBefore: { 发布日期: vacancy.openedOn } },
      ]}
      save={async ({ filledOn }) => {
        const saved = await call('vacancies.fill', { id: vacancy.id, version: vacancy.version, filledOn });
        onSaved(saved);
        return `岗位“${saved.title}”已招满`;
      }}
    />
  );
}
