import { Anchor, Text } from '@mantine/core';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { savedPath } from './assessment-route';
import { standardLabel } from './assessment-format';
import { dateText, periodText } from '../../../shared/domain/date-text';

interface Props {
  run: AssessmentRun;
  onClose(): void;
  onSaved(id: number): void;
}

/** 保存考核结果: the whole street computed once more and frozen with every value and list, with an optional note. */
export function SaveAssessmentModal({ run, onClose, onSaved }: Props) {
  return (
    <FormDialog
      initial={{ note: '' }}
      title="保存考核结果"
      onClose={onClose}
      fields={() => [
        <Text size="sm">按{standardLabel(run.standard.name, run.standard.version)}，截止 {dateText(run.asOf)}，考核期间 {periodText(run.period.from, run.period.to)}，重新计算全街道并保存。</Text>,
        <Text size="sm" c="dimmed">保存后的结果（每项数值和名单）不再随数据变化，可在“历史考核”中查看，并与其他保存的结果对比。</Text>,
        { kind: 'textarea', name: 'note', label: '备注', limit: 500, placeholder: '如：2026 年第三季度自查' },
      ]}
      save={async ({ note }) => {
        const saved = await call('assessment.save', {
          standardId: run.standard.id,
          version: run.standard.version,
          asOf: run.asOf,
          from: run.period.from,
          ...(note.trim() ? { note: note.trim() } : {}),
        });
        onSaved(saved.id);
        return {
          title: '已保存考核结果',
          message: (
            <Text size="sm">
              {standardLabel(saved.standard.name, saved.standard.version)}，截止 {dateText(saved.asOf)}。<Anchor href={`#${savedPath(saved.id)}`}>查看</Anchor>
            </Text>
          ),
        };
      }}
    />
  );
}
