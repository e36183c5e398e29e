import { Text } from '@mantine/core';
import type { RecordServiceResult } from '../../../shared/contract/services';
import { SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

type SpellKind = keyof typeof SPELL_KIND_LABEL;
type Suggestion = NonNullable<RecordServiceResult['suggestedSpell']>;

/** What the hire is known to be: the suggestion, the post referred to, and the employer when the vacancy named one. */
export interface SpellProposal {
  suggestion: Suggestion;
  personName: string;
  post: string | null;
  employerId: number | null;
}

/** 录用 closes the referral loop: the clerk confirms (and may correct) a spell of employment; nothing opens by itself. */
export function SpellSuggestionModal({ proposal, ...dialog }: { proposal: SpellProposal; onClose(): void; onSaved(): void }) {
  const { suggestion } = proposal;
  const initial = { startDate: suggestion.startDate, kind: suggestion.kind as SpellKind, employerName: suggestion.employerName ?? '', post: proposal.post ?? '' };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title="录用：为该人员开始一段就业？"
      size="lg"
      submitLabel="开始就业"
      fieldOf={(path) => (path === 'employerId' ? 'employerName' : path)}
      fields={() => [
        <Text size="sm">{proposal.personName}经职业介绍被录用。确认后为其登记一段自开始日期起的就业（未结束）；不确认则只保留介绍记录。</Text>,
        {
          row: [
            { kind: 'date', name: 'startDate', label: '开始日期', required: true },
            { kind: 'select', name: 'kind', label: '就业形式', required: true, data: SPELL_KIND_LABEL },
            { kind: 'text', name: 'employerName', label: '工作单位' },
            { kind: 'text', name: 'post', label: '岗位' },
          ],
          cols: 2,
        },
      ]}
      save={async ({ startDate, kind, employerName, post }) => {
        // The vacancy's employer is linked only while its name is kept as suggested.
        const sameEmployer = proposal.employerId !== null && employerName.trim() === (suggestion.employerName ?? '');
        const employerId = sameEmployer ? proposal.employerId : null;
        await call('spells.add', { personId: suggestion.personId, startDate, endDate: null, kind, employerName: employerName.trim() || null, employerId, post: post.trim() || null });
        return `已为${proposal.personName}开始一段就业（${startDate} 起）`;
      }}
    />
  );
}
