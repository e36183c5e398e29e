import { Text } from '@mantine/core';
import type { Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { chineseDate } from '../registry/labels';
import { latestDateFor } from '../registry/person/latest-date';
import { personDateField } from '../registry/person/person-date-field';
import { CATEGORY_LABEL } from './recognition-labels';

/** 审核: 认定 or 不予认定 (with the reason), by whom and when. */
export function ReviewRecognitionModal({ person, recognition, ...dialog }: DialogProps & { person: PersonDetail; recognition: Recognition }) {
  const archived = person.archivedOn !== null;
  const initial = { decision: (archived ? 'refused' : 'recognised') as 'recognised' | 'refused', reviewedOn: latestDateFor(person.archivedOn), reviewer: '', note: '' };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`审核就业困难人员认定：${person.name}`}
      submitLabel="保存审核结论"
      fields={({ decision }) => [
        <Text size="sm" c="dimmed">{CATEGORY_LABEL[recognition.category]}，{chineseDate(recognition.appliedOn)}申请{recognition.especiallyDifficult ? '，特别困难' : ''}。</Text>,
        {
          kind: 'segmented',
          name: 'decision',
          label: '审核结论',
          data: [{ value: 'recognised', label: '认定', disabled: archived }, { value: 'refused', label: '不予认定' }],
          description: archived && `${person.name}已迁出，只能不予认定。`,
          // The note's problem (required for a refusal) goes with the decision it was about.
          alsoSet: (_decision, { note }) => ({ note }),
        },
        personDateField(person, { name: 'reviewedOn', label: '审核日期', autofocus: true, notBefore: { 申请日期: recognition.appliedOn } }),
        { kind: 'text', name: 'reviewer', label: '审核人', required: true, limit: 20 },
        {
          kind: 'textarea',
          name: 'note',
          label: '审核意见',
          required: decision === 'refused',
          requiredMessage: '不予认定时须填写理由',
          description: decision === 'refused' ? '不予认定的理由，将告知申请人' : '可选',
          limit: 200,
        },
      ]}
      save={async ({ decision, reviewedOn, reviewer, note }) => {
        await call('recognitions.review', { id: recognition.id, version: recognition.version, decision, reviewedOn, reviewer: reviewer.trim(), note: note.trim() || null });
        return decision === 'recognised' ? `“${person.name}”已认定为就业困难人员` : `已记录对“${person.name}”的不予认定`;
      }}
    />
  );
}
